package org.practiceevaluations.recording;

import java.util.List;
import org.practiceevaluations.common.ApplicationOwnedVariables;
import org.springframework.stereotype.Component;

/** The recording steps' variables: the application writes them, people never do. */
@Component
public class RecordingOwnedVariables implements ApplicationOwnedVariables {

  @Override
  public List<Class<?>> homes() {
    return List.of(RecordingVariables.class);
  }
}
