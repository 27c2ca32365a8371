package org.practiceevaluations.evaluation;

import java.time.Instant;

/** The first auditor's dates, worked out from the evaluation-deadlines decision at allocation. */
public record DeadlineDates(Instant auditDue, Instant auditReminder, String auditOverdueCycle,
    Instant disputeDue, String actionsReminderCycle) {}
