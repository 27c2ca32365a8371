package org.practiceevaluations.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.practiceevaluations.support.MailAppTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with a mail server ({@link MailAppTest}) in a Spring context of its own, so that the known
 * {@link AuditDataSet} is the only data in its database: evaluations other tests create would change the figures.
 * Test classes with this annotation share that context and the data set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MailAppTest
@TestPropertySource(properties = "practice-evaluations.test.context=audit-data-set")
public @interface AuditDataSetTest {}
