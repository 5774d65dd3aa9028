package io.gongkai.items.entity;

/** A value of a closed list whose Chinese label is what users read and the API exchanges. */
public interface Labelled {
  String label();
}
