package org.practiceevaluations.evaluation;

import org.practiceevaluations.common.Coded;

/**
 * The kinds of audit the guide names (docs/guide.md, "The monthly audit cycle, requests and audit types"). The code is
 * what forms and REST use.
 */
public enum EvaluationType implements Coded {
  MONTHLY("monthly", "Monthly practice evaluation"),
  MODERATED("moderated", "Moderated practice evaluation"),
  THEMATIC("thematic", "Thematic audit"),
  MULTI_AGENCY_THEMATIC("multi-agency-thematic", "Multi-agency thematic audit"),
  PEER("peer", "Peer audit"),
  TRANSFER("transfer", "Audit at case transfer"),
  CLOSURE("closure", "Audit at case closure"),
  RE_AUDIT("re-audit", "Re-audit of an inadequate evaluation");

  private final String code;
  private final String label;

  EvaluationType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static EvaluationType parse(String value) {
    return Coded.parse(EvaluationType.class, value);
  }
}
