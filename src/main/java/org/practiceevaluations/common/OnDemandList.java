package org.practiceevaluations.common;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A read-only list whose elements are read the first time it is used, then kept: a mail's template that shows only
 * the child, the people and a date never reads the evaluation's sections, actions or feedback (README
 * "Performance"). Not for sharing between threads, and only for use inside the transaction that can read it.
 */
public final class OnDemandList<T> extends AbstractList<T> {

  private final Supplier<? extends List<T>> read;
  private List<T> elements;

  private OnDemandList(Supplier<? extends List<T>> read) {
    this.read = Objects.requireNonNull(read, "read");
  }

  public static <T> List<T> of(Supplier<? extends List<T>> read) {
    return new OnDemandList<>(read);
  }

  /** Whether the elements have been read yet (for tests and for a reader of a heap dump). */
  public boolean isRead() {
    return elements != null;
  }

  private List<T> elements() {
    if (elements == null) {
      elements = Objects.requireNonNull(read.get(), "the elements read");
    }
    return elements;
  }

  @Override
  public T get(int index) {
    return elements().get(index);
  }

  @Override
  public int size() {
    return elements().size();
  }
}
