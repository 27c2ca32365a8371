package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A mail about an evaluation names its team from the evaluation ({@code e.child.teamName}); the renderer reads the
 * {@code team} by its code only for the other mails (the team reviews), so no mail pays a query for a team it does
 * not show. This holds every template to that: the only files that use {@code ${team...}} are templates of mails
 * not about an evaluation (a shared part used by all would be caught here too).
 */
class MailTemplateTeamTest {

  private static final Pattern USES_TEAM = Pattern.compile("\\$\\{\\s*team\\b");

  @Test
  void onlyMailsNotAboutAnEvaluationUseTheTeamReadByItsCode() throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:templates/mail/*.*");
    assertThat(files).hasSizeGreaterThan(NotificationTemplate.values().length);
    List<String> usingTeam = new ArrayList<>();
    for (Resource file : files) {
      try (InputStream in = file.getInputStream()) {
        if (USES_TEAM.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).find()) {
          usingTeam.add(file.getFilename());
        }
      }
    }
    assertThat(usingTeam).isNotEmpty().allSatisfy(name -> {
      String key = name.substring(0, name.lastIndexOf('.'));
      assertThat(NotificationTemplate.byKey(key)).as("%s is a mail's template", name).isPresent();
      assertThat(NotificationTemplate.byKey(key).orElseThrow().aboutAnEvaluation())
          .as("%s uses ${team} but is about an evaluation (it gets no team: use e.child.teamName)", name).isFalse();
    });
  }
}
