package org.practiceevaluations.caseregister;

import java.util.List;
import java.util.Optional;
import org.practiceevaluations.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the case register. */
@Service
@Transactional(readOnly = true)
public class CaseRegister {

  private final ChildCaseRepository cases;

  public CaseRegister(ChildCaseRepository cases) {
    this.cases = cases;
  }

  public Optional<ChildCase> find(String childReference) {
    return cases.findByChildReference(childReference);
  }

  public ChildCase get(String childReference) {
    return find(childReference)
        .orElseThrow(() -> new NotFoundException("No case with child reference " + childReference + "."));
  }

  public List<ChildCase> openCases() {
    return cases.findByOpenTrueOrderByChildReference();
  }

  public List<ChildCase> all() {
    return cases.findAllByOrderByChildReference();
  }

  public List<ChildCase> ofTeam(String teamCode) {
    return cases.findByTeamCodeOrderByChildReference(teamCode);
  }

  public long count() {
    return cases.count();
  }
}
