package io.gongkai.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load generator's figures are the requests' own times, per path, against a loopback server
 * whose answers take a known time.
 */
class WrkTest {

  private HttpServer server;
  private URI base;

  @BeforeEach
  void start() throws Exception {
    // without it the JDK server's header and body writes wait on delayed ACKs (40 ms)
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          long sleep = path.equals("/slow") ? 40 : path.equals("/slower-than-the-run") ? 1500 : 1;
          try {
            Thread.sleep(sleep);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] body = "ok".getBytes();
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void timesEveryRequestOfAMixWithoutWrksMadeUpSamples() throws Exception {
    // two cheap answers for one slow one: the true median is a cheap one
    Wrk.Result r = Wrk.run(base, List.of("/fast", "/fast", "/slow"), 1, 2);

    assertThat(r.errors()).isZero();
    assertThat(r.p50Of(0)).isBetween(1.0, 15.0);
    assertThat(r.p50Of(2)).isBetween(40.0, 80.0);
    assertThat(r.p50()).isLessThan(15.0);
    assertThat(r.p99()).isGreaterThanOrEqualTo(40.0);
    long timed = r.byPath().stream().mapToLong(ms -> ms.length).sum();
    assertThat(timed).isBetween(r.requests() - 1, r.requests() + 1);
    // wrk's printed median counts samples it adds below every slow answer
    assertThat(r.wrkP50()).isGreaterThan(15.0);
  }

  @Test
  void aRunWhoseAnswersOutlastItIsRunAgainForLonger() throws Exception {
    // a one-second run sees no 1.5 s answer finish; the next try runs four seconds
    Wrk.Result r = Wrk.run(base, List.of("/slower-than-the-run"), 1, 1);

    assertThat(r.byPath().get(0).length).isGreaterThanOrEqualTo(1);
    assertThat(r.p50()).isBetween(1500.0, 3000.0);
  }

  @Test
  void runsTakenTogetherPoolTheirTimesPathByPathAndAverageTheirRates() {
    Wrk.Result first =
        Wrk.Result.of(List.of(new double[] {1, 2}, new double[] {10}), 30, 3, 0, 2.5);
    Wrk.Result second =
        Wrk.Result.of(List.of(new double[] {3}, new double[] {20, 30}), 10, 3, 1, 9.0);
    Wrk.Result third = Wrk.Result.of(List.of(new double[] {4}, new double[] {40}), 20, 2, 0, 4.0);

    Wrk.Result all = Wrk.Result.together(List.of(first, second, third));

    assertThat(all.byPath().get(0)).containsExactly(1, 2, 3, 4);
    assertThat(all.byPath().get(1)).containsExactly(10, 20, 30, 40);
    assertThat(all.p50()).isEqualTo(4); // of 1, 2, 3, 4, 10, 20, 30, 40
    assertThat(all.p99()).isEqualTo(40);
    assertThat(all.mean()).isEqualTo(13.75);
    assertThat(all.perSecond()).isEqualTo(20);
    assertThat(all.requests()).isEqualTo(8);
    assertThat(all.errors()).isEqualTo(1);
    assertThat(all.wrkP50()).isEqualTo(4.0); // the middle one of wrk's own
  }

  @Test
  void percentilesAreNearestRank() {
    double[] ms = {5, 1, 4, 2, 3};
    assertThat(Wrk.percentile(ms, 50)).isEqualTo(3);
    assertThat(Wrk.percentile(ms, 99)).isEqualTo(5);
    assertThat(Wrk.percentile(ms, 1)).isEqualTo(1);
    assertThat(ms[0]).as("left as it was").isEqualTo(5);
  }
}
