package org.practiceevaluations.directory;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilRoleRepository extends JpaRepository<CouncilRoleHolder, CouncilRole> {}
