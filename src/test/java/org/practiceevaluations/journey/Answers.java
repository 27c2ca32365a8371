package org.practiceevaluations.journey;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.support.ShippedCatalogue;

/** Realistic answers to the evaluation's forms, as staff would type them. */
public final class Answers {

  private Answers() {}

  public static Map<String, Object> allocationRead() {
    return Map.of("checklistConfirmed", true);
  }

  public static Map<String, Object> socialWorkerContacted(boolean familySafe) {
    Map<String, Object> a = new HashMap<>();
    a.put("socialWorkerContactedOn", LocalDate.now().toString());
    a.put("socialWorkerContactNotes", "Spoke to the social worker: mum works shifts, best contacted on Tuesdays.");
    a.put("familyContactSafe", familySafe ? "yes" : "no");
    if (!familySafe) {
      a.put("familyNotContactedReason", "Contact could alert a parent to a police investigation.");
    }
    return a;
  }

  public static Map<String, Object> familyFeedback() {
    Map<String, Object> a = new HashMap<>();
    a.put("childFeedbackGiven", "yes");
    a.put("childContactMethod", "home visit with her foster carer present");
    for (String quality : List.of("listensToMe", "explainsThings", "doesWhatTheySay", "honestWithMe",
        "getsToKnowMe", "canContact", "keepsPeopleClose", "madeADifference")) {
      a.put("yp_" + quality, "always");
    }
    a.put("childComments", "She said her social worker always comes when she says she will.");
    a.put("parentFeedback", List.of(Map.of("relationship", "mother", "contactMethod", "telephone",
        "feltListenedTo", "yes", "understandsPlan", "partly", "supportMadeDifference", "yes",
        "comments", "Mum felt listened to and said the family time plan helps.")));
    return a;
  }

  /** The evaluation form: every section of the shipped catalogue answered, two actions, the overall grade. */
  public static Map<String, Object> evaluation(String grade, String socialWorker, String teamManager) {
    Map<String, Object> a = sections(grade, "First auditor");
    a.put("actions", List.of(
        Map.of("description", "Update the chronology to cover the last six months.", "owner", socialWorker,
            "dueDate", LocalDate.now().plusDays(30).toString(), "solution", "Use the chronology template."),
        Map.of("description", "Hold a supervision focused on the child's plan.", "owner", teamManager,
            "dueDate", LocalDate.now().plusDays(14).toString())));
    a.put("overallGrade", grade);
    return a;
  }

  /** The list of sections of the shipped catalogue: statements met, judgement and commentary of each. */
  public static Map<String, Object> sections(String grade, String who) {
    Map<String, Object> a = new HashMap<>();
    a.put("sections", ShippedCatalogue.answers(grade, who));
    return a;
  }

  public static Map<String, Object> reflectiveDiscussion(boolean teamAgrees) {
    Map<String, Object> a = new HashMap<>();
    a.put("reflectiveDiscussionOn", LocalDate.now().toString());
    a.put("reflectiveDiscussionAttendees", "Social worker, team manager");
    a.put("reflectiveDiscussion", "We talked through the strengths of the direct work and the actions.");
    a.put("teamAgreesWithGrade", teamAgrees ? "yes" : "no");
    if (!teamAgrees) {
      a.put("teamViewOfGrade", "good");
      a.put("teamViewReason", "The team feels the impact of the plan was under-weighted.");
    }
    return a;
  }

  public static Map<String, Object> moderation(String grade) {
    Map<String, Object> a = sections(grade, "Moderator");
    a.put("moderatedGrade", grade);
    a.put("learningForAuditor", "Weigh the impact for the child more heavily than the process.");
    a.put("learningForTeam", "Record direct work promptly.");
    return a;
  }

  public static Map<String, Object> moderationDiscussion() {
    Map<String, Object> a = new HashMap<>();
    a.put("moderationDiscussionOn", LocalDate.now().toString());
    a.put("moderationDiscussion", "Discussed with the first auditor and the team; the difference was understood.");
    a.put("teamAgreesWithGrade", "yes");
    return a;
  }

  public static Map<String, Object> supervision() {
    return Map.of("supervisionOn", LocalDate.now().toString(),
        "supervisionNotes", "Discussed the evaluation with the social worker; actions agreed.");
  }

  public static Map<String, Object> caseNote() {
    return Map.of("caseNote", "Chronology update started; supervision on the plan booked for next week.");
  }
}
