package org.practiceevaluations.reporting;

import org.practiceevaluations.common.DateWords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How the reports write figures for people: whole percentages (halves rounded up), kappa to two decimals with its
 * usual reading, counts as they are, "not defined" where there was nothing to count, and the change since the
 * previous period in words. The same in the PowerPoint, the PDF and the e-mails.
 */
public final class ReportFormats {

  public static final String NOT_DEFINED = "not defined";

  private final ZoneId zone;

  public ReportFormats(ZoneId zone) {
    this.zone = zone;
  }

  /** 0.625 → "63%"; null → "not defined". */
  public static String percent(Double share) {
    if (share == null) {
      return NOT_DEFINED;
    }
    return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** 0.375 → "0.38"; null → "not defined". */
  public static String decimal(Double value) {
    if (value == null) {
      return NOT_DEFINED;
    }
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  public static String count(Double value) {
    return value == null ? NOT_DEFINED : Long.toString(Math.round(value));
  }

  /** A value in the figure's own format. */
  public static String value(Measure.Format format, Double value) {
    return switch (format) {
      case COUNT -> count(value);
      case PERCENT -> percent(value);
      case DECIMAL -> decimal(value);
    };
  }

  public static String current(Comparison c) {
    return value(c.format(), c.current());
  }

  public static String previous(Comparison c) {
    return value(c.format(), c.previous());
  }

  /** "▲ up from 67%", "▼ down from 43%", "= the same as last time", "no comparison". */
  public static String change(Comparison c, String previousName) {
    return switch (c.trend()) {
      case UP -> "▲ up from " + previous(c) + " " + previousName;
      case DOWN -> "▼ down from " + previous(c) + " " + previousName;
      case SAME -> "= the same as " + previousName;
      case NO_COMPARISON -> "no comparison with " + previousName;
    };
  }

  /** "▲ up", "▼ down", "= same", "–" for tables. */
  public static String arrow(Comparison c) {
    return switch (c.trend()) {
      case UP -> "▲ up";
      case DOWN -> "▼ down";
      case SAME -> "= same";
      case NO_COMPARISON -> "–";
    };
  }

  /** "▲ (was 50%)", "▼ (was 67%)", "= same", "–": short, for table cells. */
  public static String was(Comparison c) {
    return switch (c.trend()) {
      case UP -> "▲ (was " + previous(c) + ")";
      case DOWN -> "▼ (was " + previous(c) + ")";
      case SAME -> "= same";
      case NO_COMPARISON -> "–";
    };
  }

  /** "better", "worse" or "" for a change that is neither. */
  public static String verdict(Comparison c) {
    return switch (c.verdict()) {
      case BETTER -> "better";
      case WORSE -> "worse";
      case NEITHER -> "";
    };
  }

  /** The usual reading of a kappa (Landis and Koch, 1977). */
  public static String kappaMeaning(Double kappa) {
    if (kappa == null) {
      return "not defined: too few moderated evaluations, or all in one grade";
    }
    if (kappa < 0) {
      return "less than chance agreement";
    }
    if (kappa <= 0.20) {
      return "slight agreement";
    }
    if (kappa <= 0.40) {
      return "fair agreement";
    }
    if (kappa <= 0.60) {
      return "moderate agreement";
    }
    if (kappa <= 0.80) {
      return "substantial agreement";
    }
    return "almost perfect agreement";
  }

  /** "5 of 8 (63%)". */
  public static String partOf(int part, int whole) {
    return whole == 0 ? "none" : part + " of " + whole + " (" + percent(part / (double) whole) + ")";
  }

  public String date(Instant instant) {
    return instant == null ? "" : DateWords.DAY.format(instant.atZone(zone));
  }

  public String date(LocalDate date) {
    return date == null ? "" : DateWords.DAY.format(date);
  }

  public ZoneId zone() {
    return zone;
  }
}
