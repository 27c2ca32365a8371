package org.practiceevaluations.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A thematic evaluation's answer to one of its theme's key lines of enquiry (docs/guide.md, "Thematic audits and
 * re-audits"): the line as the theme had it when the answer was given, and what the auditor found.
 */
@Embeddable
public class EnquiryAnswer {

  @Column(name = "line_of_enquiry", nullable = false, length = 2000)
  private String lineOfEnquiry;
  @Column(name = "answer", length = 20000)
  private String answer;

  protected EnquiryAnswer() {}

  public EnquiryAnswer(String lineOfEnquiry, String answer) {
    this.lineOfEnquiry = lineOfEnquiry;
    this.answer = answer;
  }

  public String getLineOfEnquiry() { return lineOfEnquiry; }
  public String getAnswer() { return answer; }
}
