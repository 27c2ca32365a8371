package org.practiceevaluations.caseregister;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.practiceevaluations.common.CsvRows;
import org.practiceevaluations.common.ImportRejectedException;
import org.practiceevaluations.common.LineError;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamRepository;
import org.practiceevaluations.identity.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the case register from CSV, all or nothing: a file with any bad row (unknown team or user, bad date,
 * missing or duplicate reference, unknown legal status) is refused with every bad line and nothing is stored.
 * Columns: {@code child_reference,first_name,last_name,date_of_birth,team_code,allocated_worker,iro,legal_status,
 * looked_after_since,cp_plan_since,status} ({@code status} is {@code open} or {@code closed}; dates YYYY-MM-DD).
 * A reference already on the register is updated; nothing is removed. A case the import closes or moves to another
 * team is published as a {@link CaseChange}: its team manager is offered a closure or transfer audit.
 */
@Service
public class CaseImporter {

  static final Set<String> COLUMNS = Set.of("child_reference", "first_name", "last_name", "date_of_birth",
      "team_code", "allocated_worker", "iro", "legal_status", "looked_after_since", "cp_plan_since", "status");

  private static final Logger LOG = LoggerFactory.getLogger(CaseImporter.class);
  private static final int MAX_REFERENCE = 40;
  private static final int MAX_NAME = 100;

  private final ChildCaseRepository cases;
  private final TeamRepository teams;
  private final StaffDirectory staff;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public CaseImporter(ChildCaseRepository cases, TeamRepository teams, StaffDirectory staff, Clock clock,
      ApplicationEventPublisher events) {
    this.cases = cases;
    this.teams = teams;
    this.staff = staff;
    this.clock = clock;
    this.events = events;
  }

  public record Result(int added, int updated) {}

  private record CaseRow(long line, String reference, String firstName, String lastName, LocalDate dateOfBirth,
      Team team, String worker, String iro, LegalStatus status, LocalDate lookedAfterSince, LocalDate cpPlanSince,
      boolean open) {}

  @Transactional
  public Result importCsv(String csv) {
    List<LineError> errors = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    Map<String, Team> teamsByCode = new HashMap<>();
    teams.findAll().forEach(t -> teamsByCode.put(t.getCode(), t));
    Map<String, Boolean> knownUsers = new HashMap<>();
    LocalDate today = LocalDate.now(clock);
    List<CaseRow> rows = new ArrayList<>();

    for (CsvRows.Row row : CsvRows.parse(csv, COLUMNS).rows()) {
      int before = errors.size();
      long line = row.line();
      String reference = row.required("child_reference", errors);
      if (reference != null) {
        if (reference.length() > MAX_REFERENCE || !reference.matches("[A-Za-z0-9/_.-]+")) {
          errors.add(new LineError(line, "child_reference must be up to " + MAX_REFERENCE
              + " letters, digits or - / _ . characters."));
        }
        Long earlier = seen.putIfAbsent(reference, line);
        if (earlier != null) {
          errors.add(new LineError(line, "child_reference " + reference + " is already on line " + earlier + "."));
        }
      }
      String firstName = name(row, "first_name", errors);
      String lastName = name(row, "last_name", errors);
      LocalDate dateOfBirth = row.date("date_of_birth", true, errors);
      if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
        errors.add(new LineError(line, "date_of_birth is in the future."));
      }
      String teamCode = row.required("team_code", errors);
      Team team = teamCode == null ? null : teamsByCode.get(teamCode);
      if (teamCode != null && team == null) {
        errors.add(new LineError(line, "team_code " + teamCode + " is not a team in the directory."));
      }
      String worker = user(row, "allocated_worker", true, knownUsers, errors);
      String iro = user(row, "iro", false, knownUsers, errors);
      String statusText = row.required("legal_status", errors);
      LegalStatus status = LegalStatus.parse(statusText);
      if (statusText != null && status == null) {
        errors.add(new LineError(line, "legal_status '" + statusText + "' is not one of early-help, child-in-need, "
            + "child-protection, child-looked-after, care-leaver."));
      }
      LocalDate lookedAfter = row.date("looked_after_since", false, errors);
      LocalDate cpPlan = row.date("cp_plan_since", false, errors);
      for (LocalDate d : new LocalDate[] {lookedAfter, cpPlan}) {
        if (d != null && d.isAfter(today)) {
          errors.add(new LineError(line, "a category date (looked_after_since, cp_plan_since) is in the future."));
        }
      }
      String open = row.text("status").toLowerCase(Locale.ROOT);
      if (!open.equals("open") && !open.equals("closed")) {
        errors.add(new LineError(line, "status must be open or closed."));
      }
      if (errors.size() == before) {
        rows.add(new CaseRow(line, reference, firstName, lastName, dateOfBirth, team, worker, iro, status,
            lookedAfter, cpPlan, open.equals("open")));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }

    int added = 0;
    int updated = 0;
    List<CaseChange> changes = new ArrayList<>();
    for (CaseRow r : rows) {
      ChildCase childCase = cases.findByChildReference(r.reference()).orElse(null);
      CaseChange.State before = null;
      if (childCase == null) {
        childCase = new ChildCase(r.reference());
        added++;
      } else {
        updated++;
        before = new CaseChange.State(childCase.isOpen(), childCase.getTeam().getCode());
      }
      CaseChange.between(r.reference(), before, new CaseChange.State(r.open(), r.team().getCode()))
          .ifPresent(changes::add);
      childCase.update(r.firstName(), r.lastName(), r.dateOfBirth(), r.team(), r.worker(), r.iro(), r.status(),
          r.lookedAfterSince(), r.cpPlanSince(), r.open());
      childCase.noteClosure(today);
      cases.save(childCase);
    }
    LOG.info("Case register imported: {} cases added, {} updated, {} closed or transferred", added, updated,
        changes.size());
    if (!changes.isEmpty()) {
      // the closure and transfer audits offered to the team managers, in this transaction (ChangeAuditOffers)
      events.publishEvent(new CaseChange.Imported(changes));
    }
    return new Result(added, updated);
  }

  private static String name(CsvRows.Row row, String column, List<LineError> errors) {
    String value = row.required(column, errors);
    if (value != null && value.length() > MAX_NAME) {
      errors.add(new LineError(row.line(), column + " is longer than " + MAX_NAME + " characters."));
      return null;
    }
    return value;
  }

  private String user(CsvRows.Row row, String column, boolean required, Map<String, Boolean> known,
      List<LineError> errors) {
    String userId = required ? row.required(column, errors) : row.optional(column);
    if (userId != null && !known.computeIfAbsent(userId, staff::exists)) {
      errors.add(new LineError(row.line(), column + " " + userId + " is not a known user."));
      return null;
    }
    return userId;
  }
}
