package org.practiceevaluations.common;

/**
 * An enum whose constants have a code: what forms, CSV files and the REST API use ({@code requires-improvement}
 * for {@code REQUIRES_IMPROVEMENT}).
 */
public interface Coded {

  String code();

  /** The constant with this code or enum name, ignoring case and surrounding spaces; null when blank or unknown. */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equalsIgnoreCase(v) || constant.name().equalsIgnoreCase(v)) {
        return constant;
      }
    }
    return null;
  }
}
