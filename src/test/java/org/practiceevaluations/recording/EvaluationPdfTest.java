package org.practiceevaluations.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.Section;

/** The evaluation PDF, rendered from views built in memory and read back with PDFBox. No Spring, no database. */
class EvaluationPdfTest {

  static EvaluationPdf pdf;

  @BeforeAll
  static void renderer() throws IOException {
    byte[] logo;
    try (InputStream in = EvaluationPdfTest.class.getResourceAsStream("/static/council-logo.png")) {
      logo = in.readAllBytes();
    }
    pdf = new EvaluationPdf("Lowfield Council", logo, ZoneId.of("Europe/London"));
  }

  @Test
  void theModeratedEvaluationShowsEverySectionBothGradesEveryActionAndTheCouncil() throws IOException {
    EvaluationView view = SampleViews.moderated();

    byte[] document = pdf.render(view);
    String text = text(document);

    assertThat(text).contains("Lowfield Council", "Practice evaluation PE-2026-0042", "OFFICIAL-SENSITIVE",
        "Moderated practice evaluation");
    for (Section section : Section.judged()) {
      assertThat(text).as("section %d", section.number()).contains(section.number() + ". " + section.title());
    }
    assertThat(text).contains("15. Overall grade and reflective discussion with the team", "15a. Moderation");
    assertThat(text).contains("First auditor's grade Good", "Moderator's grade Requires improvement",
        "Final grade Requires improvement: decided by the audit manager", "Discrepancy Yes");
    for (EvaluationView.Action action : view.actions()) {
      assertThat(text).as("action %d", action.number()).contains(action.description(), action.owner().name());
    }
    assertThat(text).contains("30 Nov 2026", "14 Nov 2026", "Done 10 Nov 2026",
        "Use the chronology template in the case system.");
    assertThat(text).contains("Arthur Turner", "C104237", "13 March 2011", "Child in need", "Assessment Team North",
        "Front Door and Assessment", "Catherine Green");
    assertThat(text).contains("Listens to me always", "He said his social worker always comes when she says she will.");
    assertThat(text).contains("Weigh the impact of the plan more heavily.", "Discussed with the auditor and the team.",
        "Karen Morgan decided the final grade: Requires improvement",
        "A strategy discussion was held the same day; the child is safe with his grandmother.");
    assertThat(text).contains("Page 1 of ");
  }

  @Test
  void whatPeopleTypedIsPrintedAsTextNeverAsMarkup() throws IOException {
    String text = text(pdf.render(SampleViews.moderated()));

    assertThat(text).contains(SampleViews.SCRIPT);
    assertThat(pdf.html(SampleViews.moderated()))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain(SampleViews.SCRIPT);
  }

  @Test
  void anUnmoderatedEvaluationSaysWhyTheFamilyWasNotContacted() throws IOException {
    String text = text(pdf.render(SampleViews.unmoderated(Grade.INADEQUATE)));

    assertThat(text).contains("Not moderated", "Final grade: Inadequate", "the first auditor's grade",
        "No: contacting the family was not safe", "could put the mother at risk from a former partner",
        "No feedback was recorded.", "No child was judged at risk of significant harm")
        .doesNotContain("15a. Moderation", "Grading dispute");
  }

  @Test
  void controlCharactersAndOtherScriptsDoNotStopTheRenderer() throws IOException {
    EvaluationView base = SampleViews.unmoderated(Grade.GOOD);
    EvaluationView odd = withReflectiveDiscussion(base,
        "Bell \u0007 and form feed \f pasted from a letter; Zoë, Łukasz, Ağa and Дмитрий came. " + "Long ".repeat(3000));

    String text = text(pdf.render(odd));

    assertThat(text).contains("Zoë, Łukasz, Ağa and Дмитрий came.");
  }

  @Test
  void isATaggedA4PdfWhoseMetadataNamesTheEvaluationButNotTheChild() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.render(SampleViews.moderated()))) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Practice evaluation PE-2026-0042");
      assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Lowfield Council");
      assertThat(String.valueOf(document.getDocumentInformation().getCOSObject()))
          .doesNotContain("Arthur", "Turner", "C104237");
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
      assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void onlyPngOrJpegLogosAreAccepted() {
    assertThatThrownBy(() -> new EvaluationPdf("Lowfield Council", "<svg/>".getBytes(), ZoneId.of("Europe/London")))
        .hasMessageContaining("PNG or JPEG");
  }

  /** Writes a sample to target/ for people to look at (mvn test leaves it there). */
  @Test
  void writesASampleForPeopleToLookAt() throws IOException {
    Path out = Path.of("target", "sample-evaluation.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf.render(SampleViews.moderated()));
    assertThat(out).isNotEmptyFile();
  }

  static String text(byte[] document) throws IOException {
    try (PDDocument pdDocument = Loader.loadPDF(document)) {
      return new PDFTextStripper().getText(pdDocument).replaceAll("\\s+", " ");
    }
  }

  private static EvaluationView withReflectiveDiscussion(EvaluationView v, String discussion) {
    return new EvaluationView(v.reference(), v.type(), v.moderated(), v.stage(), v.processInstanceId(), v.child(),
        v.people(), v.allocatedAt(), v.dueAt(), v.submittedAt(), v.moderationDueAt(), v.moderatedAt(),
        v.finalisedAt(), v.sharedAt(), v.caseNoteDueAt(), v.completedAt(), v.socialWorkerContactedOn(),
        v.socialWorkerContactNotes(), v.familyContactSafe(), v.familyNotContactedReason(), v.feedback(), v.sections(),
        v.firstGrade(), v.moderatedGrade(), v.finalGrade(), v.finalGradeSource(), v.discrepancy(),
        v.reflectiveDiscussionOn(), v.reflectiveDiscussionAttendees(), discussion, v.teamAgreesWithGrade(),
        v.teamViewOfGrade(), v.teamViewReason(), v.initialFindings(), v.learningForAuditor(), v.learningForTeam(),
        v.moderationDiscussionOn(), v.moderationDiscussion(), v.gradeDisputed(), v.disputeDiscussion(),
        v.disputeResolved(), v.decidedBy(), v.decisionReason(), v.supervisionOn(), v.supervisionNotes(), v.actions(),
        v.escalations(), v.completedBy(), v.previousEvaluationReference());
  }
}
