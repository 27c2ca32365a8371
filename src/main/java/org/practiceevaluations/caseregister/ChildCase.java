package org.practiceevaluations.caseregister;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.practiceevaluations.directory.Team;

/**
 * A child's case on the register: who holds it, the child's legal status and the dates behind the monthly
 * cycle's categories ("most recently looked after", "most recently subject to a child protection plan").
 * The child's name and date of birth are personal data: never logged, never in a process variable's name.
 */
@Entity
@Table(name = "pe_child_case")
public class ChildCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The reference of the child on the council's case-management system. */
  @Column(name = "child_reference", nullable = false, unique = true, length = 40)
  private String childReference;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "team_id", nullable = false)
  private Team team;

  /** Camunda user id of the allocated social worker. */
  @Column(name = "allocated_worker", nullable = false, length = 64)
  private String allocatedWorker;

  /** Camunda user id of the IRO or conference chair, where there is one. */
  @Column(name = "iro", length = 64)
  private String iro;

  @Convert(converter = LegalStatusConverter.class)
  @Column(name = "legal_status", nullable = false, length = 40)
  private LegalStatus legalStatus;

  @Column(name = "looked_after_since")
  private LocalDate lookedAfterSince;

  @Column(name = "cp_plan_since")
  private LocalDate childProtectionPlanSince;

  @Column(name = "is_open", nullable = false)
  private boolean open;

  /** The day an import first found the case closed (retention counts from it); null while open. */
  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Version
  private long version;

  protected ChildCase() {}

  public ChildCase(String childReference) {
    this.childReference = childReference;
  }

  /** Sets every register field at once (import and updates alike). */
  public void update(String firstName, String lastName, LocalDate dateOfBirth, Team team, String allocatedWorker,
      String iro, LegalStatus legalStatus, LocalDate lookedAfterSince, LocalDate childProtectionPlanSince,
      boolean open) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.dateOfBirth = dateOfBirth;
    this.team = team;
    this.allocatedWorker = allocatedWorker;
    this.iro = iro;
    this.legalStatus = legalStatus;
    this.lookedAfterSince = lookedAfterSince;
    this.childProtectionPlanSince = childProtectionPlanSince;
    this.open = open;
  }

  public Long getId() {
    return id;
  }

  public String getChildReference() {
    return childReference;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getChildName() {
    return firstName + " " + lastName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public Team getTeam() {
    return team;
  }

  public String getAllocatedWorker() {
    return allocatedWorker;
  }

  public String getIro() {
    return iro;
  }

  public LegalStatus getLegalStatus() {
    return legalStatus;
  }

  public LocalDate getLookedAfterSince() {
    return lookedAfterSince;
  }

  public LocalDate getChildProtectionPlanSince() {
    return childProtectionPlanSince;
  }

  public boolean isOpen() {
    return open;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  /** Keeps the closing date: the first day the case is seen closed; a case opened again has none. */
  public void noteClosure(LocalDate today) {
    if (open) {
      closedOn = null;
    } else if (closedOn == null) {
      closedOn = today;
    }
  }

  @Converter
  static class LegalStatusConverter implements AttributeConverter<LegalStatus, String> {
    @Override
    public String convertToDatabaseColumn(LegalStatus status) {
      return status == null ? null : status.code();
    }

    @Override
    public LegalStatus convertToEntityAttribute(String code) {
      return LegalStatus.parse(code);
    }
  }
}
