package org.practiceevaluations.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Free text typed into a start form (a safety concern, the reasons for a request), kept here from the moment the
 * form is submitted until the process's first step takes it into its own table, all in one transaction. It never
 * becomes a process variable: the engine's text column holds 4,000 characters and its history would keep a copy.
 */
@Entity
@Table(name = "pe_start_answer")
public class StartAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 20000)
  private String answer;

  @Column(name = "kept_at", nullable = false)
  private Instant keptAt;

  protected StartAnswer() {}

  StartAnswer(String processInstanceId, String name, String answer, Instant keptAt) {
    this.processInstanceId = processInstanceId;
    this.name = name;
    this.answer = answer;
    this.keptAt = keptAt;
  }

  public String getName() {
    return name;
  }

  public String getAnswer() {
    return answer;
  }
}
