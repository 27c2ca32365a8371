package org.practiceevaluations.support;

import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * Wraps the application's real {@link JavaMailSender} (Spring Boot's, from {@code spring.mail.*}) so a test can
 * make the mail server go down part-way through a notification: after {@code n} more mails have gone, the
 * {@link TestSmtp} server is stopped, and the next send fails as a real outage does.
 */
public class FlakyMailSender implements JavaMailSender {

  private static final AtomicInteger sendsBeforeOutage = new AtomicInteger(-1);

  private final JavaMailSender delegate;

  public FlakyMailSender(JavaMailSender delegate) {
    this.delegate = delegate;
  }

  /** After {@code sends} more successful sends, the mail server stops. */
  public static void outageAfter(int sends) {
    sendsBeforeOutage.set(sends);
  }

  public static void reset() {
    sendsBeforeOutage.set(-1);
  }

  private void beforeSend() {
    if (sendsBeforeOutage.get() == 0) {
      sendsBeforeOutage.set(-1);
      TestSmtp.stop();
    } else if (sendsBeforeOutage.get() > 0) {
      sendsBeforeOutage.decrementAndGet();
    }
  }

  @Override
  public MimeMessage createMimeMessage() {
    return delegate.createMimeMessage();
  }

  @Override
  public MimeMessage createMimeMessage(java.io.InputStream contentStream) throws MailException {
    return delegate.createMimeMessage(contentStream);
  }

  @Override
  public void send(MimeMessage... mimeMessages) throws MailException {
    beforeSend();
    delegate.send(mimeMessages);
  }

  @Override
  public void send(MimeMessagePreparator... mimeMessagePreparators) throws MailException {
    beforeSend();
    delegate.send(mimeMessagePreparators);
  }

  @Override
  public void send(SimpleMailMessage... simpleMessages) throws MailException {
    beforeSend();
    delegate.send(simpleMessages);
  }

  /** Wraps whichever {@link JavaMailSender} the application context has. */
  public static class Wrapper implements BeanPostProcessor {
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof JavaMailSender sender && !(bean instanceof FlakyMailSender)) {
        return new FlakyMailSender(sender);
      }
      return bean;
    }
  }

}
