package org.practiceevaluations.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link AppTest} in a Spring context of its own, for tests that change what every other test relies on: the mail
 * channel (GOV.UK Notify, against {@link FakeNotify}) and the engine clock moved years ahead to run the retention
 * schedule (which deletes what is older than its limits, whoever wrote it). Test classes with this annotation share
 * that one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AppTest
@ContextConfiguration(initializers = FakeNotify.Initializer.class)
@Import(EvaluationFixtures.class)
public @interface IsolatedAppTest {}
