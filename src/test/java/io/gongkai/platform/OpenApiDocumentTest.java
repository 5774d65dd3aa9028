package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.GongkaiApplication;
import io.gongkai.items.entity.Labelled;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code META-INF/openapi.yaml} is written by hand; these rules keep it the description of the code
 * that runs: every resource method of the boundary classes is one operation with the same
 * parameters and every operation a resource method; every schema that mirrors a JSON record has
 * exactly the record's properties; every closed list has the values of its Java enum.
 */
class OpenApiDocumentTest {

  /** Schemas that mirror a record: what JSON-B writes (or reads) for it, property for property. */
  static final Map<String, String> RECORDS =
      Map.ofEntries(
          Map.entry("Credentials", "io.gongkai.access.boundary.AuthResource$Credentials"),
          Map.entry("TokenJson", "io.gongkai.access.boundary.AuthResource$TokenJson"),
          Map.entry("SsoConfiguration", "io.gongkai.access.boundary.SsoResource$SsoConfiguration"),
          Map.entry("SsoCallback", "io.gongkai.access.boundary.SsoResource$SsoCallback"),
          Map.entry("SsoToken", "io.gongkai.access.boundary.SsoResource$SsoToken"),
          Map.entry("Me", "io.gongkai.access.boundary.MeResource$Me"),
          Map.entry("NewUser", "io.gongkai.access.boundary.UsersResource$NewUser"),
          Map.entry("UserJson", "io.gongkai.access.boundary.UsersResource$UserJson"),
          Map.entry("PasswordChange", "io.gongkai.access.boundary.UsersResource$PasswordChange"),
          Map.entry("GrantJson", "io.gongkai.access.boundary.GrantJson"),
          Map.entry("GrantInput", "io.gongkai.access.boundary.GrantJson"),
          Map.entry("AuditEntryJson", "io.gongkai.audit.boundary.AuditResource$EntryJson"),
          Map.entry("CatalogueNode", "io.gongkai.channels.boundary.CatalogueNode"),
          Map.entry("ChannelJson", "io.gongkai.channels.boundary.ChannelJson"),
          Map.entry("ChannelInput", "io.gongkai.channels.boundary.ChannelJson"),
          Map.entry("ItemSummary", "io.gongkai.items.boundary.ItemJson$ItemSummary"),
          Map.entry("ItemDetail", "io.gongkai.items.boundary.ItemJson$ItemDetail"),
          Map.entry("ItemView", "io.gongkai.items.boundary.ItemJson$ItemView"),
          Map.entry("AttachmentJson", "io.gongkai.items.boundary.ItemJson$AttachmentJson"),
          Map.entry("CoverJson", "io.gongkai.items.boundary.ItemJson$CoverJson"),
          Map.entry("PictureSize", "io.gongkai.items.boundary.ItemJson$PictureSize"),
          Map.entry("PictureInput", "io.gongkai.items.control.PictureInput"),
          Map.entry("OrganisationRef", "io.gongkai.items.boundary.ItemJson$OrganisationRef"),
          Map.entry("ChannelRef", "io.gongkai.items.boundary.ItemJson$ChannelRef"),
          Map.entry("ItemSummaryPage", "io.gongkai.items.boundary.ItemJson$PageJson"),
          Map.entry("ItemViewPage", "io.gongkai.items.boundary.ItemJson$PageJson"),
          Map.entry("RevisionJson", "io.gongkai.items.boundary.RevisionJson"),
          Map.entry("TransitionRequest", "io.gongkai.items.boundary.TransitionRequest"),
          Map.entry("ItemInput", "io.gongkai.items.control.ItemInput"),
          Map.entry("ImportJson", "io.gongkai.migration.boundary.ImportJson"),
          Map.entry("RowError", "io.gongkai.migration.control.RowError"),
          Map.entry("Guide", "io.gongkai.organisations.boundary.Guide"),
          Map.entry("GuideSection", "io.gongkai.organisations.boundary.Guide$Section"),
          Map.entry("OrganisationJson", "io.gongkai.organisations.boundary.OrganisationJson"),
          Map.entry("OrganisationInput", "io.gongkai.organisations.boundary.OrganisationJson"),
          Map.entry(
              "ContactJson", "io.gongkai.organisations.boundary.OrganisationJson$ContactJson"),
          Map.entry(
              "CorrectionInput",
              "io.gongkai.reports.boundary.ManageReportsResource$CorrectionInput"),
          Map.entry("Acceptance", "io.gongkai.reports.boundary.ManageReportsResource$Acceptance"),
          Map.entry("ParsedReport", "io.gongkai.reports.boundary.ReportImportResource$Parsed"),
          Map.entry("ReportSummary", "io.gongkai.reports.boundary.ReportJson$ReportSummary"),
          Map.entry("ReportDetail", "io.gongkai.reports.boundary.ReportJson$ReportDetail"),
          Map.entry("ReportSections", "io.gongkai.reports.boundary.ReportJson$Sections"),
          Map.entry("CorrectionJson", "io.gongkai.reports.boundary.ReportJson$CorrectionJson"),
          Map.entry("OriginalJson", "io.gongkai.reports.boundary.ReportJson$OriginalJson"),
          Map.entry("ReportInput", "io.gongkai.reports.control.ReportInput"),
          Map.entry("ReportContent", "io.gongkai.reports.entity.ReportContent"),
          Map.entry("ReportFormat", "io.gongkai.reports.entity.ReportFormat"),
          Map.entry("FormatPart", "io.gongkai.reports.entity.ReportFormat$Part"),
          Map.entry("FormatTable", "io.gongkai.reports.entity.ReportFormat$Table"),
          Map.entry("FormatBlock", "io.gongkai.reports.entity.ReportFormat$Block"),
          Map.entry("FormatColumn", "io.gongkai.reports.entity.ReportFormat$Column"),
          Map.entry("FormatRow", "io.gongkai.reports.entity.ReportFormat$Row"),
          Map.entry("Violation", "io.gongkai.reports.entity.Violation"),
          Map.entry("ImportNote", "io.gongkai.reports.control.importing.ImportNote$Shown"),
          Map.entry("OfficialLayout", "io.gongkai.reports.control.layout.OfficialLayout"),
          Map.entry("LayoutPart", "io.gongkai.reports.control.layout.LayoutPart"),
          Map.entry("LayoutTable", "io.gongkai.reports.control.layout.LayoutTable"),
          Map.entry("LayoutRowGroup", "io.gongkai.reports.control.layout.LayoutTable$RowGroup"),
          Map.entry("LayoutCell", "io.gongkai.reports.control.layout.LayoutCell"),
          Map.entry("DerivedProposal", "io.gongkai.reports.control.DerivedFigures$Proposal"),
          Map.entry("DerivedOverview", "io.gongkai.reports.control.DerivedFigures$Overview"),
          Map.entry("SearchStatus", "io.gongkai.search.control.SearchIndex$Status"),
          Map.entry("SearchRebuild", "io.gongkai.search.control.SearchIndex$Rebuild"),
          Map.entry("SearchMiss", "io.gongkai.search.control.SearchMisses$Miss"),
          Map.entry("ResultJson", "io.gongkai.search.boundary.SearchJson$ResultJson"),
          Map.entry("HitJson", "io.gongkai.search.boundary.SearchJson$HitJson"),
          Map.entry("FacetJson", "io.gongkai.search.boundary.SearchJson$FacetJson"),
          Map.entry("SuggestionsJson", "io.gongkai.search.boundary.SearchJson$SuggestionsJson"),
          Map.entry("SuggestionJson", "io.gongkai.search.boundary.SearchJson$SuggestionJson"),
          Map.entry("FieldError", "io.gongkai.platform.Problem$FieldError"),
          Map.entry("RequestJson", "io.gongkai.requests.boundary.RequestJson"),
          Map.entry("ApplicantJson", "io.gongkai.requests.boundary.RequestJson$ApplicantJson"),
          Map.entry("ClockJson", "io.gongkai.requests.boundary.RequestJson$ClockJson"),
          Map.entry("PauseJson", "io.gongkai.requests.boundary.RequestJson$PauseJson"),
          Map.entry("ExtensionJson", "io.gongkai.requests.boundary.RequestJson$ExtensionJson"),
          Map.entry("RequestPage", "io.gongkai.requests.boundary.RequestJson$RequestPage"),
          Map.entry("RequestChoices", "io.gongkai.requests.boundary.ChoicesJson"),
          Map.entry("PreviewLink", "io.gongkai.items.boundary.ManageItemsResource$PreviewLink"),
          Map.entry("RequestChoice", "io.gongkai.requests.boundary.ChoicesJson$Choice"),
          Map.entry("RequestOutcomeChoice", "io.gongkai.requests.boundary.ChoicesJson$Outcome"),
          Map.entry("RequestInput", "io.gongkai.requests.control.RequestInput"),
          Map.entry("ApplicantInput", "io.gongkai.requests.control.RequestInput$ApplicantInput"),
          Map.entry("PauseInput", "io.gongkai.requests.control.Steps$PauseInput"),
          Map.entry("PauseEnd", "io.gongkai.requests.control.Steps$PauseEnd"),
          Map.entry("ExtensionInput", "io.gongkai.requests.control.Steps$ExtensionInput"),
          Map.entry("AnswerInput", "io.gongkai.requests.control.Steps$AnswerInput"),
          Map.entry("AppealInput", "io.gongkai.requests.control.Steps$AppealInput"),
          Map.entry("AppealDecision", "io.gongkai.requests.control.Steps$AppealDecision"),
          Map.entry("AppealJson", "io.gongkai.requests.boundary.RequestJson$AppealJson"),
          Map.entry("RequestFileJson", "io.gongkai.requests.boundary.RequestFileJson"),
          Map.entry("SubmissionInput", "io.gongkai.requests.control.SubmissionInput"),
          Map.entry("SubmissionReceipt", "io.gongkai.requests.boundary.SubmissionReceipt"),
          Map.entry("TrackingStatus", "io.gongkai.requests.boundary.TrackingStatus"),
          Map.entry("SubmissionJson", "io.gongkai.requests.boundary.SubmissionJson"),
          Map.entry(
              "SubmissionApplicantJson",
              "io.gongkai.requests.boundary.SubmissionJson$SubmissionApplicantJson"),
          Map.entry("AcceptInput", "io.gongkai.requests.boundary.SubmissionsResource$AcceptInput"),
          Map.entry("VoidInput", "io.gongkai.requests.boundary.SubmissionsResource$VoidInput"));

  /** Records of the boundary packages that are not JSON (query parameters, caches). */
  static final Set<String> NOT_JSON =
      Set.of(
          "io.gongkai.items.boundary.ItemFilters$Params",
          "io.gongkai.search.boundary.SearchLabels$OrganisationLabel",
          "io.gongkai.search.boundary.SearchLabels$ChannelLabel",
          "io.gongkai.search.boundary.SearchLabels$Labels",
          // the same shapes as ItemJson's, documented once as OrganisationRef and ChannelRef
          "io.gongkai.reports.boundary.ReportJson$OrganisationRef",
          "io.gongkai.search.boundary.SearchJson$OrganisationRef",
          "io.gongkai.search.boundary.SearchJson$ChannelRef");

  /** Closed lists: the schema's values are the enum's labels (or names, where the API says so). */
  static final Map<String, String> ENUMS =
      Map.ofEntries(
          Map.entry("Genre", "io.gongkai.items.entity.Genre"),
          Map.entry("Validity", "io.gongkai.items.entity.Validity"),
          Map.entry("DisclosureMethod", "io.gongkai.items.entity.DisclosureMethod"),
          Map.entry("DisclosureScope", "io.gongkai.items.entity.DisclosureScope"),
          Map.entry("TimeLimit", "io.gongkai.items.entity.TimeLimit"),
          Map.entry("ItemState", "io.gongkai.items.entity.ItemState"),
          Map.entry("ReportState", "io.gongkai.reports.entity.ReportState"),
          Map.entry("Role", "io.gongkai.access.entity.Role"),
          Map.entry("ChannelKind", "io.gongkai.channels.entity.ChannelKind"),
          Map.entry("ImportState", "io.gongkai.migration.entity.ImportJob$State"),
          Map.entry("Severity", "io.gongkai.reports.entity.Violation$Severity"),
          Map.entry("Orientation", "io.gongkai.reports.entity.ReportFormat$Orientation"),
          Map.entry("ValueKind", "io.gongkai.reports.entity.ValueKind"),
          Map.entry("RequestState", "io.gongkai.requests.entity.RequestState"),
          Map.entry("SubmissionState", "io.gongkai.requests.entity.SubmissionState"),
          Map.entry("TrackedState", "io.gongkai.requests.entity.TrackedState"));

  /** Headers the code reads that OpenAPI describes elsewhere (Content-Type: the request body). */
  static final Set<String> UNDOCUMENTED_HEADERS = Set.of("Content-Type");

  /** Request headers the document names that filters, not resource methods, read. */
  static final Set<String> FILTER_HEADERS = Set.of("If-None-Match");

  static Map<String, Object> document;
  static List<Class<?>> boundary;

  @BeforeAll
  static void load() throws IOException, URISyntaxException {
    document = map(new Load(LoadSettings.builder().build()).loadFromString(yaml()));
    Path classes =
        Path.of(
            GongkaiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes.resolve("io/gongkai"))) {
      boundary =
          files
              .map(classes::relativize)
              .map(Path::toString)
              .filter(f -> f.matches("io/gongkai/[a-z]+/boundary/[A-Za-z$]+\\.class"))
              .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
              .sorted()
              .map(OpenApiDocumentTest::type)
              .toList();
    }
    assertThat(boundary).hasSizeGreaterThan(20);
  }

  @Test
  void everyResourceMethodIsOneOperationWithItsParametersAndNoOtherOperationExists() {
    Map<String, Map<String, Set<String>>> code = new TreeMap<>();
    for (Class<?> c : boundary) {
      jakarta.ws.rs.Path root = c.getAnnotation(jakarta.ws.rs.Path.class);
      if (root == null) {
        continue;
      }
      for (Method m : c.getMethods()) {
        String verb = httpMethod(m);
        if (verb == null) {
          continue;
        }
        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
        String path = template(root.value() + (sub == null ? "" : "/" + sub.value()));
        String key = verb + " " + path;
        assertThat(code).as("two resource methods answer %s", key).doesNotContainKey(key);
        code.put(key, parameters(m));
      }
    }
    Map<String, Map<String, Set<String>>> documented = new TreeMap<>();
    paths()
        .forEach(
            (path, item) ->
                map(item)
                    .forEach(
                        (verb, operation) ->
                            documented.put(
                                verb.toUpperCase() + " " + path,
                                documentedParameters(map(operation)))));

    assertThat(documented.keySet()).isEqualTo(code.keySet());
    code.forEach(
        (operation, parameters) ->
            assertThat(documented.get(operation))
                .as("the parameters of %s", operation)
                .isEqualTo(parameters));
  }

  @Test
  void theServerIsTheApplicationPath() {
    String applicationPath = GongkaiApplication.class.getAnnotation(ApplicationPath.class).value();
    assertThat(list(document.get("servers")))
        .singleElement()
        .satisfies(s -> assertThat(map(s).get("url")).isEqualTo(applicationPath));
  }

  @Test
  void everyOperationHasAnIdATagADescriptionASuccessAndProblemsForErrors() {
    Set<String> ids = new HashSet<>();
    Set<String> tags =
        list(document.get("tags")).stream()
            .map(t -> (String) map(t).get("name"))
            .collect(Collectors.toSet());
    paths()
        .forEach(
            (path, item) ->
                map(item)
                    .forEach(
                        (verb, o) -> {
                          Map<String, Object> operation = map(o);
                          String name = verb + " " + path;
                          assertThat(ids.add((String) operation.get("operationId")))
                              .as("operationId of %s is unique", name)
                              .isTrue();
                          assertThat(list(operation.get("tags")))
                              .as("tags of %s", name)
                              .singleElement()
                              .isIn(tags);
                          assertThat((String) operation.get("summary")).as(name).isNotBlank();
                          assertThat((String) operation.get("description")).as(name).isNotBlank();
                          Map<String, Object> responses = map(operation.get("responses"));
                          assertThat(responses.keySet())
                              .as("responses of %s", name)
                              .anyMatch(code -> code.startsWith("2"))
                              .doesNotContain("default");
                          responses.forEach(
                              (code, response) -> {
                                if (code.startsWith("4") || code.startsWith("5")) {
                                  assertThat(map(resolve(response)).get("content"))
                                      .as("%s %s is a problem", name, code)
                                      .isEqualTo(
                                          Map.of(
                                              "application/problem+json",
                                              map(
                                                  map(map(resolve(response)).get("content"))
                                                      .get("application/problem+json"))));
                                  assertThat(
                                          map(map(map(resolve(response)).get("content"))
                                                  .get("application/problem+json"))
                                              .get("schema"))
                                      .isEqualTo(Map.of("$ref", "#/components/schemas/Problem"));
                                }
                              });
                          boolean editorial = path.startsWith("/manage/");
                          assertThat(operation.containsKey("security"))
                              .as("%s requires a bearer token", name)
                              .isEqualTo(editorial);
                          if (editorial) {
                            assertThat(responses).as(name).containsKey("401");
                          }
                        }));
  }

  @Test
  void writesNamingAVersionAnswer412And428CreationsTheirLocationAndPagedListsTheirLinks() {
    paths()
        .forEach(
            (path, item) ->
                map(item)
                    .forEach(
                        (verb, o) -> {
                          Map<String, Object> operation = map(o);
                          String name = verb + " " + path;
                          Map<String, Set<String>> parameters = documentedParameters(operation);
                          Map<String, Object> responses = map(operation.get("responses"));
                          if (parameters.get("header").contains("If-Match")) {
                            assertThat(responses).as(name).containsKeys("412", "428");
                          }
                          if (responses.containsKey("201")) {
                            assertThat(map(map(resolve(responses.get("201"))).get("headers")))
                                .as("the headers of %s 201", name)
                                .containsKey("Location");
                          }
                          if (parameters.get("query").contains("page")
                              && parameters.get("query").contains("size")
                              && !path.equals("/search")) {
                            assertThat(map(map(resolve(responses.get("200"))).get("headers")))
                                .as("the headers of %s 200", name)
                                .containsKey("Link");
                          }
                        }));
  }

  @Test
  void everyAnswerAndRequestBodyThatIsNotAFileHasAnExample() {
    List<String> without = new ArrayList<>();
    paths()
        .forEach(
            (path, item) ->
                map(item)
                    .forEach(
                        (verb, o) -> {
                          Map<String, Object> operation = map(o);
                          List<Map.Entry<String, Object>> bodies = new ArrayList<>();
                          map(operation.get("responses"))
                              .forEach(
                                  (code, r) -> {
                                    Object content = map(resolve(r)).get("content");
                                    if (content != null) {
                                      map(content)
                                          .forEach(
                                              (media, c) ->
                                                  bodies.add(
                                                      Map.entry(
                                                          verb + " " + path + " " + code + " "
                                                              + media,
                                                          c)));
                                    }
                                  });
                          Object request = operation.get("requestBody");
                          if (request != null) {
                            map(map(request).get("content"))
                                .forEach(
                                    (media, c) ->
                                        bodies.add(Map.entry(verb + " " + path + " " + media, c)));
                          }
                          for (Map.Entry<String, Object> body : bodies) {
                            Map<String, Object> media = map(body.getValue());
                            boolean file = "binary".equals(map(media.get("schema")).get("format"));
                            if (!file
                                && !media.containsKey("example")
                                && !media.containsKey("examples")) {
                              without.add(body.getKey());
                            }
                          }
                        }));
    assertThat(without).as("bodies without an example").isEmpty();
  }

  @Test
  void everyRecordSchemaHasTheRecordsPropertiesAndNoOthers() {
    Map<String, Object> schemas = map(map(document.get("components")).get("schemas"));
    RECORDS.forEach(
        (schema, record) -> {
          assertThat(schemas).as("schema %s", schema).containsKey(schema);
          Set<String> components =
              Arrays.stream(type(record).getRecordComponents())
                  .map(RecordComponent::getName)
                  .collect(Collectors.toCollection(TreeSet::new));
          Map<String, Object> properties = map(map(schemas.get(schema)).get("properties"));
          assertThat(new TreeSet<>(properties.keySet()))
              .as("the properties of %s (%s)", schema, record)
              .isEqualTo(components);
          Object required = map(schemas.get(schema)).get("required");
          if (required != null) {
            assertThat(list(required)).as("required in %s", schema).isSubsetOf(components);
          }
        });
  }

  @Test
  void everyJsonRecordOfTheBoundaryIsDescribed() {
    Set<String> described = new HashSet<>(RECORDS.values());
    List<String> missing = new ArrayList<>();
    for (Class<?> c : boundary) {
      if (c.isRecord() && !described.contains(c.getName()) && !NOT_JSON.contains(c.getName())) {
        missing.add(c.getName());
      }
    }
    assertThat(missing).as("records of the boundary with no schema").isEmpty();
  }

  @Test
  void everyClosedListHasTheValuesOfItsEnum() {
    Map<String, Object> schemas = map(map(document.get("components")).get("schemas"));
    ENUMS.forEach(
        (schema, enumType) -> {
          List<String> values =
              Arrays.stream(type(enumType).getEnumConstants())
                  .map(e -> e instanceof Labelled l ? l.label() : ((Enum<?>) e).name())
                  .toList();
          Map<String, Object> closed = map(schemas.get(schema));
          assertThat(list(closed.get("enum")))
              .as("the values of %s (%s)", schema, enumType)
              .isEqualTo(values);
          if (closed.containsKey("x-enum-varnames")) {
            assertThat(list(closed.get("x-enum-varnames")))
                .as("the constants generated clients name the values of %s by", schema)
                .isEqualTo(
                    Arrays.stream(type(enumType).getEnumConstants())
                        .map(e -> ((Enum<?>) e).name())
                        .toList());
          }
        });
  }

  @Test
  void servedAsJsonTheDocumentIsTheSame() {
    String json = OpenApiDocument.toJson(yaml());
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
      var object = reader.readObject();
      assertThat(object.getString("openapi")).isEqualTo(document.get("openapi"));
      assertThat(object.getJsonObject("paths").keySet()).isEqualTo(paths().keySet());
      assertThat(object.getJsonObject("info").getString("version")).isEqualTo("1");
    }
  }

  // --- the code's side

  private static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** A JAX-RS path template as OpenAPI writes it: regular expressions left out. */
  static String template(String path) {
    String p = "/" + path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
    p = p.replaceAll("/+", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static Map<String, Set<String>> parameters(Method m) {
    Map<String, Set<String>> in = emptyParameters();
    for (Parameter p : m.getParameters()) {
      if (p.getAnnotation(PathParam.class) != null) {
        in.get("path").add(p.getAnnotation(PathParam.class).value());
      }
      if (p.getAnnotation(QueryParam.class) != null) {
        in.get("query").add(p.getAnnotation(QueryParam.class).value());
      }
      if (p.getAnnotation(CookieParam.class) != null) {
        in.get("cookie").add(p.getAnnotation(CookieParam.class).value());
      }
      HeaderParam header = p.getAnnotation(HeaderParam.class);
      if (header != null && !UNDOCUMENTED_HEADERS.contains(header.value())) {
        in.get("header").add(header.value());
      }
    }
    return in;
  }

  // --- the document's side

  private static Map<String, Set<String>> documentedParameters(Map<String, Object> operation) {
    Map<String, Set<String>> in = emptyParameters();
    Object parameters = operation.get("parameters");
    for (Object p : parameters == null ? List.of() : list(parameters)) {
      Map<String, Object> parameter = map(resolve(p));
      String name = (String) parameter.get("name");
      String where = (String) parameter.get("in");
      if (!(where.equals("header") && FILTER_HEADERS.contains(name))) {
        in.get(where).add(name);
      }
    }
    return in;
  }

  private static Map<String, Set<String>> emptyParameters() {
    Map<String, Set<String>> in = new LinkedHashMap<>();
    in.put("path", new TreeSet<>());
    in.put("query", new TreeSet<>());
    in.put("header", new TreeSet<>());
    in.put("cookie", new TreeSet<>());
    return in;
  }

  private static Map<String, Object> paths() {
    return map(document.get("paths"));
  }

  private static Object resolve(Object node) {
    Object ref = map(node).get("$ref");
    if (ref == null) {
      return node;
    }
    Object target = document;
    for (String part : ((String) ref).substring(2).split("/")) {
      target = map(target).get(part);
    }
    assertThat(target).as("%s exists", ref).isNotNull();
    return target;
  }

  static String yaml() {
    return new String(OpenApiDocument.read(), StandardCharsets.UTF_8);
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " does not exist", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    assertThat(o).isInstanceOf(Map.class);
    Map<String, Object> m = new LinkedHashMap<>();
    ((Map<Object, Object>) o).forEach((k, v) -> m.put(String.valueOf(k), v));
    return m;
  }

  private static List<Object> list(Object o) {
    assertThat(o).isInstanceOf(List.class);
    return new ArrayList<>((List<?>) o);
  }
}
