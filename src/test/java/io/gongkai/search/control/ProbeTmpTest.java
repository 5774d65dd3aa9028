package io.gongkai.search.control;

import org.junit.jupiter.api.Test;

class ProbeTmpTest {
  @Test
  void probe() throws Exception {
    Relevance r = new Relevance();
    for (Relevance.Judged j : r.queries()) {
      if (!j.kind().equals("topic") && !j.kind().equals("question")) continue;
      var g = r.top(Relevance.System.GONGKAI, j.q());
      var b = r.top(Relevance.System.BIGRAM_BM25, j.q());
      double sg = r.score(j, g).ndcg(), sb = r.score(j, b).ndcg();
      if (sb - sg >= 0.15) {
        System.out.printf("LOSS %s %-8s %.2f %.2f hits %d/%d  %s%n", j.split(), j.kind(), sg, sb, g.size(), b.size(), j.q());
      }
    }
  }
}
