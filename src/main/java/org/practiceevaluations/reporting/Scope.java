package org.practiceevaluations.reporting;

/** What a set of figures covers: the whole service, one service area, or one team (with its area). */
public record Scope(Kind kind, String code, String name, String areaCode, String areaName) {

  public enum Kind { SERVICE, SERVICE_AREA, TEAM }

  public static Scope service() {
    return new Scope(Kind.SERVICE, "ALL", "All of children's services", null, null);
  }

  public static Scope area(String code, String name) {
    return new Scope(Kind.SERVICE_AREA, code, name, code, name);
  }

  public static Scope team(TeamInfo team) {
    return new Scope(Kind.TEAM, team.code(), team.name(), team.areaCode(), team.areaName());
  }
}
