package org.practiceevaluations.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the product's main thread spends its start: the execution samples of a Java Flight Recorder recording of
 * one start ({@code -Dbench.start-profile=true}), counted per method inclusively (a method counts once per sample
 * it is on the stack of), for the methods of the application and of the libraries that do the start's work. Printed
 * as progress lines, not part of the table.
 */
final class StartProfile {

  private static final List<String> WATCHED = List.of("org.practiceevaluations.", "org.flywaydb.core.Flyway.",
      "org.hibernate.", "org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl.init",
      "org.camunda.bpm.engine.impl.ProcessEngineImpl.", "org.camunda.bpm.engine.impl.SchemaOperationsProcessEngineBuild",
      "org.camunda.bpm.engine.impl.cmd.DeployCmd.", "org.camunda.bpm.spring.boot.starter.",
      "org.camunda.bpm.webapp.", "org.camunda.bpm.cockpit.", "org.camunda.bpm.tasklist.", "org.camunda.bpm.admin.",
      "org.glassfish.jersey.server.ApplicationHandler.", "org.thymeleaf.", "org.apache.pdfbox.",
      "com.openhtmltopdf.", "org.apache.poi.", "org.springframework.boot.SpringApplication.",
      "org.springframework.boot.web.embedded.tomcat.", "org.springframework.context.support.AbstractApplicationContext.",
      "org.springframework.beans.factory.support.DefaultListableBeanFactory.preInstantiateSingletons",
      "org.springframework.boot.autoconfigure.", "org.springframework.security.", "org.apache.catalina.core.StandardContext.",
      "org.springframework.orm.jpa.", "org.springframework.data.", "org.h2.", "org.postgresql.", "com.zaxxer.hikari.");

  private StartProfile() {}

  static void print(Path recording, Report report) {
    Map<String, Integer> inclusive = new HashMap<>();
    java.util.TreeMap<Long, Map<String, Integer>> timeline = new java.util.TreeMap<>();
    long first = Long.MAX_VALUE;
    List<RecordedEvent> kept = new java.util.ArrayList<>();
    int samples = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getThread("sampledThread") == null
            || !"main".equals(event.getThread("sampledThread").getJavaName()) || event.getStackTrace() == null) {
          continue;
        }
        // only the start itself: samples inside SpringApplication.run
        if (event.getStackTrace().getFrames().stream().noneMatch(f -> f.getMethod().getName().equals("run")
            && f.getMethod().getType().getName().equals("org.springframework.boot.SpringApplication"))) {
          continue;
        }
        samples++;
        kept.add(event);
        first = Math.min(first, event.getStartTime().toEpochMilli());
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
          String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
          if (WATCHED.stream().anyMatch(method::startsWith) && seen.add(method)) {
            inclusive.merge(method, 1, Integer::sum);
          }
        }
      }
      // a timeline: per half second, the innermost watched method of each sample
      for (RecordedEvent event : kept) {
        long slot = (event.getStartTime().toEpochMilli() - first) / 500;
        String innermost = event.getStackTrace().getFrames().stream()
            .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName())
            .filter(m -> WATCHED.stream().anyMatch(m::startsWith) && !m.startsWith("org.springframework.boot.SpringApplication")
                && !m.startsWith("org.springframework.context.support.AbstractApplicationContext")
                && !m.startsWith("org.springframework.beans.factory.support.DefaultListableBeanFactory"))
            .findFirst().orElse("(other)");
        timeline.computeIfAbsent(slot, k -> new HashMap<>()).merge(innermost, 1, Integer::sum);
      }
    } catch (IOException e) {
      report.progress("start profile: cannot read %s (%s)", recording, e.getMessage());
      return;
    }
    int total = samples;
    report.progress("start profile (%s): %d samples of the main thread; inclusive share per method:", recording,
        total);
    inclusive.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(70)
        .forEach(e -> report.progress("  %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    report.progress("start timeline (half seconds from the first sample in SpringApplication.run):");
    timeline.forEach((slot, methods) -> report.progress("  %5.1f s  %s", slot / 2.0, methods.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
        .map(e -> e.getKey().replace("org.springframework.", "o.s.").replace("org.camunda.bpm.", "o.c.b.")
            .replace("org.practiceevaluations.", "o.p.") + " " + e.getValue())
        .collect(java.util.stream.Collectors.joining(", "))));
  }
}
