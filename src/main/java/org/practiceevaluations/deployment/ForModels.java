package org.practiceevaluations.deployment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean that models may read in their expressions beside the application's steps (delegates and listeners): the
 * settings a schedule's timer reads ({@code ${cycleSchedule.cron}}). Any other bean is out of a model's reach.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ForModels {}
