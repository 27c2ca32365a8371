package org.practiceevaluations.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link RefusalMessageFilter} on the two doors forms are submitted through: REST and Tasklist. */
@Configuration
public class RefusalMessageConfiguration {

  @Bean
  public FilterRegistrationBean<RefusalMessageFilter> refusalMessageFilter(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath, ObjectMapper json) {
    FilterRegistrationBean<RefusalMessageFilter> registration =
        new FilterRegistrationBean<>(new RefusalMessageFilter(json));
    registration.setName("refusal-message");
    registration.addUrlPatterns(restPath + "/*", "/camunda/api/engine/*");
    // inside the database outage filter (0); it only rewrites the answer, so its place among the log-in filters (1)
    // does not matter
    registration.setOrder(1);
    return registration;
  }
}
