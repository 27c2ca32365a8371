package org.practiceevaluations.support.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test (class) that drives headless Chromium ({@link Browser}). Where Chromium or chromedriver is not installed
 * it is skipped, before any Spring context starts, with the reason and how to install them; where
 * {@code PE_BROWSER_REQUIRED} is set (continuous integration, once it has installed Chromium) it runs and a missing
 * browser fails it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumCondition.class)
public @interface RequiresChromium {}
