package org.practiceevaluations.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The next number of a reference series (see {@link ReferenceGenerator}). */
@Entity
@Table(name = "pe_reference_counter")
@IdClass(ReferenceCounter.Key.class)
public class ReferenceCounter {

  @Id
  @Column(length = 10)
  private String prefix;

  @Id
  @Column(name = "ref_year")
  private int year;

  @Column(name = "next_value", nullable = false)
  private int nextValue;

  protected ReferenceCounter() {}

  int take() {
    return nextValue++;
  }

  /** Composite key: prefix and year. */
  public static class Key implements Serializable {
    private String prefix;
    private int year;

    public Key() {}

    public Key(String prefix, int year) {
      this.prefix = prefix;
      this.year = year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && java.util.Objects.equals(prefix, k.prefix) && year == k.year;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(prefix, year);
    }
  }
}
