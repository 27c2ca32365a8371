package org.practiceevaluations.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers remembered for the rest of the current transaction: what one command asks many times (the evaluation of
 * its process, a person's name and address) is read once. Only for answers that cannot change while the transaction
 * runs; forgotten when it ends. Outside a transaction nothing is remembered.
 */
public final class TransactionMemo<K, V> {

  /**
   * The answer for {@code key}: remembered in this transaction, or computed now (and remembered when {@code keep}
   * says so, so an answer that may still change, like "not there yet", is asked again).
   */
  public V get(K key, Function<K, V> compute, Predicate<V> keep) {
    Map<K, V> known = known();
    if (known != null && known.containsKey(key)) {
      return known.get(key);
    }
    V value = compute.apply(key);
    if (known != null && keep.test(value)) {
      known.put(key, value);
    }
    return value;
  }

  /** As {@link #get(Object, Function, Predicate)}, remembering every answer. */
  public V get(K key, Function<K, V> compute) {
    return get(key, compute, value -> true);
  }

  /**
   * An entity found by something of it that never changes (its reference, the process it is linked to): the query
   * once per transaction, then its id, which the persistence context answers without a query. "Not found" is asked
   * again (the row may be written later in the transaction).
   */
  public <E> Optional<E> entity(K key, Function<K, Optional<E>> query, Function<E, V> idOf,
      Function<V, Optional<E>> byId) {
    List<E> readNow = new ArrayList<>(1);
    V id = get(key, k -> {
      Optional<E> found = query.apply(k);
      found.ifPresent(readNow::add);
      return found.map(idOf).orElse(null);
    }, found -> found != null);
    if (!readNow.isEmpty()) {
      return Optional.of(readNow.get(0));
    }
    return id == null ? Optional.empty() : byId.apply(id);
  }

  /** True when this transaction already has the answer for {@code key} (never outside a transaction). */
  public boolean has(K key) {
    Map<K, V> known = known();
    return known != null && known.containsKey(key);
  }

  /** This transaction's answers; null outside a transaction. */
  @SuppressWarnings("unchecked")
  private Map<K, V> known() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<K, V> known = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
    if (known == null) {
      Map<K, V> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
        }
      });
      known = fresh;
    }
    return known;
  }
}
