/**
 * Cross-cutting plumbing: configuration, the database (the application's JTA data source, Flyway
 * migrations through it, then a container-managed persistence unit whose units of work {@link
 * io.gongkai.platform.Transactions} runs as container transactions), the change log, managed
 * executors for background work, problem+json mapping, public caching headers and CORS, and the
 * message catalogue ({@link io.gongkai.platform.Messages}).
 *
 * <p>No text a person reads is written in code: problems and messages carry catalogue keys ({@link
 * io.gongkai.platform.Message}), rendered in the language the request asks for — Chinese unless it
 * prefers English ({@link io.gongkai.platform.AcceptLanguage}).
 *
 * <p>The platform names no feature: start-up fires {@link io.gongkai.platform.DatabaseReady}, and
 * features observe it at their {@code @Priority}.
 */
package io.gongkai.platform;
