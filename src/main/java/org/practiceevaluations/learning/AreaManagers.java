package org.practiceevaluations.learning;

import java.util.List;
import org.practiceevaluations.directory.ServiceArea;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamDirectory;
import org.springframework.stereotype.Service;

/** Who manages a service area: whom its QA meeting is offered to, and who may see its packs. */
@Service
public class AreaManagers {

  private final TeamDirectory directory;

  public AreaManagers(TeamDirectory directory) {
    this.directory = directory;
  }

  /** The practice managers of an area's teams, in the directory's order. */
  public List<String> practiceManagers(String areaCode) {
    return directory.teams().stream().filter(t -> t.getServiceArea().getCode().equals(areaCode))
        .map(Team::getPracticeManager).distinct().toList();
  }

  /** May this person see the area's packs: its practice managers and its head of service. */
  public boolean isAreaManager(String userId, String areaCode) {
    return practiceManagers(areaCode).contains(userId) || directory.serviceAreas().stream()
        .anyMatch(a -> a.getCode().equals(areaCode) && userId.equals(a.getHeadOfService()));
  }

  /** The codes of the service areas that have teams, in the directory's order. */
  List<String> areasWithTeams() {
    return directory.teams().stream().map(t -> t.getServiceArea().getCode()).distinct().toList();
  }

  /** The service area of a code, whatever its case. */
  ServiceArea area(String code) {
    String wanted = code == null ? "" : code.trim();
    return directory.serviceAreas().stream().filter(a -> a.getCode().equalsIgnoreCase(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("There is no service area " + wanted + "."));
  }
}
