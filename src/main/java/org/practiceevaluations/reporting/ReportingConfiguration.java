package org.practiceevaluations.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.practiceevaluations.filing.ReportDocuments;
import org.practiceevaluations.learning.LearningSettings;
import org.practiceevaluations.learning.LearningThemes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The reports' renderers, built once at start, with the council's name and logo; the schedules' settings bean. */
@Configuration
public class ReportingConfiguration {

  @Bean
  public ReportFormats reportFormats(Clock clock) {
    return new ReportFormats(clock.getZone());
  }

  @Bean
  public ReportDocuments reportDocuments(@Value("${practice-evaluations.council-name}") String councilName,
      @Value("${practice-evaluations.council-logo:}") String logo, ResourceLoader resources, ReportFormats formats) {
    return new ReportDocuments(councilName, logo(logo, resources), formats);
  }

  @Bean
  public QuarterlyPresentation quarterlyPresentation(@Value("${practice-evaluations.council-name}") String councilName,
      @Value("${practice-evaluations.council-logo:}") String logo, ResourceLoader resources, ReportFormats formats) {
    return new QuarterlyPresentation(councilName, logo(logo, resources), formats);
  }

  @Bean
  public QuarterlyReportPdf quarterlyReportPdf(ReportDocuments documents) {
    return new QuarterlyReportPdf(documents);
  }

  @Bean
  public QuarterlyWorkbook quarterlyWorkbook(ReportFormats formats) {
    return new QuarterlyWorkbook(formats);
  }

  @Bean
  public LearningThemes learningThemes(LearningSettings settings) {
    return new LearningThemes(settings.learningNeedsThemes());
  }

  /** What the schedule's timer start events read ({@code ${learningSchedule.qaMeetingCron}}, ...). */
  @Bean("learningSchedule")
  @org.practiceevaluations.deployment.ForModels
  public LearningSettings.Schedule learningSchedule(LearningSettings settings) {
    return new LearningSettings.Schedule(settings);
  }

  private static byte[] logo(String location, ResourceLoader resources) {
    if (location == null || location.isBlank()) {
      return null;
    }
    try (InputStream in = resources.getResource(location).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("practice-evaluations.council-logo: cannot read " + location, e);
    }
  }
}
