package org.practiceevaluations.bench;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The beans the practice evaluation model names, as no-ops that set the same process variables the product's
 * delegates set (so the engine does the same variable work) and do nothing else: no evaluation tables, no forms, no
 * mail, no PDF. Shared by the bare engine ({@link BareEngine}) and the bare Camunda Spring Boot application
 * ({@code bare.BareCamundaApplication}).
 *
 * <p>It uses no class of the product at run time (only compile-time constants: the variable names), so that the bare
 * application runs without the product on its class path. Dates are plain calendar arithmetic, not the product's
 * working-day rules: the bare engine stores the same variables, not the same values.
 */
public final class NoOpSteps {

  private final AtomicInteger references = new AtomicInteger();
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final Consumer<DelegateExecution> onNotify;

  /** @param onNotify called by the no-op mail step (the timers figure counts its calls) */
  public NoOpSteps(Consumer<DelegateExecution> onNotify) {
    this.onNotify = onNotify;
  }

  /** Bean name to bean: what the model's expressions resolve. */
  public Map<String, Object> beans() {
    Map<String, Object> beans = new HashMap<>();
    TaskListener noListener = task -> { };
    beans.put("prepareForm", noListener);
    beans.put("saveAnswers", noListener);
    beans.put("notify", (JavaDelegate) onNotify::accept);
    beans.put("saveEvaluationPdf", (JavaDelegate) ex -> ex.setVariable("evaluationPdfDocumentId", 1L));
    beans.put("addCaseAuditNote", (JavaDelegate) ex -> ex.setVariable("caseAuditNoteId", "1"));
    beans.put("prepareEvaluation", (JavaDelegate) this::prepare);
    beans.put("setDueDates", (JavaDelegate) this::setDueDates);
    beans.put("recordSubmission", (JavaDelegate) ex -> {
      ex.setVariable(DISPUTE_DUE_DATE.name(), date(after(Instant.now(), "P14D")));
      ex.setVariable(FINAL_GRADE.name(), ex.getVariable(FIRST_GRADE.name()));
      ex.setVariable(GRADE_DISPUTED.name(), false);
      ex.setVariable(GRADE_HOLDER.name(), ex.getVariable(AUDITOR.name()));
    });
    beans.put("markShared", (JavaDelegate) ex -> {
      Instant due = after(Instant.now(), "P1M");
      ex.setVariable(CASE_NOTE_DUE_DATE.name(), date(due));
      ex.setVariable(CASE_NOTE_REMINDER_DATE.name(), date(before(due, "P7D")));
      ex.setVariable(OPEN_ACTION_COUNT.name(), 2);
      ex.setVariable(NEXT_ACTION_DUE_DATE.name(), date(after(Instant.now(), "P14D")));
      ex.setVariable(DISPUTE_WINDOW_END_DATE.name(), date(after(Instant.now(), "P14D")));
    });
    beans.put("recordFinalGrade", (JavaDelegate) ex -> ex.setVariable(FINAL_GRADE.name(),
        ex.getVariable(FINAL_GRADE.name())));
    beans.put("closeEvaluation", (JavaDelegate) ex -> { });
    beans.put("handToModerator", (JavaDelegate) ex -> { });
    beans.put("handOverToCasesOfConcern", (JavaDelegate) ex -> { });
    beans.put("recordSafetyEscalation", (JavaDelegate) ex -> { });
    return beans;
  }

  private void prepare(DelegateExecution ex) {
    String reference = "PE-BARE-" + references.incrementAndGet();
    ex.setProcessBusinessKey(reference);
    ex.setVariable(EVALUATION_REFERENCE.name(), reference);
    ex.setVariable(EVALUATION_ID.name(), (long) references.get());
    ex.setVariable(CHILD_REFERENCE.name(), ex.getVariable(CHILD_REFERENCE.name()));
    ex.setVariable(EVALUATION_TYPE.name(), "monthly");
    ex.setVariable(TEAM_NAME.name(), "Assessment Team North");
    ex.setVariable(TEAM_CODE.name(), "ATN");
    ex.setVariable(MODERATED.name(), false);
    ex.setVariable(AUDITOR.name(), ex.getVariable(AUDITOR.name()));
    ex.setVariable(MODERATOR.name(), null);
    ex.setVariable(SOCIAL_WORKER.name(), "ejones");
    ex.setVariable(TEAM_MANAGER.name(), "pmurphy");
    ex.setVariable(PRACTICE_MANAGER.name(), "lharris");
    ex.setVariable(HEAD_OF_SERVICE.name(), "hashworth");
    ex.setVariable(IRO.name(), null);
    ex.setVariable(AUDIT_MANAGER.name(), "kmorgan");
    ex.setVariable(GRADE_HOLDER.name(), ex.getVariable(AUDITOR.name()));
  }

  @SuppressWarnings("unchecked")
  private void setDueDates(DelegateExecution ex) {
    Map<String, Object> d = (Map<String, Object>) ex.getVariable(DEADLINES.name());
    Instant due = after(Instant.now(), d.get("auditDuration").toString());
    ex.setVariable(AUDIT_DUE_DATE.name(), date(due));
    ex.setVariable(AUDIT_REMINDER_DATE.name(), date(before(due, d.get("auditReminderBefore").toString())));
    ex.setVariable(AUDIT_OVERDUE_CYCLE.name(), "R/" + due.atZone(LONDON).toOffsetDateTime() + "/"
        + d.get("overdueRepeat"));
    ex.setVariable(DISPUTE_DUE_DATE.name(), date(after(due, "P14D")));
    ex.setVariable(ACTIONS_REMINDER_CYCLE.name(), "R/" + d.get("actionsReminderEvery"));
  }

  private static Instant after(Instant from, String iso) {
    return iso.contains("T") ? from.plus(java.time.Duration.parse(iso))
        : from.atZone(LONDON).plus(java.time.Period.parse(iso)).toInstant();
  }

  private static Instant before(Instant from, String iso) {
    return iso.contains("T") ? from.minus(java.time.Duration.parse(iso))
        : from.atZone(LONDON).minus(java.time.Period.parse(iso)).toInstant();
  }

  private static Date date(Instant instant) {
    return Date.from(instant);
  }
}
