package org.practiceevaluations.recording;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.ProcessEvaluations;
import org.springframework.stereotype.Component;

/**
 * "Save the evaluation to the child's file" (and "Save the revised evaluation to the child's file"): saves the full evaluation as a PDF in the child's file under "Quality Assurances
 * &amp; Audit" (docs/guide.md, "Recording") and sets {@code evaluationPdfDocumentId}. Run it asynchronously
 * ({@code camunda:asyncBefore}): a failing file store is retried, then becomes an incident; a retry files the PDF
 * once.
 */
@Component("saveEvaluationPdf")
public class SaveEvaluationPdf implements JavaDelegate {

  static final String KIND = "evaluation-pdf";

  private final EvaluationRecording recording;
  private final ProcessEvaluations processEvaluations;

  public SaveEvaluationPdf(EvaluationRecording recording, ProcessEvaluations processEvaluations) {
    this.recording = recording;
    this.processEvaluations = processEvaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = processEvaluations.referenceOf(execution);
    FiledDocument document =
        recording.saveEvaluationPdf(reference, IdempotencyKeys.of(execution, reference, KIND));
    RecordingVariables.EVALUATION_PDF_DOCUMENT_ID.set(execution, document.getId());
  }
}
