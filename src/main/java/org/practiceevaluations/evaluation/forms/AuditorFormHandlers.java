package org.practiceevaluations.evaluation.forms;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.Judgement;
import org.practiceevaluations.evaluation.Section;
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
        return Map.of(FAMILY_CONTACT_SAFE, safe);
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
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put(e.getSocialWorker(), support.name(e.getSocialWorker()) + " (social worker)");
        owners.put(e.getTeamManager(), support.name(e.getTeamManager()) + " (team manager)");
        owners.put(e.getPracticeManager(), support.name(e.getPracticeManager()) + " (practice manager)");
        values.put("actionOwners", FormSupport.options(owners));
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        List<SectionJudgement> sections = sections(answers, SectionJudgement.Stage.FIRST);
        List<EvaluationAction> actions = actions(answers, e);
        Grade grade = answers.grade("overallGrade", "the overall grade", true);
        boolean share = answers.ticked("goodPracticeToShare");
        answers.throwIfInvalid();
        String actor = support.actor(task);
        support.escalateIfTicked(task, answers, e, actor);
        e.replaceSections(SectionJudgement.Stage.FIRST, sections);
        e.replaceActions(actions);
        e.shareGoodPractice(share);
        e.recordFirstGrade(grade, actor);
        return Map.of(FIRST_GRADE, grade.code());
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
        values.put("firstGradeText", FormSupport.label(e.getFirstGrade()));
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        TeamView view = teamView(answers, "reflectiveDiscussionOn", "reflectiveDiscussion",
            "The reflective discussion with the team");
        String attendees = answers.text("reflectiveDiscussionAttendees", "Who took part", true, 2000);
        answers.throwIfInvalid();
        support.escalateIfTicked(task, answers, e, support.actor(task));
        e.recordReflectiveDiscussion(view.on(), attendees, view.discussion(), view.agrees(), view.grade(),
            view.reason());
        return Map.of();
      }
    };
  }

  /** Sections 1 to 14 of the evaluation form: a judgement each, a commentary required when judged. */
  static List<SectionJudgement> sections(FormAnswers answers, SectionJudgement.Stage stage) {
    List<SectionJudgement> sections = new ArrayList<>();
    for (Section section : Section.judged()) {
      String label = "section " + section.number() + " (" + section.title() + ")";
      Judgement judgement = answers.judgement("section" + section.number() + "Judgement", label);
      String commentary = answers.text("section" + section.number() + "Commentary", "The commentary in " + label,
          judgement != null && judgement.isJudged());
      if (judgement != null) {
        sections.add(new SectionJudgement(stage, section, judgement, commentary));
      }
    }
    return sections;
  }

  /** Section 13's actions: each with what, who (one of the case's people) and a due date that is not past. */
  static List<EvaluationAction> actions(FormAnswers answers, Evaluation e) {
    List<EvaluationAction> actions = new ArrayList<>();
    int n = 0;
    for (Map<String, Object> row : answers.rows("actions", "The actions")) {
      n++;
      String what = answers.rowText(row, "description", "Action " + n + ": what needs to be done", true,
          FormAnswers.MAX_SHORT_TEXT);
      String owner = answers.rowText(row, "owner", "Action " + n + ": who will do it", true, 64);
      if (owner != null && !List.of(e.getSocialWorker(), e.getTeamManager(), e.getPracticeManager()).contains(owner)) {
        answers.problem("Action " + n + ": choose who will do it from the list.");
      }
      LocalDate due = answers.rowDate(row, "dueDate", "Action " + n + ": the date it is due", true, When.TODAY_OR_LATER);
      String solution = answers.rowText(row, "solution", "Action " + n + ": the suggested solution", false,
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
