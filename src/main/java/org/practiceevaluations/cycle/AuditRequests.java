package org.practiceevaluations.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for a case to be added to the monthly cycle (docs/guide.md, "The monthly audit cycle, requests and audit
 * types"): recorded, decided, queued.
 */
@Service
@Transactional
public class AuditRequests {

  private final AuditRequestRepository requests;
  private final QueuedCaseRepository queue;
  private final CaseRegister register;
  private final ReferenceGenerator references;
  private final Clock clock;

  public AuditRequests(AuditRequestRepository requests, QueuedCaseRepository queue, CaseRegister register,
      ReferenceGenerator references, Clock clock) {
    this.requests = requests;
    this.queue = queue;
    this.register = register;
    this.references = references;
    this.clock = clock;
  }

  /** Thrown when a request cannot be accepted as made; lists every problem. */
  public static class RequestRefused extends RuntimeException {
    public RequestRefused(List<String> problems) {
      super("The request was not made: " + String.join(" ", problems));
    }
  }

  public AuditRequest record(String childReference, String requestedBy, String reasonCode, String reasonText,
      String details, String processInstanceId) {
    List<String> problems = new ArrayList<>();
    ChildCase childCase = null;
    if (childReference == null || childReference.isBlank()) {
      problems.add("Give the child reference.");
    } else {
      childCase = register.find(childReference.trim()).orElse(null);
      if (childCase == null || !childCase.isOpen()) {
        // the same words for a reference that is not on the register and for a closed case: a refusal says nothing
        // of a child the requester may not know
        problems.add("An evaluation can be requested only for an open case: check the child reference "
            + childReference.trim() + ".");
      }
    }
    AuditRequest.Reason reason = AuditRequest.Reason.parse(reasonCode);
    if (reason == null) {
      problems.add("Choose why you want an evaluation.");
    }
    if (reason == AuditRequest.Reason.OTHER && (reasonText == null || reasonText.isBlank())) {
      problems.add("Say what the other reason is.");
    }
    if (reasonText != null && reasonText.length() > 2000) {
      problems.add("The reason is longer than 2000 characters.");
    }
    if (details != null && details.length() > 20_000) {
      problems.add("The details are longer than 20000 characters.");
    }
    if (requestedBy == null) {
      problems.add("The request must come from a logged-in person.");
    }
    if (!problems.isEmpty()) {
      throw new RequestRefused(problems);
    }
    Instant now = clock.instant();
    int year = now.atZone(clock.getZone()).getYear();
    return requests.save(new AuditRequest(references.next("AR", year), childCase.getChildReference(), requestedBy,
        now, reason, blank(reasonText), blank(details), processInstanceId));
  }

  public AuditRequest get(String reference) {
    return requests.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No audit request " + reference + "."));
  }

  public void decide(String reference, boolean accepted, String by, String reason) {
    get(reference).decide(accepted, by, reason, clock.instant());
  }

  /** An accepted request waits for the next monthly cycle. */
  public QueuedCase queue(String reference) {
    AuditRequest request = get(reference);
    return queue.save(QueuedCase.request(request.getChildReference(), request.getReference(), LocalDate.now(clock),
        clock.instant()));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
