package org.practiceevaluations.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A service area's monthly QA meeting: its month, when it is due, and what the practice manager recorded. */
@Entity
@Table(name = "pe_qa_meeting")
public class QaMeeting {

  public enum Status { PREPARED, HELD }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false, unique = true, length = 30)
  private String reference;
  @Column(name = "service_area_code", nullable = false, length = 40)
  private String serviceAreaCode;
  @Column(name = "meeting_month", nullable = false, length = 7)
  private String month;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.PREPARED;
  @Column(name = "prepared_at", nullable = false)
  private Instant preparedAt;
  @Column(name = "due_at", nullable = false)
  private Instant dueAt;
  @Column(name = "held_on")
  private LocalDate heldOn;
  @Column(length = 2000)
  private String attendees;
  @Column(length = 20000)
  private String notes;
  @Column(name = "recorded_by", length = 64)
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;
  @Version
  private long version;

  protected QaMeeting() {}

  QaMeeting(String reference, String serviceAreaCode, YearMonth month, Instant preparedAt, Instant dueAt,
      String processInstanceId) {
    this.reference = reference;
    this.serviceAreaCode = serviceAreaCode;
    this.month = month.toString();
    this.preparedAt = preparedAt;
    this.dueAt = dueAt;
    this.processInstanceId = processInstanceId;
  }

  void record(LocalDate heldOn, String attendees, String notes, String recordedBy, Instant at) {
    this.heldOn = heldOn;
    this.attendees = attendees;
    this.notes = notes;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
    this.status = Status.HELD;
  }

  public YearMonth month() {
    return YearMonth.parse(month);
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getServiceAreaCode() { return serviceAreaCode; }
  public Status getStatus() { return status; }
  public Instant getPreparedAt() { return preparedAt; }
  public Instant getDueAt() { return dueAt; }
  public LocalDate getHeldOn() { return heldOn; }
  public String getAttendees() { return attendees; }
  public String getNotes() { return notes; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
