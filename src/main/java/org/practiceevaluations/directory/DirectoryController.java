package org.practiceevaluations.directory;

import java.util.List;
import org.practiceevaluations.common.BadRequestException;
import org.practiceevaluations.identity.CurrentUser;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The team directory over REST: every member of staff may read it; the audit team maintains it. */
@RestController
@RequestMapping("/api/directory")
public class DirectoryController {

  private final TeamDirectory directory;
  private final DirectoryImporter importer;
  private final CurrentUser currentUser;

  public DirectoryController(TeamDirectory directory, DirectoryImporter importer, CurrentUser currentUser) {
    this.directory = directory;
    this.importer = importer;
    this.currentUser = currentUser;
  }

  public record TeamView(String code, String name, String serviceAreaCode, String serviceAreaName,
      String headOfService, String teamManager, String practiceManager) {
    static TeamView of(Team t) {
      return new TeamView(t.getCode(), t.getName(), t.getServiceArea().getCode(), t.getServiceArea().getName(),
          t.getHeadOfService(), t.getTeamManager(), t.getPracticeManager());
    }
  }

  public record RoleAssignment(String userId) {}

  @GetMapping("/teams")
  public List<TeamView> teams() {
    currentUser.userId();
    return directory.teams().stream().map(TeamView::of).toList();
  }

  /** Replaces or extends the directory from a CSV file (one row per team), all or nothing. */
  @PostMapping(value = "/import", consumes = {"text/csv", "text/plain"})
  public DirectoryImporter.Result importTeams(@RequestBody String csv) {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    return importer.importCsv(csv);
  }

  /** Names who holds a service-wide role: audit-manager, head-of-professional-standards, learning-development-manager. */
  @PutMapping("/roles/{role}")
  public RoleAssignment assignRole(@PathVariable String role, @RequestBody RoleAssignment assignment) {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    CouncilRole councilRole = CouncilRole.byKey(role);
    if (councilRole == null) {
      throw new BadRequestException("Unknown role " + role + ".");
    }
    if (assignment == null || assignment.userId() == null || assignment.userId().isBlank()) {
      throw new BadRequestException("userId is missing.");
    }
    importer.assignRole(councilRole, assignment.userId());
    return assignment;
  }
}
