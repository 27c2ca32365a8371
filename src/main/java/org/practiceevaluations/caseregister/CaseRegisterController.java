package org.practiceevaluations.caseregister;

import java.time.LocalDate;
import java.util.List;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.identity.CurrentUser;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case register over REST. The audit team sees every case and imports the register; a team manager or
 * practice manager sees their own teams' cases; nobody else sees any.
 */
@RestController
@RequestMapping("/api/cases")
public class CaseRegisterController {

  private final CaseRegister register;
  private final CaseImporter importer;
  private final TeamDirectory directory;
  private final CurrentUser currentUser;

  public CaseRegisterController(CaseRegister register, CaseImporter importer, TeamDirectory directory,
      CurrentUser currentUser) {
    this.register = register;
    this.importer = importer;
    this.directory = directory;
    this.currentUser = currentUser;
  }

  public record CaseView(String childReference, String firstName, String lastName, LocalDate dateOfBirth,
      String teamCode, String teamName, String allocatedWorker, String iro, String legalStatus,
      LocalDate lookedAfterSince, LocalDate childProtectionPlanSince, boolean open) {
    static CaseView of(ChildCase c) {
      return new CaseView(c.getChildReference(), c.getFirstName(), c.getLastName(), c.getDateOfBirth(),
          c.getTeam().getCode(), c.getTeam().getName(), c.getAllocatedWorker(), c.getIro(),
          c.getLegalStatus().code(), c.getLookedAfterSince(), c.getChildProtectionPlanSince(), c.isOpen());
    }
  }

  @GetMapping
  public List<CaseView> cases() {
    if (currentUser.isIn(StaffGroup.AUDIT_TEAM)) {
      return register.all().stream().map(CaseView::of).toList();
    }
    String me = currentUser.userId();
    return directory.teamsManagedBy(me).stream()
        .flatMap(team -> register.ofTeam(team.getCode()).stream())
        .map(CaseView::of)
        .toList();
  }

  @GetMapping("/{childReference}")
  public CaseView get(@PathVariable String childReference) {
    ChildCase childCase = register.get(childReference);
    if (!currentUser.isIn(StaffGroup.AUDIT_TEAM)) {
      String me = currentUser.userId();
      boolean managesTeam = me.equals(childCase.getTeam().getTeamManager())
          || me.equals(childCase.getTeam().getPracticeManager());
      if (!managesTeam) {
        // Same answer as for an unknown reference: nobody learns which children are on the register.
        throw new NotFoundException("No case with child reference " + childReference + ".");
      }
    }
    return CaseView.of(childCase);
  }

  /** Imports the register from CSV (see {@link CaseImporter}); a file with any bad row changes nothing. */
  @PostMapping(value = "/import", consumes = {"text/csv", "text/plain"})
  public CaseImporter.Result importCases(@RequestBody String csv) {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    return importer.importCsv(csv);
  }
}
