package org.practiceevaluations.evaluation.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.springframework.stereotype.Component;

/** "Gather feedback from the child and family": the child's and the parents' and carers' views of the social worker. */
@Component
public class FamilyFeedbackForm implements FormHandler {

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

  public FamilyFeedbackForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "family-feedback";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    return support.caseFacts(support.evaluation(task));
  }

  @Override
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

  private static String toJson(Map<String, String> map) {
    try {
      return new ObjectMapper().writeValueAsString(map);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
