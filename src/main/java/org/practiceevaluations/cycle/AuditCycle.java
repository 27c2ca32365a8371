package org.practiceevaluations.cycle;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of evaluations chosen together: a month's cycle, or a thematic audit's cohort. Proposed first, reviewed
 * (and changed) by the audit manager, then started. The seed makes the selection reproducible.
 */
@Entity
@Table(name = "pe_audit_cycle")
public class AuditCycle {

  public enum Kind { MONTHLY, THEMATIC }

  public enum Status { PROPOSED, STARTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false, unique = true, length = 30)
  private String reference;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;
  @Column(name = "cycle_date", nullable = false)
  private LocalDate cycleDate;
  @Column(nullable = false)
  private long seed;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.PROPOSED;
  @Column(name = "theme_reference", length = 20)
  private String themeReference;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "started_at")
  private Instant startedAt;
  /** Cases that could not be allocated, one reason a line. */
  @Column(length = 20000)
  private String unallocated;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;
  @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC")
  private List<CycleCase> cases = new ArrayList<>();
  @Version
  private long version;

  protected AuditCycle() {}

  public AuditCycle(String reference, Kind kind, LocalDate cycleDate, long seed, String themeReference,
      Instant createdAt, String processInstanceId) {
    this.reference = reference;
    this.kind = kind;
    this.cycleDate = cycleDate;
    this.seed = seed;
    this.themeReference = themeReference;
    this.createdAt = createdAt;
    this.processInstanceId = processInstanceId;
  }

  public void propose(List<CycleCase> proposals, List<String> notAllocated) {
    cases.clear();
    int position = 1;
    for (CycleCase c : proposals) {
      c.attachTo(this, position++);
      cases.add(c);
    }
    this.unallocated = notAllocated.isEmpty() ? null : String.join("\n", notAllocated);
  }

  /** A case the audit manager added by hand at review. */
  public void add(CycleCase c) {
    c.attachTo(this, cases.size() + 1);
    cases.add(c);
  }

  public void markStarted(Instant at) {
    this.status = Status.STARTED;
    this.startedAt = at;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public Kind getKind() { return kind; }
  public LocalDate getCycleDate() { return cycleDate; }
  public long getSeed() { return seed; }
  public Status getStatus() { return status; }
  public String getThemeReference() { return themeReference; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getStartedAt() { return startedAt; }
  public String getUnallocated() { return unallocated; }
  public String getProcessInstanceId() { return processInstanceId; }
  public List<CycleCase> getCases() { return cases; }
}
