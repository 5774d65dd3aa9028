package io.gongkai.search.control;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The application's documents, analysis and queries used on plain Lucene, without the server, the
 * database or HTTP: the baseline the search benchmark compares the application against.
 */
public final class RawLucene implements AutoCloseable {

  private final FSDirectory directory;
  private final IndexWriter writer;
  private DirectoryReader reader;
  private final SearchQueries queries = SearchQueries.builtIn();

  public RawLucene(Path dir) throws IOException {
    this(dir, true);
  }

  private RawLucene(Path dir, boolean create) throws IOException {
    directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(Analysis.INDEXING);
    config.setOpenMode(
        create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
    config.setRAMBufferSizeMB(64);
    writer = new IndexWriter(directory, config);
  }

  /** An index in a folder: a new one, or the one already there (to query again). */
  public static RawLucene open(Path dir, boolean create) throws IOException {
    return new RawLucene(dir, create);
  }

  /** An item as the application would index it. */
  public static Indexable item(
      long id,
      long organisation,
      long channel,
      String title,
      String text,
      Instant published,
      String genre,
      String validity,
      String indexNumber,
      String documentNumber) {
    return new Indexable(
        Indexable.ITEM,
        id,
        organisation,
        List.of(channel),
        title,
        text,
        null,
        published,
        null,
        genre,
        null,
        validity,
        indexNumber,
        documentNumber,
        null,
        null);
  }

  public void add(Indexable x) throws IOException {
    writer.addDocument(Fields.document(x));
  }

  public void commit() throws IOException {
    writer.commit();
    reader = DirectoryReader.open(directory);
  }

  public TopDocs searchQuery(Query scoring) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(scoring, Occur.MUST)
            .add(SearchQueries.visibleAt(Instant.now()), Occur.FILTER)
            .build();
    return new IndexSearcher(reader)
        .search(query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
  }

  /** The application's query for the text, public now, top 10 with an exact total. */
  public TopDocs search(String q) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(queries.text(q, reader, SearchQueries.Strictness.RANKED), Occur.MUST)
            .add(SearchQueries.visibleAt(Instant.now()), Occur.FILTER)
            .build();
    return new IndexSearcher(reader)
        .search(query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    writer.close();
    directory.close();
  }
}
