package org.practiceevaluations.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with single sign-on on, against the OpenID Connect provider in the test JVM
 * ({@link TestOidcProvider}), on an in-memory H2 database with the demo directory. Test classes with this annotation
 * share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestOidcProvider.Initializer.class)
@Import({EvaluationFixtures.class, SsoFixtures.class})
public @interface SsoAppTest {}
