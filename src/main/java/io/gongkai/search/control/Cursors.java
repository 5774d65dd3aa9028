package io.gongkai.search.control;

import io.gongkai.platform.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The {@code next} cursor of a search: the sort values of a page's last hit, typed and encoded so
 * that the next page starts right after it whatever was indexed in between. A cursor of another
 * sort, or anything that is not a cursor, is a 400, never a wrong page.
 */
final class Cursors {

  private Cursors() {}

  static String encode(FieldDoc last) {
    StringBuilder s = new StringBuilder();
    for (Object field : last.fields) {
      if (s.length() > 0) {
        s.append('\u0001');
      }
      if (field instanceof Float f) {
        s.append('f').append(Float.floatToIntBits(f));
      } else if (field instanceof Long l) {
        s.append('l').append(l);
      } else if (field instanceof BytesRef b) {
        s.append('s').append(b.utf8ToString());
      } else {
        s.append('n');
      }
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  static FieldDoc decode(String cursor, Sort sort) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
              .split("\u0001", -1);
      SortField[] fields = sort.getSort();
      if (parts.length != fields.length) {
        throw new IllegalArgumentException("cursor of another sort");
      }
      Object[] values = new Object[parts.length];
      float score = Float.NaN;
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i];
        char kind = p.charAt(0);
        String v = p.substring(1);
        SortField.Type type = fields[i].getType();
        values[i] =
            switch (kind) {
              case 'f' -> {
                if (type != SortField.Type.SCORE) {
                  throw new IllegalArgumentException("cursor of another sort");
                }
                score = Float.intBitsToFloat(Integer.parseInt(v));
                yield score;
              }
              case 'l' -> {
                if (type != SortField.Type.LONG) {
                  throw new IllegalArgumentException("cursor of another sort");
                }
                yield Long.parseLong(v);
              }
              case 's' -> {
                if (type != SortField.Type.STRING) {
                  throw new IllegalArgumentException("cursor of another sort");
                }
                yield new BytesRef(v);
              }
              default -> throw new IllegalArgumentException("bad cursor");
            };
      }
      return new FieldDoc(0, score, values);
    } catch (RuntimeException e) {
      throw new Problem.Invalid("cursor", "search.cursor");
    }
  }
}
