package org.practiceevaluations.cycle;

import static org.practiceevaluations.cycle.CycleProcess.Vars.CYCLE_REFERENCE;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REVIEWED_BY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.evaluation.forms.FormAnswers;
import org.practiceevaluations.evaluation.forms.FormHandler;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.stereotype.Component;

/**
 * The form {@code review-cycle}: the audit manager reviews and changes the cases a monthly cycle or a thematic audit
 * proposes, and who audits and moderates each.
 */
@Component
public class ReviewCycleForm implements FormHandler {

  static final Map<CycleSelection.Category, String> CATEGORY_LABELS = Map.of(
      CycleSelection.Category.RE_AUDIT, "Re-audit of a case of concern",
      CycleSelection.Category.REQUEST, "Requested",
      CycleSelection.Category.LOOKED_AFTER, "Most recently looked after",
      CycleSelection.Category.CHILD_PROTECTION_PLAN, "Most recently subject to a child protection plan",
      CycleSelection.Category.RANDOM, "Chosen at random for the team",
      CycleSelection.Category.THEME, "In the theme's cohort",
      CycleSelection.Category.BY_HAND, "Added by hand");

  private final CycleService cycles;
  private final CaseRegister register;
  private final StaffDirectory staff;
  private final FormSupport support;

  public ReviewCycleForm(CycleService cycles, CaseRegister register, StaffDirectory staff, FormSupport support) {
    this.cycles = cycles;
    this.register = register;
    this.staff = staff;
    this.support = support;
  }

  @Override
  public String formId() {
    return "review-cycle";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    AuditCycle cycle = cycles.get(CYCLE_REFERENCE.get(task));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CycleCase c : cycle.getCases()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("position", String.valueOf(c.getPosition()));
      row.put("childReference", c.getChildReference());
      row.put("teamName", register.find(c.getChildReference()).map(cc -> cc.getTeam().getName()).orElse(""));
      row.put("categoryLabel", CATEGORY_LABELS.get(c.getCategory()));
      row.put("included", c.isIncluded());
      row.put("auditor", c.getAuditor() == null ? "" : c.getAuditor());
      row.put("moderator", c.getModerator() == null ? "" : c.getModerator());
      row.put("evaluationType", c.getEvaluationType().code());
      rows.add(row);
    }
    Map<String, Object> values = new HashMap<>();
    values.put("cycleCases", FormSupport.json(rows));
    values.put("cycleTitleText", cycle.getKind() == AuditCycle.Kind.MONTHLY
        ? "The monthly audit cycle " + cycle.getReference() + ": " + rows.size() + " cases proposed"
        : "Thematic audit " + cycle.getThemeReference() + ": " + rows.size() + " cases proposed");
    values.put("unallocatedText", cycle.getUnallocated() == null ? ""
        : "**Not allocated:** " + cycle.getUnallocated().replace("\n", "; "));
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    AuditCycle cycle = cycles.get(CYCLE_REFERENCE.get(task));
    Map<String, CycleCase> byPosition = new HashMap<>();
    cycle.getCases().forEach(c -> byPosition.put(String.valueOf(c.getPosition()), c));
    List<Runnable> changes = new ArrayList<>();
    for (Map<String, Object> row : answers.rows("cycleCases", "The proposed evaluations")) {
      String position = String.valueOf(row.get("position")).replace(".0", "");
      CycleCase c = byPosition.get(position);
      if (c == null) {
        answers.problem("The list of cases does not match this cycle; reload the task.");
        continue;
      }
      boolean included = Boolean.TRUE.equals(answers.rowYesNo(row, "included"));
      String label = "Case " + c.getChildReference();
      String auditor = answers.rowText(row, "auditor", label + ": the auditor", included, 64);
      String moderator = answers.rowText(row, "moderator", label + ": the moderator", false, 64);
      EvaluationType type = EvaluationType.parse(String.valueOf(row.get("evaluationType")));
      if (type == null) {
        answers.problem(label + ": choose the type of evaluation.");
      }
      if (included) {
        checkPeople(answers, label, c.getChildReference(), auditor, moderator, type);
      }
      changes.add(() -> c.revise(included, auditor, moderator, moderator != null && type == EvaluationType.MONTHLY
          ? EvaluationType.MODERATED : type));
    }
    List<CycleCase> added = new ArrayList<>();
    int n = 0;
    for (Map<String, Object> row : answers.rows("addedCases", "The cases added by hand")) {
      n++;
      String reference = answers.rowText(row, "childReference", "Added case " + n + ": the child reference",
          true, 40);
      String auditor = answers.rowText(row, "auditor", "Added case " + n + ": the auditor", true, 64);
      String moderator = answers.rowText(row, "moderator", "Added case " + n + ": the moderator", false, 64);
      if (reference == null) {
        continue;
      }
      ChildCase childCase = register.find(reference).orElse(null);
      if (childCase == null || !childCase.isOpen()) {
        answers.problem("Added case " + n + ": there is no open case " + reference + ".");
        continue;
      }
      EvaluationType type = cycle.getKind() == AuditCycle.Kind.THEMATIC ? EvaluationType.THEMATIC
          : moderator != null ? EvaluationType.MODERATED : EvaluationType.MONTHLY;
      checkPeople(answers, "Added case " + reference, reference, auditor, moderator, type);
      added.add(new CycleCase(reference, CycleSelection.Category.BY_HAND, type, auditor, moderator, null, null));
    }
    answers.throwIfInvalid();
    changes.forEach(Runnable::run);
    added.forEach(cycle::add);
    Map<String, Object> routing = new HashMap<>();
    REVIEWED_BY.put(routing, support.actor(task));
    return routing;
  }

  private void checkPeople(FormAnswers answers, String label, String childReference, String auditor,
      String moderator, EvaluationType type) {
    ChildCase childCase = register.find(childReference).orElse(null);
    if (auditor != null) {
      if (!staff.exists(auditor)) {
        answers.problem(label + ": there is no user " + auditor + ".");
      } else if (type != EvaluationType.PEER && !staff.isMember(auditor, StaffGroup.AUDITORS)) {
        answers.problem(label + ": " + auditor + " is not in the auditors group.");
      } else if (childCase != null && (auditor.equals(childCase.getAllocatedWorker())
          || auditor.equals(childCase.getTeam().getTeamManager()))) {
        answers.problem(label + ": " + auditor + " is the case's own social worker or team manager.");
      }
    }
    if (moderator != null) {
      if (!staff.isMember(moderator, StaffGroup.MODERATORS)) {
        answers.problem(label + ": " + moderator + " is not in the moderators group.");
      } else if (moderator.equals(auditor)) {
        answers.problem(label + ": the moderator must be someone other than the auditor.");
      }
    }
  }
}
