package io.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.items.control.TestFiles;
import io.gongkai.testing.Api;
import io.gongkai.testing.PayaraMicroServer;
import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The files of a disclosure request over HTTP: the applicant's letter and the reply kept with the
 * request and read back byte for byte by its organisation's editors; the upload checks of item
 * attachments; If-Match; nothing added or removed once the request is closed; personal data that
 * nobody outside the organisation reads and that no public answer, search or export shows; audit
 * entries naming the kind, never the applicant nor the file's name.
 */
class RequestFilesIT {

  private static final Api API = new Api();
  private static final String PASSWORD = "request-files-password-1";

  private static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static String org;
  private static String other;
  private static String install;
  private static String editor;
  private static String reviewer;
  private static String otherEditor;
  private static String nobody;

  @BeforeAll
  static void people() {
    install = API.login("it-admin");
    org = API.newOrganisation("rf", "句容市申请材料测试局");
    other = API.newOrganisation("rf-other", "句容市另一申请材料局");
    editor = person(org, "EDITOR");
    reviewer = person(org, "REVIEWER");
    otherEditor = person(other, "EDITOR");
    nobody = person(null, null);
  }

  /** A request as last read or changed: where it is and the version to name. */
  private record At(String path, String etag) {
    At after(Api.Reply change) {
      assertThat(change.status()).as(change.toString()).isLessThan(300);
      return new At(path, change.etag());
    }
  }

  private static At register(String applicant) {
    Api.Reply r =
        API.post(RequestsIT.base(org))
            .as(editor)
            .json(RequestsIT.request(applicant, "2026-09-18").build())
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return new At(RequestsIT.path(r), r.etag());
  }

  private static Api.Reply upload(String token, At at, String kind, String name, byte[] bytes) {
    return API.post(at.path() + "/files?kind=" + kind + "&name=" + Api.encode(name))
        .as(token)
        .ifMatch(at.etag())
        .bytes(bytes, "application/octet-stream")
        .send();
  }

  private static Api.Reply step(String token, At at, String action, String json) {
    Api.Call call = API.post(at.path() + "/" + action).as(token).ifMatch(at.etag());
    return (json == null ? call : call.json(json)).send();
  }

  private static Api.Reply current(At at) {
    return API.get(at.path()).as(editor).send();
  }

  private static String download(Api.Reply kept) {
    return kept.json().getString("url").substring(1);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static void isProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Nested
  class KeepingTheLetterAndTheReply {

    @Test
    void aPdfLetterAndADocxReplyAreReadBackByteForByte() throws Exception {
      At registered = register("张三");
      byte[] reply = TestFiles.docx("关于政府信息公开申请的答复", "经查，予以公开。");
      String letterName = "政府信息公开申请表（张三）.pdf";

      Api.Reply letter = upload(editor, registered, "letter", letterName, PDF);
      assertThat(letter.status()).as(letter.toString()).isEqualTo(201);
      assertThat(letter.etag()).isNotEqualTo(registered.etag());
      assertThat(letter.header("Location")).hasValue(letter.json().getString("url"));
      Api.Reply answer =
          API.post(registered.path() + "/files?kind=reply&name=" + Api.encode("答复书.docx"))
              .as(editor)
              .ifMatch(letter.etag())
              .bytes(reply, DOCX)
              .send();
      assertThat(answer.status()).as(answer.toString()).isEqualTo(201);

      JsonObject now = current(registered).json();
      assertThat(now.getJsonArray("files")).hasSize(2);
      JsonObject first = now.getJsonArray("files").getJsonObject(0);
      assertThat(first.getString("kind")).isEqualTo("letter");
      assertThat(first.getString("kindLabel")).isEqualTo("申请书/申请材料");
      assertThat(first.getString("fileName")).isEqualTo(letterName);
      assertThat(first.getString("contentType")).isEqualTo("application/pdf");
      assertThat(first.getJsonNumber("size").longValue()).isEqualTo(PDF.length);
      assertThat(first.getString("sha256")).isEqualTo(sha256(PDF));
      assertThat(first.getString("uploadedBy")).isNotBlank();
      assertThat(first.getString("url")).isEqualTo(letter.json().getString("url"));
      assertThat(now.getJsonArray("files").getJsonObject(1).getString("kind")).isEqualTo("reply");

      Api.Reply pdf = API.get(download(letter)).as(editor).send();
      Api.Reply docx = API.get(download(answer)).as(reviewer).send();
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(pdf.bytes()).isEqualTo(PDF);
      assertThat(pdf.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
      assertThat(docx.status()).isEqualTo(200);
      assertThat(docx.bytes()).isEqualTo(reply);
      assertThat(docx.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith(DOCX));
      String disposition = pdf.header("Content-Disposition").orElseThrow();
      assertThat(disposition).startsWith("attachment;");
      String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
      assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(letterName);
      assertThat(pdf.header("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(pdf.header("Content-Security-Policy"))
          .hasValueSatisfying(c -> assertThat(c).contains("sandbox"));
      assertThat(pdf.header("Cache-Control"))
          .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
      assertThat(pdf.header("ETag")).hasValue("\"" + sha256(PDF) + "\"");
    }

    @Test
    void aCopyNamedByItsDigestIsNotSentAgain() {
      Api.Reply kept = upload(editor, register("李四"), "notice", "补正通知书.pdf", PDF);

      Api.Reply again =
          API.get(download(kept))
              .as(editor)
              .header("If-None-Match", "\"" + kept.json().getString("sha256") + "\"")
              .send();

      assertThat(again.status()).isEqualTo(304);
      assertThat(again.bytes()).isEmpty();
    }

    @Test
    void removingAFileBumpsTheRequestsVersionAndTheFileIsGone() {
      At registered = register("王五");
      Api.Reply kept = upload(editor, registered, "other", "其他材料.pdf", PDF);

      Api.Reply stale = API.delete(download(kept)).as(editor).ifMatch(registered.etag()).send();
      Api.Reply removed = API.delete(download(kept)).as(editor).ifMatch(kept.etag()).send();

      isProblem(stale, 412);
      assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
      Api.Reply now = current(registered);
      assertThat(removed.etag()).isEqualTo(now.etag()).isNotEqualTo(kept.etag());
      assertThat(now.json().getJsonArray("files")).isEmpty();
      isProblem(API.get(download(kept)).as(editor).send(), 404);
    }
  }

  @Nested
  class RefusedUploads {

    @Test
    void aProgramAMisnamedFileAnOversizedAndAnEmptyOneAreRefusedAndNothingIsStored() {
      At registered = register("赵六");
      byte[] big = new byte[(int) PayaraMicroServer.UPLOAD_LIMIT + 1];
      System.arraycopy(PDF, 0, big, 0, PDF.length);
      byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

      Api.Reply program = upload(editor, registered, "letter", "setup.exe", exe);
      Api.Reply disguised = upload(editor, registered, "letter", "申请书.docx", PDF);
      Api.Reply tooLarge = upload(editor, registered, "letter", "big.pdf", big);
      Api.Reply empty = upload(editor, registered, "letter", "empty.pdf", new byte[0]);
      Api.Reply unknownKind = upload(editor, registered, "invoice", "a.pdf", PDF);
      Api.Reply nameless =
          API.post(registered.path() + "/files?kind=letter")
              .as(editor)
              .ifMatch(registered.etag())
              .bytes(PDF, "application/pdf")
              .send();

      isProblem(program, 415);
      isProblem(disguised, 415);
      isProblem(tooLarge, 413);
      isProblem(empty, 400);
      isProblem(unknownKind, 400);
      assertThat(unknownKind.body()).contains("kind");
      isProblem(nameless, 400);
      Api.Reply now = current(registered);
      assertThat(now.etag()).isEqualTo(registered.etag());
      assertThat(now.json().getJsonArray("files")).isEmpty();
    }

    @Test
    void anUploadWithoutOrWithAStaleIfMatchIs428Or412AndNothingIsStored() {
      At registered = register("孙七");
      Api.Reply changed =
          API.put(registered.path())
              .as(editor)
              .ifMatch(registered.etag())
              .json(RequestsIT.request("孙七", "2026-09-18").build())
              .send();

      Api.Reply without =
          API.post(registered.path() + "/files?kind=letter&name=a.pdf")
              .as(editor)
              .bytes(PDF, "application/pdf")
              .send();
      Api.Reply stale = upload(editor, registered, "letter", "a.pdf", PDF);

      isProblem(without, 428);
      isProblem(stale, 412);
      Api.Reply now = current(registered);
      assertThat(now.etag()).isEqualTo(changed.etag());
      assertThat(now.json().getJsonArray("files")).isEmpty();
    }
  }

  @Nested
  class WhoMay {

    @Test
    void nobodyOutsideTheOrganisationReadsAddsOrRemovesAFile() {
      At registered = register("周八");
      Api.Reply kept = upload(editor, registered, "letter", "周八的申请书.pdf", PDF);
      At after = registered.after(kept);
      String id = registered.path().substring(registered.path().lastIndexOf('/') + 1);
      String fileId = String.valueOf(kept.json().getJsonNumber("id"));
      String underOwn = RequestsIT.base(other) + "/" + id + "/files/" + fileId;

      Api.Reply otherReads = API.get(download(kept)).as(otherEditor).send();
      Api.Reply otherUnderOwn = API.get(underOwn).as(otherEditor).send();
      Api.Reply otherRemoves =
          API.delete(download(kept)).as(otherEditor).ifMatch(kept.etag()).send();
      Api.Reply otherRemovesUnderOwn =
          API.delete(underOwn).as(otherEditor).ifMatch(kept.etag()).send();
      Api.Reply otherAdds = upload(otherEditor, after, "letter", "b.pdf", PDF);
      Api.Reply ungranted = API.get(download(kept)).as(nobody).send();
      Api.Reply anonymous = API.get(download(kept)).send();
      Api.Reply anonymousAdds = upload(null, after, "letter", "c.pdf", PDF);

      isProblem(otherReads, 403);
      isProblem(otherUnderOwn, 404);
      isProblem(otherRemoves, 403);
      isProblem(otherRemovesUnderOwn, 404);
      isProblem(otherAdds, 403);
      isProblem(ungranted, 403);
      isProblem(anonymous, 401);
      isProblem(anonymousAdds, 401);
      for (Api.Reply r : new Api.Reply[] {otherReads, otherUnderOwn, ungranted, anonymous}) {
        assertThat(r.body()).doesNotContain("周八").doesNotContain("%PDF");
      }
      Api.Reply now = current(registered);
      assertThat(now.etag()).isEqualTo(kept.etag());
      assertThat(now.json().getJsonArray("files")).hasSize(1);
    }
  }

  @Nested
  class OnceClosed {

    @Test
    void filesCanNeitherBeAddedNorRemovedButAreStillRead() {
      At registered = register("吴九");
      Api.Reply kept = upload(editor, registered, "letter", "申请书.pdf", PDF);
      At withLetter = registered.after(kept);
      At answered =
          withLetter.after(
              step(
                  editor,
                  withLetter,
                  "answer",
                  "{\"outcome\":\"disclosed\",\"repliedOn\":\"2026-09-30\"}"));
      Api.Reply replied = upload(editor, answered, "reply", "答复书.pdf", PDF);
      assertThat(replied.status()).as("a reply is kept after the answer").isEqualTo(201);
      At withReply = answered.after(replied);
      At closed = withReply.after(step(reviewer, withReply, "close", null));

      Api.Reply add = upload(editor, closed, "other", "补充.pdf", PDF);
      Api.Reply remove = API.delete(download(kept)).as(editor).ifMatch(closed.etag()).send();

      isProblem(add, 409);
      isProblem(remove, 409);
      assertThat(add.json().getString("title")).isEqualTo("申请已办结");
      assertThat(add.json().getString("detail")).contains("已办结");
      Api.Reply now = current(registered);
      assertThat(now.etag()).isEqualTo(closed.etag());
      assertThat(now.json().getJsonArray("files")).hasSize(2);
      assertThat(API.get(download(kept)).as(editor).send().bytes()).isEqualTo(PDF);
    }
  }

  @Nested
  class PersonalData {

    @Test
    void theAuditLogNamesTheKindButNeverTheApplicantNorTheFileName() {
      String applicant = "审计" + UUID.randomUUID().toString().substring(0, 6);
      Api.Reply kept =
          upload(editor, register(applicant), "letter", applicant + "的身份证复印件.pdf", PDF);
      Api.Reply removed = API.delete(download(kept)).as(editor).ifMatch(kept.etag()).send();
      assertThat(removed.status()).as(removed.toString()).isEqualTo(204);

      Api.Reply audit = API.get("api/v1/manage/audit?organisation=" + org).as(install).send();

      assertThat(audit.status()).isEqualTo(200);
      assertThat(audit.body())
          .contains("request.file-add", "request.file-remove", "letter")
          .doesNotContain(applicant);
    }

    @Test
    void noPublicAnswerSearchOrExportShowsAFile() {
      String marker = "材料" + UUID.randomUUID().toString().substring(0, 8);
      Api.Reply kept = upload(editor, register("郑十"), "letter", marker + ".pdf", PDF);
      assertThat(kept.status()).as(kept.toString()).isEqualTo(201);

      // as typed: a search that finds nothing may otherwise answer with pages holding part of the
      // query (材料 alone), which on a shared database exist
      Api.Reply search = API.get("api/v1/search?exact=true&q=" + Api.encode(marker)).send();
      Api.Reply items = API.get("api/v1/items?organisation=" + org).send();
      Api.Reply csv =
          API.get(RequestsIT.base(org) + "/export.csv?applicantDetails=true").as(editor).send();

      assertThat(search.status()).isEqualTo(200);
      assertThat(search.json().getJsonArray("hits").toString())
          .doesNotContain(marker)
          .doesNotContain("/files/");
      assertThat(items.status()).isEqualTo(200);
      assertThat(items.body()).doesNotContain(marker);
      assertThat(csv.status()).isEqualTo(200);
      assertThat(csv.body()).contains("郑十").doesNotContain(marker).doesNotContain("/files/");
    }
  }

  /** A fresh account with {@code role} in {@code organisation}, or with no grant at all. */
  private static String person(String organisation, String role) {
    return API.person("rf", PASSWORD, organisation, role);
  }
}
