package org.practiceevaluations.common;

/** One problem in an uploaded file: the line it is on (the header is line 1) and what is wrong, in plain words. */
public record LineError(long line, String reason) {}
