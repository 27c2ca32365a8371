package org.practiceevaluations.engine;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ClockConfiguration {

  /** Deadlines are council working days, in the council's time zone. */
  @Bean
  public Clock clock(@Value("${practice-evaluations.time-zone:Europe/London}") String zone) {
    return new EngineClock(ZoneId.of(zone));
  }
}
