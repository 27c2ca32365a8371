package org.practiceevaluations.caseregister;

import org.practiceevaluations.common.Coded;

/** The child's legal status on the case register. The code is what CSV files and forms use. */
public enum LegalStatus implements Coded {
  EARLY_HELP("early-help", "Early help"),
  CHILD_IN_NEED("child-in-need", "Child in need"),
  CHILD_PROTECTION("child-protection", "Child protection"),
  CHILD_LOOKED_AFTER("child-looked-after", "Child looked after"),
  CARE_LEAVER("care-leaver", "Care leaver");

  private final String code;
  private final String label;

  LegalStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** By code ({@code child-in-need}) or enum name ({@code CHILD_IN_NEED}), ignoring case; null if unknown. */
  public static LegalStatus parse(String value) {
    return Coded.parse(LegalStatus.class, value);
  }
}
