package org.practiceevaluations.evaluation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readable references, one counter per prefix and year: PE-2026-0001, PE-2026-0002, ... The counter row is
 * locked for the rest of the transaction, so two nodes never hand out the same number.
 */
@Service
public class ReferenceGenerator {

  @PersistenceContext
  private EntityManager entityManager;

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix, int year) {
    ReferenceCounter counter = entityManager.find(ReferenceCounter.class, new ReferenceCounter.Key(prefix, year),
        LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      counter = new ReferenceCounter(prefix, year);
      entityManager.persist(counter);
      entityManager.flush();
    }
    int value = counter.take();
    return String.format("%s-%d-%04d", prefix, year, value);
  }
}
