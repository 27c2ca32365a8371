package org.practiceevaluations.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;

import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.concern.CaseOfConcern;
import org.practiceevaluations.concern.CaseOfConcernRepository;
import org.practiceevaluations.concern.Concerns;
import org.practiceevaluations.journey.TasklistClient;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same thing sent twice is recorded once: a safety escalation, a case of concern. */
@AppTest
class DoublesTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService managementService;
  @Autowired Concerns concerns;
  @Autowired CaseOfConcernRepository concernRows;

  @Test
  void aSafetyEscalationRepeatedWithTheSameIdempotencyKeyIsRecordedOnce() {
    String reference = allocate("C105865", "pmurphy");
    Http auditor = Http.basic(port, "pmurphy", DemoUsers.PASSWORD);
    String path = "/api/evaluations/" + reference + "/safety-escalations";
    Map<String, String> key = Map.of("Idempotency-Key", "pmurphy-" + reference + "-1");

    for (int attempt = 0; attempt < 3; attempt++) {
      Http.Response answer = auditor.send("POST", path, "application/json",
          ("{\"concern\": \"Attempt " + attempt + ": the child said she is afraid to go home.\"}").getBytes(), key);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
    }
    assertThat(escalations(reference)).as("one key, one escalation").isEqualTo(1);

    String concern = "{\"concern\": \"A second, different worry: the baby was not seen at the visit.\"}";
    assertThat(auditor.sendJson("POST", path, concern, false).status()).isEqualTo(202);
    assertThat(auditor.sendJson("POST", path, concern, false).status()).isEqualTo(202);
    assertThat(escalations(reference)).as("the same concern sent twice the same day without a key: once")
        .isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_ACTINST where PROC_INST_ID_ = ? and ACT_ID_ = ?",
        Long.class, instanceOf(reference), "SubProcess_SafetyEscalation"))
        .as("the evaluation took each escalation once").isEqualTo(2);
  }

  @Test
  void anEvaluationHasOneCaseOfConcernAtMost() {
    String reference = allocate("C105791", "pmurphy");
    CaseOfConcern first = concerns.open(reference, null);

    assertThatThrownBy(() -> concerns.open(reference, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already has case of concern " + first.getReference());
    assertThatThrownBy(() -> jdbc.update("insert into pe_case_of_concern (reference, child_reference, "
        + "first_evaluation_reference, current_evaluation_reference, status, opened_at) values (?, ?, ?, ?, ?, ?)",
        "CC-TEST-DOUBLE", "C105791", reference, reference, "OPEN", java.sql.Timestamp.from(Instant.now())))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(concernRows.findByFirstEvaluationReference(reference)).hasValueSatisfying(
        c -> assertThat(c.getReference()).isEqualTo(first.getReference()));
  }

  private String allocate(String child, String auditor) {
    Http.Response started = new TasklistClient(port, DemoUsers.AUDIT_MANAGER).startProcess("practice-evaluation",
        Map.of("childReference", child, "evaluationType", "monthly", "auditor", auditor));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String reference = started.json().get("businessKey").asText();
    BackgroundSteps.run(managementService);
    return reference;
  }

  private long escalations(String reference) {
    return jdbc.queryForObject("select count(*) from pe_safety_escalation s join pe_evaluation e on "
        + "s.evaluation_id = e.id where e.reference = ?", Long.class, reference);
  }

  private String instanceOf(String reference) {
    return jdbc.queryForObject("select process_instance_id from pe_evaluation where reference = ?", String.class,
        reference);
  }
}
