package io.gongkai.reports.control.layout;

/** Header ids of one table: its key and a running number ({@code requests-7}). */
final class Ids {

  private final String table;
  private int next;

  Ids(String table) {
    this.table = table;
  }

  String next() {
    return table + "-" + ++next;
  }
}
