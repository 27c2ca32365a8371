package org.practiceevaluations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Practice Evaluations: children's services case audits on embedded Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PracticeEvaluationsApplication {

  public static void main(String[] args) {
    SpringApplication.run(PracticeEvaluationsApplication.class, args);
  }
}
