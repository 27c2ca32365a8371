package org.practiceevaluations.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link AppTest} with a mail server: {@code spring.mail.host} points at the test JVM's GreenMail
 * ({@link TestSmtp}), so notifications go by SMTP instead of to the outbox, and {@link FlakyMailSender} lets a
 * test take the server down mid-notification. Every test class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AppTest
@ContextConfiguration(initializers = TestSmtp.Initializer.class)
@Import({EvaluationFixtures.class, FlakyMailSender.Wrapper.class})
public @interface MailAppTest {}
