/**
 * Migration: bringing an agency's existing disclosure site into Gongkai. An administrator uploads
 * the old site's items as NDJSON (or a zip of NDJSON and attachment files); a background job
 * creates or updates one item per line, keeping the 索引号, publication date, 发布机构 and address each
 * was published with.
 *
 * <p>What a newcomer would get wrong: a line is never half-imported and one bad line never stops
 * the others. Lines are written in batches, one transaction each; a batch that fails as a whole is
 * written again line by line, so the failure lands on the one line that caused it. The source
 * system's id ({@code externalId}) is the idempotency key: importing a file twice changes nothing.
 */
package io.gongkai.migration;
