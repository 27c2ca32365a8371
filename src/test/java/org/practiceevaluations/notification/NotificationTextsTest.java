package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The texts people typed are read only for the templates that quote them ({@link NotificationTexts#templates}): each
 * template quoting a text ({@code vars['name']}) is among its source's templates, so no mail loses a text, and each
 * source names only templates that quote one of its texts.
 */
@AppTest
class NotificationTextsTest {

  @Autowired List<NotificationTexts> sources;

  @Test
  void everyTemplateQuotingATextIsOneItsSourceReadsFor() throws IOException {
    assertThat(sources).hasSize(3);
    for (NotificationTexts source : sources) {
      Set<NotificationTemplate> quoting = EnumSet.noneOf(NotificationTemplate.class);
      for (NotificationTemplate template : NotificationTemplate.values()) {
        String text = file(template, "txt") + file(template, "html");
        if (source.names().stream().anyMatch(name -> text.contains("vars['" + name + "']"))) {
          quoting.add(template);
        }
      }
      assertThat(source.templates()).as(source.getClass().getSimpleName()).isNotEmpty()
          .containsExactlyInAnyOrderElementsOf(quoting);
    }
  }

  private static String file(NotificationTemplate template, String kind) throws IOException {
    try (InputStream in = NotificationTextsTest.class.getResourceAsStream(
        "/templates/mail/" + template.key() + "." + kind)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
