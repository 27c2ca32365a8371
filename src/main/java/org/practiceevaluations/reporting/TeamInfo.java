package org.practiceevaluations.reporting;

/** A team of the directory and its service area, as the reports group them. */
public record TeamInfo(String code, String name, String areaCode, String areaName) {}
