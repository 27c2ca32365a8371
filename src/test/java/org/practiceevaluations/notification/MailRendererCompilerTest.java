package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.directory.TeamDirectory;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The mail engine compiles its expressions whatever another Thymeleaf engine in the same JVM is told (ADR 0040). A
 * new SpringTemplateEngine shares one static dialect with every other; Spring Boot's engine turns the compiler off
 * on it, and the mails' expressions were then interpreted in the running application, while the renderer's own tests
 * (with no Spring Boot) compiled them. MailWordingTest checks a compiled mail reads exactly as an interpreted one;
 * OutboxTest checks the application's renderer compiles.
 */
class MailRendererCompilerTest {

  @Test
  void anotherEngineTurningTheCompilerOffLeavesTheMailsCompiled() {
    MailRenderer renderer = new MailRenderer("Lowfield Council", Clock.systemUTC(), mock(TeamDirectory.class),
        "minimal");

    // what Spring Boot's ThymeleafAutoConfiguration does with spring.thymeleaf.enable-spring-el-compiler unset
    new SpringTemplateEngine().setEnableSpringELCompiler(false);

    assertThat(renderer.compilesExpressions()).isTrue();
  }

  @Test
  void theMailEngineLeavesOtherEnginesAsTheyWere() {
    SpringTemplateEngine other = new SpringTemplateEngine();
    other.setEnableSpringELCompiler(false);

    new MailRenderer("Lowfield Council", Clock.systemUTC(), mock(TeamDirectory.class), "minimal");

    assertThat(other.getEnableSpringELCompiler()).isFalse();
  }
}
