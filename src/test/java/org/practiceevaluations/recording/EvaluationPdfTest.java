package org.practiceevaluations.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.support.ShippedCatalogue;

/** The evaluation PDF, rendered from views built in memory and read back with PDFBox. No Spring, no database. */
class EvaluationPdfTest {

  static EvaluationPdf pdf;

  @BeforeAll
  static void renderer() throws IOException {
    byte[] logo;
    try (InputStream in = EvaluationPdfTest.class.getResourceAsStream("/static/council-logo.png")) {
      logo = in.readAllBytes();
    }
    pdf = new EvaluationPdf("Lowfield Council", logo, Clock.system(ZoneId.of("Europe/London")),
        new com.fasterxml.jackson.databind.ObjectMapper());
  }

  @Test
  void theModeratedEvaluationShowsEverySectionBothGradesEveryActionAndTheCouncil() throws IOException {
    EvaluationView view = SampleViews.moderated();

    byte[] document = pdf.render(view);
    String text = text(document);

    assertThat(text).contains("Lowfield Council", "Practice evaluation PE-2026-0042", "OFFICIAL-SENSITIVE",
        "Moderated practice evaluation");
    for (Catalogue.CatalogueSection section : ShippedCatalogue.catalogue().sections()) {
      assertThat(text).as("section %d", section.number()).contains(section.number() + ". " + section.title());
      for (Catalogue.Statement statement : section.statements()) {
        assertThat(text).as("what good looks like in section %d", section.number()).contains(statement.text());
      }
    }
    assertThat(text).contains("What good looks like First auditor Moderator",
        "A chronology of the last six months is up to date and shows what happened and why it mattered to the "
            + "child. Met Met",
        "The family's history, including earlier involvement, is known and informs the work now. Met Not met",
        "To be shared across Children's Services: yes");
    assertThat(text).contains("Overall grade and reflective discussion with the team (section 15)", "15a. Moderation");
    assertThat(text).contains("First auditor's grade Good", "Moderator's grade Requires improvement",
        "Final grade Requires improvement: decided by the audit manager", "Discrepancy Yes");
    for (EvaluationView.Action action : view.actions()) {
      assertThat(text).as("action %d", action.number()).contains(action.description(), action.owner().name());
    }
    assertThat(text).contains("30 Nov 2026", "14 Nov 2026", "Done 10 Nov 2026",
        "Use the chronology template in the case system.");
    assertThat(text).contains("Arthur Turner", "C104237", "13 March 2011", "Child in need", "Assessment Team North",
        "Front Door and Assessment", "Catherine Green");
    assertThat(text).contains("Listens to me and takes my views seriously Always",
        "He said his social worker always comes when she says she will.");
    assertThat(text).contains("Weigh the impact of the plan more heavily.", "Discussed with the auditor and the team.",
        "Decided by Karen Morgan",
        "A strategy discussion was held the same day; the child is safe with his grandmother.");
    assertThat(text).contains("Page 1 of ");
  }

  @Test
  void everyDiscussionOfTheGradeIsPrintedWholeUnderItsOwnHeading() throws IOException {
    String text = text(pdf.render(SampleViews.moderated()));

    String reflective = "Reflective discussion with the team (section 15)";
    String moderation = "Moderation discussion with the first auditor and the team (section 15a)";
    assertThat(text).contains(reflective + " Held on 18 September 2026 With Emma Jones, Paul Murphy",
        "The team's view of the first auditor's grade The team does not agree: in its view the grade is Outstanding "
            + "The team's reasons " + SampleViews.REFLECTIVE_REASONS,
        moderation + " Held on 25 September 2026 The discussion Discussed with the auditor and the team.",
        "The team's view of the moderator's grade The team does not agree: in its view the grade is Good "
            + "The team's reasons " + SampleViews.MODERATION_REASONS,
        "Discussion of the grade with the team Held on 1 October 2026",
        "Grade agreed by the discussion No",
        "The audit manager's decision Decided by Karen Morgan on 5 October 2026 The grade decided Requires "
            + "improvement Reasons for the decision The moderator's reading of impact stands");
    assertThat(text.indexOf(SampleViews.REFLECTIVE_REASONS)).isLessThan(text.indexOf(moderation));
    assertThat(text.indexOf(moderation)).isLessThan(text.indexOf(SampleViews.MODERATION_REASONS));
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
    assertThatThrownBy(() -> new EvaluationPdf("Lowfield Council", "<svg/>".getBytes(),
        Clock.system(ZoneId.of("Europe/London")), new com.fasterxml.jackson.databind.ObjectMapper()))
        .hasMessageContaining("PNG or JPEG");
  }

  @Test
  void theTextLayerHoldsEveryLetterSoASearchFindsEachWord() throws IOException {
    byte[] document = pdf.render(SampleViews.moderated());

    // The characters exactly as the PDF maps them (PDFTextStripper would quietly split ligatures apart again).
    String raw = rawText(document);

    assertThat(raw.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06))
        .as("ligature characters (ﬁ, ﬂ, ﬀ, ...) in the text layer").isEmpty();
    assertThat(raw).contains("Lowfield Council", "the child's file", "Overall grade and reflective discussion",
        "graded differently", "initial findings", "grade is final", "Confirmed by", "Simon Clarke");
  }

  @Test
  void everyCodeIsPrintedAsWordsAndTheHeaderSaysEachThingOnce() throws IOException {
    String text = text(pdf.render(SampleViews.moderated()));

    assertThat(text).contains("Moderated practice evaluation, moderated by Simon Clarke",
        "The child or young person How we spoke", "Listens to me and takes my views seriously Always",
        "Explains what is happening in a way I understand Sometimes", "A parent or carer (mother)",
        "Did they feel listened to? Yes");
    assertThat(text).doesNotContain("· Moderated", "(young person)", "not-asked", "listensToMe",
        "Felt listened to");
  }

  @Test
  void aPdfFiledBeforeTheTeamHasItSaysWhenItIsSharedInsteadOfADash() throws IOException {
    EvaluationView notSharedYet = SampleViews.justFiled(Grade.GOOD);

    String text = text(pdf.render(notSharedYet));

    assertThat(notSharedYet.dates().sharedAt()).isNull();
    assertThat(text).contains("Filed on the child's file " + new Wording(ZoneId.of("Europe/London"), new com.fasterxml.jackson.databind.ObjectMapper())
            .date(java.time.Instant.now()),
        "Shared with the team Not yet: the audit team e-mails this evaluation to the team straight after filing it",
        "Monthly practice evaluation, not moderated");
    assertThat(text(pdf.render(SampleViews.moderated()))).contains("Shared with the team 6 October 2026");
  }

  @Test
  void isStructuredForScreenReadersWithHeadingsTableHeadersLanguageAndTitle() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.render(SampleViews.moderated()))) {
      java.util.Map<String, Integer> tags = new java.util.TreeMap<>();
      countTags(document.getDocumentCatalog().getStructureTreeRoot().getKids(), tags);

      assertThat(tags.get("H1")).as("one title heading, %s", tags).isEqualTo(1);
      assertThat(tags.get("H2")).as("a heading per part, %s", tags).isGreaterThanOrEqualTo(9);
      assertThat(tags.get("H3")).as("a heading per section, %s", tags).isGreaterThanOrEqualTo(ShippedCatalogue.catalogue().sections().size());
      assertThat(tags).as("tables with header cells").containsKeys("Table", "TR", "TH", "TD");
      assertThat(tags).as("images carry a text alternative").containsKey("Figure");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle())
          .as("viewers show the title, not the file name").isTrue();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Practice evaluation PE-2026-0042");
    }
  }

  /** Writes a sample to target/ for people to look at (mvn test leaves it there). */
  @Test
  void writesASampleForPeopleToLookAt() throws IOException {
    Path out = Path.of("target", "sample-evaluation.pdf");
    Files.createDirectories(out.getParent());
    EvaluationView sample = SampleViews.moderated();
    Files.write(out, pdf.render(sample));
    // what was written is the whole sample, read back from the file: its reference, both auditors, every section
    String written = text(Files.readAllBytes(out));
    assertThat(written).contains(sample.reference(), "Paul Murphy", "Simon Clarke",
        "The evaluation, section by section");
    sample.sections().forEach(section -> assertThat(written).contains(section.title()));
  }

  static String text(byte[] document) throws IOException {
    try (PDDocument pdDocument = Loader.loadPDF(document)) {
      return new PDFTextStripper().getText(pdDocument).replaceAll("\\s+", " ");
    }
  }

  /** The text layer's characters as the PDF maps them, without PDFBox's clean-up of ligatures. */
  static String rawText(byte[] document) throws IOException {
    StringBuilder raw = new StringBuilder();
    try (PDDocument pdDocument = Loader.loadPDF(document)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
          raw.append(text.getUnicode());
          super.processTextPosition(text);
        }

        @Override
        protected void writeWordSeparator() throws IOException {
          raw.append(' ');
          super.writeWordSeparator();
        }

        @Override
        protected void writeLineSeparator() throws IOException {
          raw.append(' ');
          super.writeLineSeparator();
        }
      };
      stripper.getText(pdDocument);
    }
    return raw.toString().replaceAll("\\s+", " ");
  }

  private static void countTags(java.util.List<Object> kids, java.util.Map<String, Integer> tags) {
    for (Object kid : kids) {
      if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
        tags.merge(element.getStructureType(), 1, Integer::sum);
        countTags(element.getKids(), tags);
      }
    }
  }

  private static EvaluationView withReflectiveDiscussion(EvaluationView v, String discussion) {
    EvaluationView.TeamDiscussion d = v.reflectiveDiscussion();
    return new EvaluationView(v.reference(), v.type(), v.moderated(), v.stage(), v.processInstanceId(), v.child(),
        v.people(), v.dates(), v.contact(), v.sections(), v.grades(),
        new EvaluationView.TeamDiscussion(d.heldOn(), d.attendees(), discussion, d.teamAgrees(), d.teamView(),
            d.teamReasons()),
        v.moderation(), v.dispute(), v.followUp(), v.actions(), v.escalations(), v.completedBy(),
        v.previousEvaluationReference(), EvaluationView.Tool.STANDARD, false, null);
  }
}
