package org.practiceevaluations.identity.sso;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sso/status}: whether single sign-on is on, and where log-out is, for the webapps' page code
 * ({@link SsoWebappPlugins}). Open to anyone: it says nothing about anybody.
 */
@RestController
public class SsoStatusController {

  private final SsoSettings settings;

  public SsoStatusController(SsoSettings settings) {
    this.settings = settings;
  }

  @GetMapping("/sso/status")
  public Map<String, Object> status() {
    return settings.isEnabled() ? Map.of("enabled", true, "logoutUrl", "/logout") : Map.of("enabled", false);
  }
}
