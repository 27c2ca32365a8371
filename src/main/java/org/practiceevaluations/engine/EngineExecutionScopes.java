package org.practiceevaluations.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.practiceevaluations.common.ExecutionScopes;
import org.springframework.stereotype.Component;

/** {@link ExecutionScopes} from the engine's execution entity and its activity. */
@Component
public class EngineExecutionScopes implements ExecutionScopes {

  @Override
  public boolean isScopeOfItsOwn(DelegateExecution execution) {
    return ownScope(execution);
  }

  /** The same answer where no bean is at hand (a static step helper). */
  public static boolean ownScope(DelegateExecution execution) {
    if (execution instanceof ExecutionEntity entity) {
      PvmActivity activity = entity.getActivity();
      return activity != null && activity.isScope() && entity.isScope();
    }
    return false;
  }
}
