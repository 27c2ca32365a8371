package org.practiceevaluations.reporting;

/**
 * How often one statement of what good looks like was found met across a set of evaluations: of the evaluations
 * whose tool offered it in a section judged relevant ({@code offered}), how many found it met.
 *
 * @param key "section/statement"
 * @param metShare met of offered; null when none offered it
 */
public record StatementResult(String key, String section, String text, int offered, int met, Double metShare) {}
