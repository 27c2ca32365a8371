package org.practiceevaluations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.PostgresAppTest;
import org.practiceevaluations.support.node.AppNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first reference of a year, asked for by two allocations at the same moment (two nodes, found by
 * {@code TwoNodesIT}): the second waits for the first and takes the next number, instead of failing on the
 * counter row the first has just created.
 */
@PostgresAppTest
class ReferenceGeneratorOnPostgresTest {

  @Autowired ReferenceGenerator references;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  @Test
  void twoAllocationsTakingTheFirstReferenceOfAYearAtOnceGetOneAndTwo() throws Exception {
    CountDownLatch firstHasItsNumber = new CountDownLatch(1);
    CountDownLatch commitTheFirst = new CountDownLatch(1);
    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
      String reference = references.next("RG", 2031);
      firstHasItsNumber.countDown();
      await(commitTheFirst);
      return reference;
    }));
    assertThat(firstHasItsNumber.await(60, TimeUnit.SECONDS)).isTrue();

    // The second starts while the first's new counter row is not yet committed, and must wait for it.
    CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> tx.execute(status ->
        references.next("RG", 2031)));
    AppNode.await("the second allocation to wait for the first's counter row", Duration.ofSeconds(60),
        () -> jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
            + " and datname = current_database()", Integer.class) > 0);
    commitTheFirst.countDown();

    assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo("RG-2031-0001");
    assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo("RG-2031-0002");
    assertThat(jdbc.queryForObject("select next_value from pe_reference_counter where prefix = 'RG'"
        + " and ref_year = 2031", Integer.class)).isEqualTo(3);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
