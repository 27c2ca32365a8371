package org.practiceevaluations.cycle;

import static org.practiceevaluations.common.ProcessVariables.text;
import static org.practiceevaluations.cycle.CycleProcess.Vars.CHILD_REFERENCES;
import static org.practiceevaluations.cycle.CycleProcess.Vars.COHORT_BY;
import static org.practiceevaluations.cycle.CycleProcess.Vars.COHORT_SIZE;
import static org.practiceevaluations.cycle.CycleProcess.Vars.KEY_LINES;
import static org.practiceevaluations.cycle.CycleProcess.Vars.LEGAL_STATUSES;
import static org.practiceevaluations.cycle.CycleProcess.Vars.MODERATED_SHARE;
import static org.practiceevaluations.cycle.CycleProcess.Vars.MULTI_AGENCY;
import static org.practiceevaluations.cycle.CycleProcess.Vars.STARTED_BY;
import static org.practiceevaluations.cycle.CycleProcess.Vars.TEAM_CODES;
import static org.practiceevaluations.cycle.CycleProcess.Vars.THEME_NAME;
import static org.practiceevaluations.cycle.CycleProcess.Vars.THEME_REFERENCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.caseregister.LegalStatus;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.forms.StartAnswers;
import org.springframework.stereotype.Component;

/**
 * {@code ${selectThematicCohort}} (thematic audit): "Choose the cohort and allocate auditors". Reads and checks the
 * start form; a bad answer refuses the start with every problem.
 */
@Component("selectThematicCohort")
public class SelectThematicCohort implements JavaDelegate {

  private final CycleService cycles;
  private final CycleProposals proposals;
  private final TeamDirectory directory;
  private final CaseRegister register;
  private final StartAnswers startAnswers;

  public SelectThematicCohort(CycleService cycles, CycleProposals proposals, TeamDirectory directory,
      CaseRegister register, StartAnswers startAnswers) {
    this.cycles = cycles;
    this.proposals = proposals;
    this.directory = directory;
    this.register = register;
    this.startAnswers = startAnswers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CycleService.ThematicRequest request = thematicRequest(execution);
    AuditCycle cycle = cycles.proposeThematic(request, execution.getProcessInstanceId());
    THEME_REFERENCE.set(execution, cycle.getThemeReference());
    proposals.proposed(execution, cycle);
  }

  /** Reads and checks the thematic audit's start form; a bad answer refuses the start with every problem. */
  CycleService.ThematicRequest thematicRequest(DelegateExecution execution) {
    List<String> problems = new ArrayList<>();
    String name = text(execution, THEME_NAME.name());
    String lines = blankToNull(startAnswers.take(execution, KEY_LINES.name()));
    if (name == null) {
      problems.add("Give the theme a name.");
    }
    if (lines == null) {
      problems.add("Write the key lines of enquiry.");
    }
    boolean multiAgency = Boolean.TRUE.equals(MULTI_AGENCY.get(execution));
    boolean byCriteria = !"references".equals(text(execution, COHORT_BY.name()));
    Set<LegalStatus> statuses = new LinkedHashSet<>();
    for (String s : list(LEGAL_STATUSES.get(execution))) {
      LegalStatus status = LegalStatus.parse(s);
      if (status == null) {
        problems.add("'" + s + "' is not a legal status.");
      } else {
        statuses.add(status);
      }
    }
    Set<String> teams = new LinkedHashSet<>(list(TEAM_CODES.get(execution)));
    for (String team : teams) {
      if (directory.findTeam(team).isEmpty()) {
        problems.add("There is no team " + team + ".");
      }
    }
    int size = 0;
    List<String> references = list(startAnswers.take(execution, CHILD_REFERENCES.name()));
    if (byCriteria) {
      Number value = COHORT_SIZE.get(execution);
      size = value == null ? 0 : value.intValue();
      if (size < 1 || size > 200) {
        problems.add("Choose between 1 and 200 cases.");
      }
    } else {
      if (references.isEmpty()) {
        problems.add("List the child references of the cohort.");
      }
      for (String reference : references) {
        if (register.find(reference).isEmpty()) {
          problems.add("There is no case " + reference + ".");
        }
      }
    }
    double share = switch (String.valueOf(MODERATED_SHARE.get(execution))) {
      case "quarter" -> 0.25;
      case "half" -> 0.5;
      case "all" -> 1.0;
      default -> 0.0;
    };
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException("theme", "The thematic audit was not started: "
          + String.join(" ", problems));
    }
    return new CycleService.ThematicRequest(name, lines, multiAgency, byCriteria, statuses, teams, size, references,
        share, STARTED_BY.get(execution));
  }

  /** A comma- or line-separated text, or a JSON list (a form checklist), as trimmed values. */
  static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      text = text.substring(1, text.length() - 1).replace("\"", "");
    }
    return Arrays.stream(text.split("[,\\n\\r;]+")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toList());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
