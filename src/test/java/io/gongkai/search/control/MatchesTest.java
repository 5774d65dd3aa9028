package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Whether a query matches anything, answered at the first live match as a count would answer. */
class MatchesTest {

  @Test
  void answersAsACountWouldIncludingDeletedDocuments() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
      for (String word : new String[] {"安全", "生产", "安全", "撤回"}) {
        Document d = new Document();
        d.add(new StringField("w", word, Field.Store.NO));
        w.addDocument(d);
      }
      w.commit();
      w.deleteDocuments(new Term("w", "撤回"));
    }
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));

    for (String word : new String[] {"安全", "生产", "撤回", "没有"}) {
      TermQuery q = new TermQuery(new Term("w", word));
      assertThat(Matches.any(searcher, q)).as(word).isEqualTo(searcher.count(q) > 0);
    }
    assertThat(Matches.any(searcher, new TermQuery(new Term("w", "撤回")))).isFalse();
  }
}
