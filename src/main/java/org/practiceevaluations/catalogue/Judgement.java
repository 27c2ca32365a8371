package org.practiceevaluations.catalogue;

import org.practiceevaluations.common.Coded;

/** The judgement on one section of an evaluation: a grade, or "not relevant" for this child. */
public enum Judgement implements Coded {
  OUTSTANDING("outstanding", "Outstanding"),
  GOOD("good", "Good"),
  REQUIRES_IMPROVEMENT("requires-improvement", "Requires improvement"),
  INADEQUATE("inadequate", "Inadequate"),
  NOT_RELEVANT("not-relevant", "Not relevant");

  private final String code;
  private final String label;

  Judgement(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public boolean isJudged() {
    return this != NOT_RELEVANT;
  }

  /** By code or enum name, ignoring case; null when blank or unknown. */
  public static Judgement parse(String value) {
    return Coded.parse(Judgement.class, value);
  }
}
