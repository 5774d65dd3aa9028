/**
 * Cross-cutting plumbing: configuration, the database (Flyway migrations, then an
 * application-managed EclipseLink unit whose transactions {@link io.gongkai.platform.Transactions}
 * demarcates), problem+json mapping, public caching headers and CORS.
 *
 * <p>The database is configured at run time from MicroProfile Config (environment variables
 * included), not through a container datasource: container datasources resolve their settings at
 * deploy time and cannot fall back to the embedded default, which is what a newcomer runs.
 */
package io.gongkai.platform;
