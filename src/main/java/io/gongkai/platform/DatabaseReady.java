package io.gongkai.platform;

/**
 * Fired once at start-up, after the schema is migrated and the persistence unit is open: features
 * that prepare data or start background work observe it (ordered by {@code @Priority} on the
 * observed parameter), so that the platform names no feature.
 */
public record DatabaseReady() {

  /** Observers that must run first: accounts the others may rely on. */
  public static final int ACCOUNTS = 100;

  /** Then content: demo content in demo mode. */
  public static final int CONTENT = 200;

  /** Last: background work over what is stored. */
  public static final int BACKGROUND = 300;
}
