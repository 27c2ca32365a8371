package org.practiceevaluations.evaluation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable references, one counter per prefix and year: PE-2026-0001, PE-2026-0002, ... The counter row is
 * locked for the rest of the transaction, so two nodes never hand out the same number.
 *
 * <p>The first reference of a year creates its counter row. Two allocations doing that at the same moment (two
 * nodes, or the first minutes of January) would both insert it, and one would fail; so the row is created in a
 * transaction of its own, a duplicate from the other is taken as "already there", and then it is locked as usual.
 */
@Service
public class ReferenceGenerator {

  @PersistenceContext
  private EntityManager entityManager;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;

  public ReferenceGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix, int year) {
    ReferenceCounter counter = locked(prefix, year);
    if (counter == null) {
      createCounter(prefix, year);
      counter = locked(prefix, year);
    }
    int value = counter.take();
    return String.format("%s-%d-%04d", prefix, year, value);
  }

  private ReferenceCounter locked(String prefix, int year) {
    return entityManager.find(ReferenceCounter.class, new ReferenceCounter.Key(prefix, year),
        LockModeType.PESSIMISTIC_WRITE);
  }

  private void createCounter(String prefix, int year) {
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into pe_reference_counter (prefix, ref_year, next_value) values (?, ?, 1)", prefix, year));
    } catch (DataIntegrityViolationException alreadyCreated) {
      // Another allocation created it a moment ago: use theirs.
    }
  }
}
