package io.gongkai.reports.control.importing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fixture report from the test classpath ({@code /reports/...}) and the cells its .json lists.
 */
record Fixture(String group, String name, String input, JsonObject json) {

  /** One expected cell; {@code value} null means present but blank. */
  record Cell(String table, String row, String column, BigDecimal value) {
    String id() {
      return table + "." + row + "." + column;
    }
  }

  static List<Fixture> all() {
    List<Fixture> all = new ArrayList<>();
    all.add(load("seed", "/reports/jurong-jgfwzx-2019.txt"));
    for (String group :
        List.of(
            "complete",
            "partial",
            "found/dev",
            "found/heldout",
            "found/later",
            "found/later2",
            "found/later3",
            "found/complete2",
            "found/complete3",
            "found/complete4",
            "found/complete6",
            "found/complete8",
            "layouts")) {
      for (String resource : inputs(group)) {
        all.add(load(group, resource));
      }
    }
    return all;
  }

  static Fixture load(String group, String resource) {
    String base = resource.substring(0, resource.lastIndexOf('.'));
    String name = base.substring(base.lastIndexOf('/') + 1);
    try (JsonReader reader = Json.createReader(new StringReader(read(base + ".json")))) {
      return new Fixture(group, name, read(resource), reader.readObject());
    }
  }

  static String read(String resource) {
    try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> inputs(String group) {
    try (Stream<Path> files =
        Files.list(Path.of(Fixture.class.getResource("/reports/" + group).toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".json") && !n.startsWith("README"))
          .sorted()
          .map(n -> "/reports/" + group + "/" + n)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  ImportResult importIt() {
    return input.contains("<table")
        ? new ReportHtmlParser().parse(input)
        : new ReportTextParser().parse(input);
  }

  /** Every number (or blank) the .json lists, in tables and partialRows; "unknown" is skipped. */
  List<Cell> expectedCells() {
    List<Cell> cells = new ArrayList<>();
    JsonObject tables = json.getJsonObject("tables");
    if (tables != null) {
      for (Map.Entry<String, JsonValue> table : tables.entrySet()) {
        addRows(table.getKey(), table.getValue().asJsonObject(), cells);
      }
    }
    JsonObject partial = json.getJsonObject("partialRows");
    if (partial != null) {
      addRows("requests", partial, cells);
    }
    return cells;
  }

  private static void addRows(String table, JsonObject rows, List<Cell> cells) {
    for (Map.Entry<String, JsonValue> row : rows.entrySet()) {
      for (Map.Entry<String, JsonValue> cell : row.getValue().asJsonObject().entrySet()) {
        JsonValue v = cell.getValue();
        if (v.getValueType() == JsonValue.ValueType.NUMBER) {
          cells.add(
              new Cell(
                  table,
                  row.getKey(),
                  cell.getKey(),
                  ((jakarta.json.JsonNumber) v).bigDecimalValue()));
        } else if (v.getValueType() == JsonValue.ValueType.NULL) {
          cells.add(new Cell(table, row.getKey(), cell.getKey(), null));
        }
      }
    }
  }

  @Override
  public String toString() {
    return group + "/" + name;
  }
}
