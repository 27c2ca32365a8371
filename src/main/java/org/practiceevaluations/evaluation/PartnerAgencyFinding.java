package org.practiceevaluations.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A partner agency taking part in a multi-agency thematic evaluation, and what it found. */
@Embeddable
public class PartnerAgencyFinding {

  @Column(name = "agency", nullable = false, length = 200)
  private String agency;
  @Column(name = "findings", length = 20000)
  private String findings;

  protected PartnerAgencyFinding() {}

  public PartnerAgencyFinding(String agency, String findings) {
    this.agency = agency;
    this.findings = findings;
  }

  public String getAgency() { return agency; }
  public String getFindings() { return findings; }
}
