package org.practiceevaluations.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** The evaluation PDF renderer and the wording of the case notes, built once at start. */
@Configuration
public class RecordingConfiguration {

  @Bean
  public Wording recordingWording(Clock clock, ObjectMapper json) {
    return new Wording(clock.getZone(), json);
  }

  @Bean
  public CaseAuditNotes caseAuditNotes(Wording recordingWording) {
    return new CaseAuditNotes(recordingWording);
  }

  /** Fails the start, with the property's name, when the logo cannot be read or is not PNG or JPEG. */
  @Bean
  public EvaluationPdf evaluationPdf(@Value("${practice-evaluations.council-name}") String councilName,
      @Value("${practice-evaluations.council-logo:}") String logoLocation,
      Clock clock, ResourceLoader resources, ObjectMapper json) {
    byte[] logo = null;
    if (!logoLocation.isBlank()) {
      Resource resource = resources.getResource(logoLocation);
      try (InputStream in = resource.getInputStream()) {
        logo = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("practice-evaluations.council-logo: cannot read " + logoLocation, e);
      }
    }
    return new EvaluationPdf(councilName, logo, clock, json);
  }
}
