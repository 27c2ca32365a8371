package org.practiceevaluations.directory;

import org.practiceevaluations.common.StepFailure;
import java.util.List;
import java.util.Optional;
import org.practiceevaluations.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the team directory: service areas, teams, their managers, and the service-wide roles. */
@Service
@Transactional(readOnly = true)
public class TeamDirectory {

  private final TeamRepository teams;
  private final ServiceAreaRepository areas;
  private final CouncilRoleRepository roles;

  public TeamDirectory(TeamRepository teams, ServiceAreaRepository areas, CouncilRoleRepository roles) {
    this.teams = teams;
    this.areas = areas;
    this.roles = roles;
  }

  public List<Team> teams() {
    return teams.findAllByOrderByServiceAreaNameAscNameAsc();
  }

  public List<ServiceArea> serviceAreas() {
    return areas.findAll();
  }

  public Optional<Team> findTeam(String code) {
    return teams.findByCode(code);
  }

  public Team team(String code) {
    return findTeam(code).orElseThrow(() -> new NotFoundException("No team with code " + code + "."));
  }

  /** The user holding a service-wide role, if anyone has been named for it. */
  public Optional<String> holderOf(CouncilRole role) {
    return roles.findById(role).map(CouncilRoleHolder::getUserId);
  }

  /**
   * The audit manager named in the directory's roles. A process step that needs one fails with a plain reason
   * (an incident in Cockpit, retried once someone is named) when nobody is.
   */
  public String auditManager() {
    return holderOf(CouncilRole.AUDIT_MANAGER)
        .orElseThrow(() -> new IllegalStateException(
            StepFailure.STEP_STOPPED.say("No audit manager is named in the team directory.")));
  }

  /** Teams a person manages (as team manager or practice manager). */
  public List<Team> teamsManagedBy(String userId) {
    return teams.findByTeamManagerOrPracticeManager(userId, userId);
  }
}
