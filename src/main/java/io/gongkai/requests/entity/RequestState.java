package io.gongkai.requests.entity;

/**
 * OPEN (the clock runs or is paused) → ANSWERED (an editor recorded the outcome) → CLOSED (a
 * reviewer confirmed it).
 */
public enum RequestState {
  OPEN,
  ANSWERED,
  CLOSED
}
