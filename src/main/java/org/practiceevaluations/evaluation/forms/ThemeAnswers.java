package org.practiceevaluations.evaluation.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.evaluation.EnquiryAnswer;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.PartnerAgencyFinding;
import org.practiceevaluations.forms.FormAnswers;

/**
 * A thematic evaluation's answers on the evaluation form (docs/guide.md, "Thematic audits and re-audits"): one per
 * key line of enquiry of its theme, and for a multi-agency theme the partner agencies taking part with their
 * findings. Nothing for other evaluations.
 */
public record ThemeAnswers(boolean thematic, List<EnquiryAnswer> answers, List<PartnerAgencyFinding> agencies) {

  public static final ThemeAnswers NONE = new ThemeAnswers(false, List.of(), List.of());

  /** Reads the form's lists {@code keyLines} and {@code partnerAgencies} against the theme's lines. */
  static ThemeAnswers read(FormAnswers answers, List<String> lines, boolean multiAgency) {
    List<EnquiryAnswer> given = new ArrayList<>();
    List<Map<String, Object>> rows = answers.rows("keyLines", "The key lines of enquiry");
    for (int i = 0; i < lines.size(); i++) {
      Map<String, Object> row = i < rows.size() ? rows.get(i) : Map.of();
      String answer = answers.rowText(row, "answer", "Your answer to key line of enquiry " + (i + 1), true,
          FormAnswers.MAX_TEXT);
      given.add(new EnquiryAnswer(lines.get(i), answer));
    }
    List<PartnerAgencyFinding> agencies = new ArrayList<>();
    if (multiAgency) {
      int n = 0;
      for (Map<String, Object> row : answers.rows("partnerAgencies", "The partner agencies")) {
        n++;
        String agency = answers.rowText(row, "agency", "Partner agency " + n + ": its name", true, 200);
        String findings = answers.rowText(row, "findings", "Partner agency " + n + ": its findings", true,
            FormAnswers.MAX_TEXT);
        if (agency != null) {
          agencies.add(new PartnerAgencyFinding(agency, findings));
        }
      }
      if (n == 0) {
        answers.problem("Add the partner agencies taking part in this multi-agency audit, with their findings.");
      }
    } else {
      answers.raw("partnerAgencies");
    }
    return new ThemeAnswers(true, given, agencies);
  }

  void saveTo(Evaluation e) {
    if (thematic) {
      e.recordThematicAnswers(answers, agencies);
    }
  }

  /**
   * The key lines of enquiry of a theme, one per line as the audit team wrote them, without list marks ("- ",
   * "1. ", "• ").
   */
  public static List<String> lines(String keyLinesOfEnquiry) {
    List<String> lines = new ArrayList<>();
    if (keyLinesOfEnquiry == null) {
      return lines;
    }
    for (String line : keyLinesOfEnquiry.split("\\R")) {
      String clean = line.strip().replaceFirst("^([-*\u2022\u2013]|\\d{1,2}[.)])\\s*", "").strip();
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    return lines;
  }
}
