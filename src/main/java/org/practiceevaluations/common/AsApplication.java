package org.practiceevaluations.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call with the application's rights rather than the logged-in person's, after the application
 * has itself checked that the person may do it. Example: an auditor raising a safety escalation may not update
 * the evaluation's process instance herself, but the application correlates the escalation message for her.
 * Inside an engine command (a form being submitted) the command's authorization checks are paused; outside one
 * (a REST call) the person's authentication is set aside for the call.
 */
@Component
public class AsApplication {

  private final IdentityService identityService;

  public AsApplication(IdentityService identityService) {
    this.identityService = identityService;
  }

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
