package org.practiceevaluations.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link DatabaseOutageFilter} before the log-in filters (order 1) of every door into the application. */
@Configuration
public class DatabaseOutageConfiguration {

  @Bean
  public FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath, ObjectMapper json) {
    FilterRegistrationBean<DatabaseOutageFilter> registration =
        new FilterRegistrationBean<>(new DatabaseOutageFilter(json));
    registration.setName("database-outage");
    registration.addUrlPatterns(restPath + "/*", "/api/*", "/camunda/*");
    registration.setOrder(0);
    return registration;
  }
}
