/**
 * Public full-text search over published items (with their attachments' text) and published annual
 * reports, made for Chinese.
 *
 * <p><b>The index is a projection, never the truth.</b> It holds only what the public may see and
 * can always be rebuilt from the database. Every change to content writes a row to a change log in
 * the same transaction (content features know nothing of Lucene); one long-lived {@code
 * IndexWriter} per instance applies the log in order, and the last applied position is stored in
 * the Lucene commit's user data, so index and position move together: after a crash the instance
 * resumes where its index stopped. Several instances sharing a database each follow the same log.
 * An index that is missing, unreadable, written by another Lucene or analysis stamp, or behind a
 * pruned log is rebuilt beside the live one and swapped in.
 *
 * <p><b>Two fields per text.</b> Each title, body and attachment text is indexed as words (smartcn)
 * so dictionary words rank well, and as CJK bigrams so names no dictionary knows (句容, people's
 * names) are found as written. A newcomer would drop one of them: without words ranking suffers,
 * without bigrams unknown names are split into single characters and lost.
 *
 * <p><b>Queries degrade gracefully.</b> {@code QueryText} understands a query (folding, question
 * words, chunks); {@code SearchQueries} weighs chunks by rarity, requires the rare ones and ranks
 * strict matches first; {@code Retrieval} falls back to the spelling correction and then to a
 * relaxed match (for long queries also a loose one over bigrams, above a coverage floor, and last
 * the passages where most of a description stands together), and says so in the answer; a question
 * asking for an amount ({@code Amounts}) needs a page that states one near its subject; {@code
 * Fusion} merges the first results of a query of several words with plain bigram BM25's by
 * reciprocal rank fusion, so a page phrasing it differently still ranks. Requiring every word of a
 * question — the obvious choice — finds nothing for most questions people type; matching any word
 * finds noise for queries nothing answers. The relevance benchmark over real pages guards both
 * sides.
 *
 * <p><b>Large indexes are scored on every core.</b> {@code Searchers} deals a large index's
 * segments into one slice per search thread and lets Lucene score them at once, the request's
 * thread taking its share; weights are prepared without threads (a task per term and segment costs
 * more than it saves). Under load every core is busy anyway, so this shortens one search on a quiet
 * instance without costing throughput on a busy one.
 */
package io.gongkai.search;
