package org.practiceevaluations.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * How mail leaves ({@code practice-evaluations.mail.channel}): {@code auto} (the default) is SMTP when a mail server
 * is configured ({@code spring.mail.host}, which makes Spring Boot create a {@link JavaMailSender}) and otherwise
 * the outbox; {@code smtp}, {@code outbox} and {@code notify} (GOV.UK Notify, {@link NotifySettings}) choose one.
 */
@Configuration
@EnableConfigurationProperties(NotifySettings.class)
public class MailChannelConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(MailChannelConfiguration.class);

  @Bean
  public MailChannel mailChannel(ObjectProvider<JavaMailSender> mailSender, JdbcTemplate jdbc, Clock clock,
      @Value("${practice-evaluations.mail.from}") String from,
      @Value("${practice-evaluations.mail.from-name:${practice-evaluations.council-name}}") String fromName,
      @Value("${practice-evaluations.mail.channel:auto}") String channel, NotifySettings notify) {
    String chosen = channel == null ? "auto" : channel.trim().toLowerCase(java.util.Locale.ROOT);
    if (chosen.equals("notify")) {
      if (notify.getApiKey() == null || notify.getApiKey().isBlank()) {
        throw new IllegalStateException("practice-evaluations.mail.channel is notify, but there is no API key"
            + " (practice-evaluations.mail.notify.api-key, PE_NOTIFY_API_KEY).");
      }
      LOG.info("Notifications are sent through GOV.UK Notify ({})", notify.getBaseUrl());
      return new NotifyChannel(notify);
    }
    if (!chosen.equals("auto") && !chosen.equals("smtp") && !chosen.equals("outbox")) {
      throw new IllegalStateException("practice-evaluations.mail.channel is '" + channel
          + "': use auto, smtp, outbox or notify.");
    }
    JavaMailSender sender = chosen.equals("outbox") ? null : mailSender.getIfAvailable();
    if (chosen.equals("smtp") && sender == null) {
      throw new IllegalStateException("practice-evaluations.mail.channel is smtp, but spring.mail.host is not set.");
    }
    if (sender != null) {
      LOG.info("Notifications are sent by e-mail (spring.mail.host is set)");
      return new SmtpChannel(sender, from, fromName);
    }
    LOG.info("Notifications go to the outbox (GET /api/outbox): no mail server is configured (spring.mail.host)");
    return new OutboxChannel(jdbc, clock);
  }
}
