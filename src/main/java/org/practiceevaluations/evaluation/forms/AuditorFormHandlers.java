package org.practiceevaluations.evaluation.forms;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.evaluation.forms.FormAnswers.When;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The first auditor's forms (docs/guide.md, "The practice evaluation"). */
@Configuration
public class AuditorFormHandlers {

  /** The qualities young people value in their social worker (the young people's feedback form). */
  public static final Map<String, String> YOUNG_PEOPLE_QUALITIES = new LinkedHashMap<>();

  static {
    YOUNG_PEOPLE_QUALITIES.put("listensToMe", "Listens to me and takes my views seriously");
    YOUNG_PEOPLE_QUALITIES.put("explainsThings", "Explains what is happening in a way I understand");
    YOUNG_PEOPLE_QUALITIES.put("doesWhatTheySay", "Does what they say they will do, and is on time");
    YOUNG_PEOPLE_QUALITIES.put("honestWithMe", "Is honest with me, even when it is hard");
    YOUNG_PEOPLE_QUALITIES.put("getsToKnowMe", "Gets to know me as a person, not just my case");
    YOUNG_PEOPLE_QUALITIES.put("canContact", "I can get in touch with them when I need to");
    YOUNG_PEOPLE_QUALITIES.put("keepsPeopleClose", "Helps me stay in touch with the people who matter to me");
    YOUNG_PEOPLE_QUALITIES.put("madeADifference", "Has made a difference to my life");
  }

  static final List<String> RATINGS = List.of("always", "sometimes", "never", "not-asked");

  private final FormSupport support;

  public AuditorFormHandlers(FormSupport support) {
    this.support = support;
  }

  @Bean
  FormHandler allocationSummary() {
    return new FormHandler() {
      public String formId() {
        return "allocation-summary";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        return support.caseFacts(support.evaluation(task));
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        if (!answers.ticked("checklistConfirmed")) {
          answers.problem("Tick that you have the case summary, the checklist and the due date.");
        }
        answers.throwIfInvalid();
        return Map.of();
      }
    };
  }

  @Bean
  FormHandler contactSocialWorker() {
    return new FormHandler() {
      public String formId() {
        return "contact-social-worker";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        return support.caseFacts(support.evaluation(task));
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        LocalDate contacted = answers.date("socialWorkerContactedOn", "The date you spoke to the social worker", true,
            When.PAST_OR_TODAY);
        String notes = answers.text("socialWorkerContactNotes", "What the social worker told you", true);
        Boolean safe = answers.yesNo("familyContactSafe", "Is it safe to contact the family?", true);
        String reason = answers.text("familyNotContactedReason", "The reason the family will not be contacted",
            Boolean.FALSE.equals(safe));
        answers.throwIfInvalid();
        support.escalateIfTicked(task, answers, e, support.actor(task));
        e.recordSocialWorkerContact(contacted, notes, safe, reason);
        return Map.of(FAMILY_CONTACT_SAFE.name(), safe);
      }
    };
  }

  @Bean
  FormHandler familyFeedback() {
    return new FormHandler() {
      public String formId() {
        return "family-feedback";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        return support.caseFacts(support.evaluation(task));
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        List<FamilyFeedback> feedback = new ArrayList<>();
        Boolean childSpoke = answers.yesNo("childFeedbackGiven", "Did the child or young person give feedback?", true);
        if (Boolean.TRUE.equals(childSpoke)) {
          Map<String, String> ratings = new LinkedHashMap<>();
          for (Map.Entry<String, String> quality : YOUNG_PEOPLE_QUALITIES.entrySet()) {
            Object value = answers.raw("yp_" + quality.getKey());
            String rating = value == null ? "not-asked" : value.toString();
            if (!RATINGS.contains(rating)) {
              answers.problem("\"" + quality.getValue() + "\" must be always, sometimes, never or not asked.");
            }
            ratings.put(quality.getKey(), rating);
          }
          String how = answers.text("childContactMethod", "How you spoke to the child", true, 100);
          String comments = answers.text("childComments", "What the child or young person told you", true);
          feedback.add(new FamilyFeedback(FamilyFeedback.Respondent.CHILD, "child or young person", how,
              toJson(ratings), comments));
        }
        int row = 0;
        for (Map<String, Object> parent : answers.rows("parentFeedback", "Feedback from parents and carers")) {
          row++;
          String who = answers.rowText(parent, "relationship", "Who gave feedback (row " + row + ")", true, 200);
          String how = answers.rowText(parent, "contactMethod", "How you spoke to them (row " + row + ")", false, 100);
          Map<String, String> ratings = new LinkedHashMap<>();
          for (String q : List.of("feltListenedTo", "understandsPlan", "supportMadeDifference")) {
            Object v = parent.get(q);
            ratings.put(q, v == null ? "not-asked" : v.toString());
          }
          String said = answers.rowText(parent, "comments", "What they told you (row " + row + ")", true,
              FormAnswers.MAX_TEXT);
          feedback.add(new FamilyFeedback(FamilyFeedback.Respondent.PARENT_CARER, who, how, toJson(ratings), said));
        }
        String noFeedback = answers.text("noFeedbackReason", "Why no feedback could be gathered", feedback.isEmpty()
            && answers.isValid());
        answers.throwIfInvalid();
        support.escalateIfTicked(task, answers, e, support.actor(task));
        e.replaceFeedback(feedback, noFeedback);
        return Map.of();
      }
    };
  }

  @Bean
  FormHandler completeEvaluation() {
    return new FormHandler() {
      public String formId() {
        return "complete-evaluation";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        Evaluation e = support.evaluation(task);
        Map<String, Object> values = new HashMap<>(support.caseFacts(e));
        values.put("actionOwners", FormSupport.options(owners(support, e)));
        values.putAll(support.toolValues(support.catalogue(e), task));
        values.putAll(support.earlierEvaluation(e));
        values.putAll(support.theme(e));
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        Catalogue catalogue = support.catalogue(e);
        List<SectionJudgement> sections = EvaluationSections.read(answers, catalogue, SectionJudgement.Stage.FIRST);
        List<EvaluationAction> actions = actions(answers, e);
        Grade grade = answers.grade("overallGrade", "the overall grade", true);
        boolean share = goodPracticeToShare(answers, catalogue);
        ThemeAnswers theme = support.themeAnswers(e, answers);
        answers.throwIfInvalid();
        String actor = support.actor(task);
        support.escalateIfTicked(task, answers, e, actor);
        e.replaceSections(SectionJudgement.Stage.FIRST, sections);
        e.replaceActions(actions);
        e.shareGoodPractice(share);
        theme.saveTo(e);
        e.grades().recordFirstGrade(grade, actor);
        return Map.of(FIRST_GRADE.name(), grade.code());
      }
    };
  }

  @Bean
  FormHandler reflectiveDiscussion() {
    return new FormHandler() {
      public String formId() {
        return "reflective-discussion";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        Evaluation e = support.evaluation(task);
        Map<String, Object> values = new HashMap<>(support.caseFacts(e));
        values.put("firstGradeText", FormSupport.label(e.grades().firstGrade()));
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        TeamView view = teamView(answers, "reflectiveDiscussionOn", "reflectiveDiscussion",
            "The reflective discussion with the team");
        String attendees = answers.text("reflectiveDiscussionAttendees", "Who took part", true, 2000);
        answers.throwIfInvalid();
        support.escalateIfTicked(task, answers, e, support.actor(task));
        e.reflectiveDiscussion().record(view.on(), attendees, view.discussion(), view.agrees(), view.grade(),
            view.reason());
        return Map.of();
      }
    };
  }

  /** Who may own an action: the case's social worker, team manager and practice manager. */
  static Map<String, String> owners(FormSupport support, Evaluation e) {
    Map<String, String> owners = new LinkedHashMap<>();
    owners.put(e.people().socialWorker(), support.name(e.people().socialWorker()) + " (social worker)");
    owners.put(e.people().teamManager(), support.name(e.people().teamManager()) + " (team manager)");
    owners.put(e.people().practiceManager(), support.name(e.people().practiceManager()) + " (practice manager)");
    return owners;
  }

  /**
   * The "share this example across Children's Services" box of the good practice section: the example is that
   * section's commentary, so a ticked box needs one.
   */
  static boolean goodPracticeToShare(FormAnswers answers, Catalogue catalogue) {
    Map<String, Object> row = EvaluationSections.row(answers, catalogue, Catalogue.Purpose.GOOD_PRACTICE);
    boolean share = Boolean.TRUE.equals(answers.rowYesNo(row, "share"));
    Object example = row.get("commentary");
    if (share && (example == null || example.toString().isBlank())) {
      answers.problem("Describe the good practice example to share across Children's Services.");
    }
    return share;
  }

  /** The actions: each with what, who (one of the case's people) and a due date that is not past. */
  static List<EvaluationAction> actions(FormAnswers answers, Evaluation e) {
    return actions(answers, e, "actions", "Action ", 0);
  }

  /** Actions from a list of the form ({@code listKey}), numbered in messages from {@code first} + 1. */
  static List<EvaluationAction> actions(FormAnswers answers, Evaluation e, String listKey, String word, int first) {
    List<EvaluationAction> actions = new ArrayList<>();
    int n = first;
    for (Map<String, Object> row : answers.rows(listKey, "The actions")) {
      n++;
      String what = answers.rowText(row, "description", word + n + ": what needs to be done", true,
          FormAnswers.MAX_SHORT_TEXT);
      String owner = answers.rowText(row, "owner", word + n + ": who will do it", true, 64);
      if (owner != null && !List.of(e.people().socialWorker(), e.people().teamManager(), e.people().practiceManager()).contains(owner)) {
        answers.problem(word + n + ": choose who will do it from the list.");
      }
      LocalDate due = answers.rowDate(row, "dueDate", word + n + ": the date it is due", true, When.TODAY_OR_LATER);
      String solution = answers.rowText(row, "solution", word + n + ": the suggested solution", false,
          FormAnswers.MAX_SHORT_TEXT);
      if (what != null && owner != null && due != null) {
        actions.add(new EvaluationAction(what, owner, due, solution));
      }
    }
    return actions;
  }

  /** The team's view of a grade, recorded after a discussion. */
  record TeamView(LocalDate on, String discussion, Boolean agrees, Grade grade, String reason) {}

  static TeamView teamView(FormAnswers answers, String dateKey, String discussionKey, String discussionLabel) {
    LocalDate on = answers.date(dateKey, "The date of the discussion", true, When.PAST_OR_TODAY);
    String discussion = answers.text(discussionKey, discussionLabel, true);
    Boolean agrees = answers.yesNo("teamAgreesWithGrade", "Does the team agree with the grade?", true);
    boolean disputed = Boolean.FALSE.equals(agrees);
    Grade grade = answers.grade("teamViewOfGrade", "the grade the team thinks is right", disputed);
    String reason = answers.text("teamViewReason", "The team's reasons", disputed);
    return new TeamView(on, discussion, agrees, grade, reason);
  }

  static String toJson(Map<String, String> map) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
