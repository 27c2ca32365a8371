package org.practiceevaluations.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceevaluations.audit.AuditOverview.AreaGrades;
import org.practiceevaluations.audit.AuditOverview.AreaStages;
import org.practiceevaluations.audit.AuditOverview.GradeCounts;
import org.practiceevaluations.audit.AuditOverview.ModerationFigures;
import org.practiceevaluations.audit.AuditOverview.Person;
import org.practiceevaluations.audit.AuditOverview.QuarterInfo;
import org.practiceevaluations.audit.AuditQueries.GradeCount;
import org.practiceevaluations.audit.AuditQueries.Late;
import org.practiceevaluations.audit.AuditQueries.ModerationPair;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the audit manager's overview from the application's tables (a few grouped queries, {@link AuditQueries}),
 * the concern processes' deadlines and the engine's open incidents. "Now" and the quarters come from the
 * application's clock (the engine's), in the council's time zone.
 */
@Service
@Transactional(readOnly = true)
public class AuditOverviewService {

  private final AuditQueries queries;
  private final ConcernDeadlines concernDeadlines;
  private final ApplicationIncidents incidents;
  private final StaffNames staffNames;
  private final Clock clock;

  public AuditOverviewService(AuditQueries queries, ConcernDeadlines concernDeadlines,
      ApplicationIncidents incidents, StaffNames staffNames, Clock clock) {
    this.queries = queries;
    this.concernDeadlines = concernDeadlines;
    this.incidents = incidents;
    this.staffNames = staffNames;
    this.clock = clock;
  }

  public AuditOverview overview() {
    Instant now = clock.instant();
    ZoneId zone = clock.getZone();
    List<AuditQueries.Area> areas = queries.serviceAreas();

    List<AuditQueries.StageCount> stageCounts = queries.openByAreaAndStage();
    List<AuditOverview.StageTotal> stages = AuditQueries.OPEN_STAGES.stream()
        .map(stage -> new AuditOverview.StageTotal(stage.name(), StageLabels.of(stage), stageCounts.stream()
            .filter(c -> c.stage() == stage).mapToLong(AuditQueries.StageCount::count).sum()))
        .toList();
    List<AreaStages> byArea = areas.stream().map(area -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (EvaluationStage stage : AuditQueries.OPEN_STAGES) {
        counts.put(stage.name(), stageCounts.stream().filter(c -> c.areaCode().equals(area.code())
            && c.stage() == stage).mapToLong(AuditQueries.StageCount::count).sum());
      }
      return new AreaStages(area.code(), area.name(), counts,
          counts.values().stream().mapToLong(Long::longValue).sum());
    }).toList();

    List<Late> late = queries.overdueEvaluations(now);
    List<AuditQueries.LateCaseNote> lateNotes = queries.overdueTeamCaseNotes(now);
    Set<String> people = new HashSet<>();
    late.forEach(l -> people.add(moderationIsLate(l) ? l.moderator() : l.auditor()));
    lateNotes.forEach(n -> people.add(n.teamManager()));
    Map<String, String> names = staffNames.of(people);

    List<AuditOverview.OverdueEvaluation> overdue = late.stream().map(l -> {
      boolean moderation = moderationIsLate(l);
      String holder = moderation ? l.moderator() : l.auditor();
      Instant due = moderation ? l.moderationDueAt() : l.dueAt();
      return new AuditOverview.OverdueEvaluation(l.reference(), l.processInstanceId(),
          moderation ? "Moderation" : "Evaluation", l.type().label(), l.teamName(), l.areaName(),
          person(holder, names), due, Deadline.daysBetween(due, now, zone));
    }).sorted(Comparator.comparing(AuditOverview.OverdueEvaluation::dueAt)
        .thenComparing(AuditOverview.OverdueEvaluation::reference)).toList();

    List<AuditOverview.OverdueCaseNote> overdueNotes = lateNotes.stream()
        .map(n -> new AuditOverview.OverdueCaseNote(n.reference(), n.processInstanceId(), n.teamName(),
            n.areaName(), person(n.teamManager(), names), n.dueAt(), Deadline.daysBetween(n.dueAt(), now, zone)))
        .toList();

    Quarter thisQuarter = Quarter.containing(now, zone);
    Quarter lastQuarter = thisQuarter.previous();
    return new AuditOverview(now, zone.getId(), stages.stream().mapToLong(AuditOverview.StageTotal::count).sum(),
        stages, byArea, overdue, overdueNotes, concerns(now, zone), grades(areas, thisQuarter, lastQuarter),
        moderation(thisQuarter, lastQuarter), incidents.open());
  }

  private List<AuditOverview.OpenConcern> concerns(Instant now, ZoneId zone) {
    List<AuditQueries.OpenConcern> open = queries.openConcerns();
    Map<String, ConcernDeadlines.ProcessDates> dates =
        concernDeadlines.of(open.stream().map(AuditQueries.OpenConcern::processInstanceId).toList());
    return open.stream().map(c -> {
      List<Deadline> deadlines = ConcernDeadlines.deadlines(
          dates.getOrDefault(c.processInstanceId(), ConcernDeadlines.ProcessDates.NONE),
          new ConcernDeadlines.Progress(c.responseAt(), c.reviewMeetingOn(), c.reAuditDueOn()), now, zone);
      return new AuditOverview.OpenConcern(c.reference(), c.processInstanceId(), c.evaluationReference(),
          c.teamName(), c.areaName(), c.openedAt(), deadlines,
          ConcernDeadlines.next(deadlines).orElse(null));
    }).sorted(Comparator.comparing((AuditOverview.OpenConcern c) -> c.next() == null ? null : c.next().due(),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(AuditOverview.OpenConcern::reference))
        .toList();
  }

  private AuditOverview.Grades grades(List<AuditQueries.Area> areas, Quarter thisQuarter, Quarter lastQuarter) {
    List<GradeCount> current = queries.finalGrades(thisQuarter.start(), thisQuarter.end());
    List<GradeCount> previous = queries.finalGrades(lastQuarter.start(), lastQuarter.end());
    List<AreaGrades> rows = areas.stream().map(a -> new AreaGrades(a.code(), a.name(),
        gradeCounts(current.stream().filter(g -> g.areaCode().equals(a.code())).toList()),
        gradeCounts(previous.stream().filter(g -> g.areaCode().equals(a.code())).toList()))).toList();
    List<AuditOverview.GradeLabel> labels =
        Arrays.stream(Grade.values()).map(g -> new AuditOverview.GradeLabel(g.code(), g.label())).toList();
    return new AuditOverview.Grades(info(thisQuarter), info(lastQuarter), labels, rows, gradeCounts(current),
        gradeCounts(previous));
  }

  private AuditOverview.Moderation moderation(Quarter thisQuarter, Quarter lastQuarter) {
    return new AuditOverview.Moderation(info(thisQuarter), info(lastQuarter),
        moderationFigures(queries.moderations(thisQuarter.start(), thisQuarter.end())),
        moderationFigures(queries.moderations(lastQuarter.start(), lastQuarter.end())));
  }

  static GradeCounts gradeCounts(Collection<GradeCount> counts) {
    Map<String, Long> byGrade = new LinkedHashMap<>();
    long goodOrBetter = 0;
    for (Grade grade : Grade.values()) {
      long n = counts.stream().filter(c -> c.grade() == grade).mapToLong(GradeCount::count).sum();
      byGrade.put(grade.code(), n);
      if (grade.isGoodOrBetter()) {
        goodOrBetter += n;
      }
    }
    long total = byGrade.values().stream().mapToLong(Long::longValue).sum();
    return new GradeCounts(byGrade, total, goodOrBetter, percent(goodOrBetter, total));
  }

  /** Grades run from outstanding (first) to inadequate (last): a lower ordinal is a better grade. */
  static ModerationFigures moderationFigures(Collection<ModerationPair> pairs) {
    long moderated = 0;
    long agreed = 0;
    long higher = 0;
    long lower = 0;
    for (ModerationPair pair : pairs) {
      moderated += pair.count();
      int difference = pair.moderatedGrade().ordinal() - pair.firstGrade().ordinal();
      if (difference == 0) {
        agreed += pair.count();
      } else if (difference < 0) {
        higher += pair.count();
      } else {
        lower += pair.count();
      }
    }
    return new ModerationFigures(moderated, agreed, higher, lower, percent(agreed, moderated));
  }

  private static Integer percent(long part, long whole) {
    return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
  }

  private static QuarterInfo info(Quarter quarter) {
    return new QuarterInfo(quarter.label(), quarter.start(), quarter.end());
  }

  private static boolean moderationIsLate(Late late) {
    return late.submittedAt() != null;
  }

  private static Person person(String userId, Map<String, String> names) {
    return userId == null ? null : new Person(userId, names.getOrDefault(userId, userId));
  }
}
