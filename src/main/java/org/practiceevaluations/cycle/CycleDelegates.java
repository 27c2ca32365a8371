package org.practiceevaluations.cycle;

import static org.practiceevaluations.common.ProcessVariables.text;
import static org.practiceevaluations.cycle.CycleProcess.Vars.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.forms.AnswersRejected;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.caseregister.LegalStatus;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.forms.StartAnswers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the monthly cycle, its schedule and the thematic audit: each one call into a service. */
@Configuration
public class CycleDelegates {

  private final CycleService cycles;
  private final TeamDirectory directory;
  private final CaseRegister register;
  private final CycleSettings settings;
  private final Deadlines deadlines;
  private final Clock clock;
  private final StartAnswers startAnswers;

  public CycleDelegates(CycleService cycles, TeamDirectory directory, CaseRegister register, CycleSettings settings,
      Deadlines deadlines, Clock clock, StartAnswers startAnswers) {
    this.startAnswers = startAnswers;
    this.cycles = cycles;
    this.directory = directory;
    this.register = register;
    this.settings = settings;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** "Start this month's audit cycle" (the schedule). */
  @Bean("startMonthlyCycle")
  JavaDelegate startMonthlyCycle(RuntimeService runtimeService) {
    return execution -> runtimeService.startProcessInstanceByKey(CycleProcess.MONTHLY_KEY,
        Map.of(CYCLE_DATE.name(), LocalDate.now(clock).toString()));
  }

  /** "Choose this month's cases and allocate auditors". */
  @Bean("selectCycleCases")
  JavaDelegate selectCycleCases() {
    return execution -> {
      Object date = execution.getVariable(CYCLE_DATE.name());
      LocalDate cycleDate = date == null || date.toString().isBlank() ? LocalDate.now(clock)
          : LocalDate.parse(date.toString().substring(0, 10));
      AuditCycle cycle = cycles.proposeMonthly(cycleDate, execution.getProcessInstanceId());
      afterProposal(execution, cycle);
    };
  }

  /** "Choose the cohort and allocate auditors" (thematic audit). */
  @Bean("selectThematicCohort")
  JavaDelegate selectThematicCohort() {
    return execution -> {
      CycleService.ThematicRequest request = thematicRequest(execution);
      AuditCycle cycle = cycles.proposeThematic(request, execution.getProcessInstanceId());
      execution.setVariable(THEME_REFERENCE.name(), cycle.getThemeReference());
      afterProposal(execution, cycle);
    };
  }

  /** "Start the evaluations" (both): a retry starts only those not started yet. */
  @Bean("startCycleEvaluations")
  JavaDelegate startCycleEvaluations() {
    return execution -> {
      Object reviewer = execution.getVariable(REVIEWED_BY.name());
      String allocatedBy = reviewer != null ? reviewer.toString() : (String) execution.getVariable(AUDIT_MANAGER.name());
      List<String> started = cycles.start((String) execution.getVariable(CYCLE_REFERENCE.name()), allocatedBy);
      execution.setVariable("evaluationsStarted", started.size());
    };
  }

  private void afterProposal(DelegateExecution execution, AuditCycle cycle) {
    execution.setProcessBusinessKey(cycle.getReference());
    execution.setVariable(CYCLE_REFERENCE.name(), cycle.getReference());
    execution.setVariable(AUDIT_MANAGER.name(), directory.auditManager());
    execution.setVariable(REVIEW_DUE_DATE.name(),
        Deadlines.toDate(deadlines.dueAfter(deadlines.now(), "P" + settings.reviewWithinDays() + "D")));
  }

  /** Reads and checks the thematic audit's start form; a bad answer refuses the start with every problem. */
  CycleService.ThematicRequest thematicRequest(DelegateExecution execution) {
    List<String> problems = new java.util.ArrayList<>();
    String name = text(execution, THEME_NAME.name());
    String lines = blankToNull(startAnswers.take(execution, KEY_LINES.name()));
    if (name == null) {
      problems.add("Give the theme a name.");
    }
    if (lines == null) {
      problems.add("Write the key lines of enquiry.");
    }
    boolean multiAgency = Boolean.TRUE.equals(execution.getVariable(MULTI_AGENCY.name()))
        || "true".equals(String.valueOf(execution.getVariable(MULTI_AGENCY.name())));
    boolean byCriteria = !"references".equals(text(execution, COHORT_BY.name()));
    Set<LegalStatus> statuses = new LinkedHashSet<>();
    for (String s : list(execution.getVariable(LEGAL_STATUSES.name()))) {
      LegalStatus status = LegalStatus.parse(s);
      if (status == null) {
        problems.add("'" + s + "' is not a legal status.");
      } else {
        statuses.add(status);
      }
    }
    Set<String> teams = new LinkedHashSet<>(list(execution.getVariable(TEAM_CODES.name())));
    for (String team : teams) {
      if (directory.findTeam(team).isEmpty()) {
        problems.add("There is no team " + team + ".");
      }
    }
    int size = 0;
    List<String> references = list(startAnswers.take(execution, CHILD_REFERENCES.name()));
    if (byCriteria) {
      Object value = execution.getVariable(COHORT_SIZE.name());
      try {
        size = value == null ? 0 : (int) Double.parseDouble(value.toString());
      } catch (NumberFormatException e) {
        size = 0;
      }
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
    double share = switch (String.valueOf(execution.getVariable(MODERATED_SHARE.name()))) {
      case "quarter" -> 0.25;
      case "half" -> 0.5;
      case "all" -> 1.0;
      default -> 0.0;
    };
    if (!problems.isEmpty()) {
      throw new AnswersRejected("theme", "The thematic audit was not started: "
          + String.join(" ", problems));
    }
    return new CycleService.ThematicRequest(name, lines, multiAgency, byCriteria, statuses, teams, size, references,
        share, (String) execution.getVariable(STARTED_BY.name()));
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
