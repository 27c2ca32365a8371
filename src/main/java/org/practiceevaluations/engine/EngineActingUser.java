package org.practiceevaluations.engine;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.practiceevaluations.common.ActingUser;
import org.springframework.stereotype.Component;

/** {@link ActingUser} from the engine's current {@code Authentication} (identity service, this thread). */
@Component
public class EngineActingUser implements ActingUser {

  private final IdentityService identityService;

  public EngineActingUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public String userId() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  @Override
  public List<String> groupIds() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }
}
