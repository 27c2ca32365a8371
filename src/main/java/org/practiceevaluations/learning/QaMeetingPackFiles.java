package org.practiceevaluations.learning;

import java.util.Map;
import java.util.Optional;
import org.practiceevaluations.reporting.ReportDocument;
import org.practiceevaluations.reporting.ReportDocumentRepository;
import org.practiceevaluations.reporting.ReportDocuments;
import org.practiceevaluations.reporting.ReportFiling;
import org.practiceevaluations.reporting.ReportPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A QA meeting's pack as a PDF: rendered, filed once in the report store, and where to download it. */
@Service
@Transactional
public class QaMeetingPackFiles {

  private final QaMeetings meetings;
  private final QaMeetingPacks packs;
  private final ReportDocuments documents;
  private final ReportFiling filing;
  private final ReportDocumentRepository reportDocuments;

  public QaMeetingPackFiles(QaMeetings meetings, QaMeetingPacks packs, ReportDocuments documents, ReportFiling filing,
      ReportDocumentRepository reportDocuments) {
    this.meetings = meetings;
    this.packs = packs;
    this.documents = documents;
    this.filing = filing;
    this.reportDocuments = reportDocuments;
  }

  public byte[] pdf(QaMeetingPack pack) {
    return documents.pdf("qa-meeting-pack", Map.of("p", pack), "The QA meeting pack " + pack.reference());
  }

  /** Renders the meeting's pack and files it in the report store, once; returns where to download it. */
  public String save(String reference) {
    QaMeeting meeting = meetings.get(reference);
    QaMeetingPack pack = packs.pack(reference);
    ReportDocument filed = filing.file(ReportDocument.Kind.QA_MEETING_PACK, reference,
        ReportPeriod.month(meeting.month()), meeting.getServiceAreaCode(),
        "QA meeting pack " + pack.title() + ".pdf", "application/pdf", pdf(pack), reference + "/pack");
    return filing.downloadUrl(filed);
  }

  /** Where the meeting's pack can be downloaded, once it is filed. */
  @Transactional(readOnly = true)
  public Optional<String> url(String reference) {
    return reportDocuments.findByReportReferenceOrderByIdAsc(reference).stream().findFirst().map(filing::downloadUrl);
  }
}
