package org.practiceevaluations.learning;

import static org.practiceevaluations.learning.QaMeetingProcess.Vars.MEETING_REFERENCE;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.PACK_URL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${saveQaMeetingPack}} (area QA meeting): "Prepare the meeting pack and save it". */
@Component("saveQaMeetingPack")
public class SaveQaMeetingPack implements JavaDelegate {

  private final QaMeetingPackFiles packFiles;

  public SaveQaMeetingPack(QaMeetingPackFiles packFiles) {
    this.packFiles = packFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PACK_URL.set(execution, packFiles.save(MEETING_REFERENCE.get(execution)));
  }
}
