package org.practiceevaluations.reporting;

import java.time.Instant;

/** A case of concern, for the reports: the team of the evaluation that opened it, when it opened and closed. */
public record ConcernFacts(String reference, String teamCode, Instant openedAt, Instant closedAt) {}
