package org.practiceevaluations.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The first auditor's contact with the social worker and the family: when the social worker was contacted and what
 * was said, whether it was safe to contact the family (and why not), and why no feedback could be gathered although
 * it was safe to ask. The family's answers themselves are {@link FamilyFeedback}.
 */
@Embeddable
public class ContactRecord {

  @Column(name = "social_worker_contacted_on")
  private LocalDate socialWorkerContactedOn;
  @Column(name = "social_worker_contact_notes", length = 20000)
  private String socialWorkerContactNotes;
  @Column(name = "family_contact_safe")
  private Boolean familyContactSafe;
  @Column(name = "family_not_contacted_reason", length = 20000)
  private String familyNotContactedReason;
  /** Why no feedback could be gathered although it was safe to ask (nobody answered, declined, ...). */
  @Column(name = "no_feedback_reason", length = 20000)
  private String noFeedbackReason;

  protected ContactRecord() {}

  void socialWorkerContacted(LocalDate contactedOn, String notes, boolean familyContactSafe,
      String notContactedReason) {
    this.socialWorkerContactedOn = contactedOn;
    this.socialWorkerContactNotes = notes;
    this.familyContactSafe = familyContactSafe;
    this.familyNotContactedReason = familyContactSafe ? null : notContactedReason;
  }

  void noFeedback(String reason) {
    this.noFeedbackReason = reason;
  }

  public LocalDate socialWorkerContactedOn() { return socialWorkerContactedOn; }
  public String socialWorkerContactNotes() { return socialWorkerContactNotes; }
  public Boolean familyContactSafe() { return familyContactSafe; }
  public String familyNotContactedReason() { return familyNotContactedReason; }
  public String noFeedbackReason() { return noFeedbackReason; }
}
