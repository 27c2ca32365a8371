package org.practiceevaluations.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceevaluations.common.CsvRows;
import org.practiceevaluations.common.ImportRejectedException;
import org.practiceevaluations.common.LineError;
import org.practiceevaluations.identity.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the team directory from CSV, all or nothing. One row per team, with its service area:
 * {@code service_area_code,service_area_name,head_of_service,team_code,team_name,team_manager,practice_manager}.
 * Existing areas and teams (matched by code) are updated; others are added; none is removed.
 */
@Service
public class DirectoryImporter {

  static final Set<String> COLUMNS = Set.of("service_area_code", "service_area_name", "head_of_service",
      "team_code", "team_name", "team_manager", "practice_manager");

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryImporter.class);

  private final ServiceAreaRepository areas;
  private final TeamRepository teams;
  private final CouncilRoleRepository roles;
  private final StaffDirectory staff;

  public DirectoryImporter(ServiceAreaRepository areas, TeamRepository teams, CouncilRoleRepository roles,
      StaffDirectory staff) {
    this.areas = areas;
    this.teams = teams;
    this.roles = roles;
    this.staff = staff;
  }

  public record Result(int serviceAreas, int teamsAdded, int teamsUpdated) {}

  private record AreaRow(long line, String code, String name, String headOfService) {}

  private record TeamRow(long line, String code, String name, String areaCode, String teamManager,
      String practiceManager) {}

  @Transactional
  public Result importCsv(String csv) {
    List<LineError> errors = new ArrayList<>();
    Map<String, AreaRow> areaRows = new LinkedHashMap<>();
    Map<String, TeamRow> teamRows = new LinkedHashMap<>();

    for (CsvRows.Row row : CsvRows.parse(csv, COLUMNS).rows()) {
      int before = errors.size();
      String areaCode = row.required("service_area_code", errors);
      String areaName = row.required("service_area_name", errors);
      String head = knownUser(row, "head_of_service", errors);
      String teamCode = row.required("team_code", errors);
      String teamName = row.required("team_name", errors);
      String manager = knownUser(row, "team_manager", errors);
      String practiceManager = knownUser(row, "practice_manager", errors);
      if (errors.size() > before) {
        continue;
      }
      AreaRow area = areaRows.get(areaCode);
      if (area == null) {
        areaRows.put(areaCode, new AreaRow(row.line(), areaCode, areaName, head));
      } else if (!area.name().equals(areaName) || !area.headOfService().equals(head)) {
        errors.add(new LineError(row.line(), "service area " + areaCode + " has a different name or head of "
            + "service than on line " + area.line() + "."));
      }
      TeamRow earlier = teamRows.get(teamCode);
      if (earlier != null) {
        errors.add(new LineError(row.line(), "team_code " + teamCode + " is already on line " + earlier.line() + "."));
      } else {
        teamRows.put(teamCode, new TeamRow(row.line(), teamCode, teamName, areaCode, manager, practiceManager));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }

    Map<String, ServiceArea> savedAreas = new HashMap<>();
    for (AreaRow a : areaRows.values()) {
      ServiceArea area = areas.findByCode(a.code()).orElse(null);
      if (area == null) {
        area = new ServiceArea(a.code(), a.name(), a.headOfService());
      } else {
        area.update(a.name(), a.headOfService());
      }
      savedAreas.put(a.code(), areas.save(area));
    }
    int added = 0;
    int updated = 0;
    for (TeamRow t : teamRows.values()) {
      ServiceArea area = savedAreas.get(t.areaCode());
      Team team = teams.findByCode(t.code()).orElse(null);
      if (team == null) {
        teams.save(new Team(t.code(), t.name(), area, t.teamManager(), t.practiceManager()));
        added++;
      } else {
        team.update(t.name(), area, t.teamManager(), t.practiceManager());
        updated++;
      }
    }
    LOG.info("Team directory imported: {} service areas, {} teams added, {} updated", savedAreas.size(), added,
        updated);
    return new Result(savedAreas.size(), added, updated);
  }

  /** Names (or renames) the holder of a service-wide role. */
  @Transactional
  public void assignRole(CouncilRole role, String userId) {
    if (!staff.exists(userId)) {
      throw new org.practiceevaluations.common.BadRequestException("There is no user " + userId + ".");
    }
    CouncilRoleHolder holder = roles.findById(role).orElse(null);
    if (holder == null) {
      roles.save(new CouncilRoleHolder(role, userId));
    } else {
      holder.setUserId(userId);
    }
  }

  private String knownUser(CsvRows.Row row, String column, List<LineError> errors) {
    String userId = row.required(column, errors);
    if (userId != null && !staff.exists(userId)) {
      errors.add(new LineError(row.line(), column + " " + userId + " is not a known user."));
      return null;
    }
    return userId;
  }
}
