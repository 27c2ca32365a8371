package org.practiceevaluations.catalogue;

import org.practiceevaluations.common.Coded;

/** An overall grade, from Ofsted's ILACS scale. The code is what forms and CSV/REST use. */
public enum Grade implements Coded {
  OUTSTANDING("outstanding", "Outstanding"),
  GOOD("good", "Good"),
  REQUIRES_IMPROVEMENT("requires-improvement", "Requires improvement"),
  INADEQUATE("inadequate", "Inadequate");

  private final String code;
  private final String label;

  Grade(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Good or outstanding. */
  public boolean isGoodOrBetter() {
    return this == OUTSTANDING || this == GOOD;
  }

  /** By code or enum name, ignoring case; null when blank or unknown. */
  public static Grade parse(String value) {
    return Coded.parse(Grade.class, value);
  }
}
