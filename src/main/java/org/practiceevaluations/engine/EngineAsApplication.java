package org.practiceevaluations.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.practiceevaluations.common.AsApplication;
import org.springframework.stereotype.Component;

/**
 * {@link AsApplication} with the engine's internals: inside an engine command its authorization checks are paused
 * ({@code CommandContext}); outside one the person's {@code Authentication} is set aside for the call.
 */
@Component
public class EngineAsApplication implements AsApplication {

  private final IdentityService identityService;

  public EngineAsApplication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public <T> T call(Supplier<T> work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      boolean enabled = commandContext.isAuthorizationCheckEnabled();
      commandContext.disableAuthorizationCheck();
      try {
        return work.get();
      } finally {
        if (enabled) {
          commandContext.enableAuthorizationCheck();
        }
      }
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (authentication != null) {
        identityService.setAuthentication(authentication);
      }
    }
  }
}
