package org.practiceevaluations.caseregister;

import java.util.List;
import java.util.Optional;

/**
 * A case the register import closed or moved to another team (docs/guide.md, "The monthly audit cycle, requests and
 * audit types": managers audit at transfer and at closure). {@code teamCode} is the case's team after the import;
 * {@code fromTeamCode} the team it left (a transfer only).
 */
public record CaseChange(String childReference, Kind kind, String teamCode, String fromTeamCode) {

  /** What happened to the case; the code is the audit type that follows it. */
  public enum Kind {
    CLOSURE("closure"), TRANSFER("transfer");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** The case as it was before a row of the import, or as it is after. */
  public record State(boolean open, String teamCode) {}

  /**
   * The rule, plain: an open case that is now closed was closed (by the team in the row); an open case that stays
   * open in another team was transferred. A new case, a case that was already closed, or a case reopened is no
   * change to audit.
   */
  public static Optional<CaseChange> between(String childReference, State before, State after) {
    if (before == null || after == null || !before.open()) {
      return Optional.empty();
    }
    if (!after.open()) {
      return Optional.of(new CaseChange(childReference, Kind.CLOSURE, after.teamCode(), null));
    }
    if (before.teamCode() != null && !before.teamCode().equals(after.teamCode())) {
      return Optional.of(new CaseChange(childReference, Kind.TRANSFER, after.teamCode(), before.teamCode()));
    }
    return Optional.empty();
  }

  /** Published by the import, in its transaction, when it closed or transferred any case. */
  public record Imported(List<CaseChange> changes) {
    public Imported {
      changes = List.copyOf(changes);
    }
  }
}
