package org.practiceevaluations.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when a mail server is configured ({@code spring.mail.host}, which makes Spring Boot create a
 * {@link JavaMailSender}); otherwise the outbox.
 */
@Configuration
public class MailChannelConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(MailChannelConfiguration.class);

  @Bean
  public MailChannel mailChannel(ObjectProvider<JavaMailSender> mailSender, JdbcTemplate jdbc, Clock clock,
      @Value("${practice-evaluations.mail.from}") String from,
      @Value("${practice-evaluations.mail.from-name:${practice-evaluations.council-name}}") String fromName) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender != null) {
      LOG.info("Notifications are sent by e-mail (spring.mail.host is set)");
      return new SmtpChannel(sender, from, fromName);
    }
    LOG.info("Notifications go to the outbox (GET /api/outbox): no mail server is configured (spring.mail.host)");
    return new OutboxChannel(jdbc, clock);
  }
}
