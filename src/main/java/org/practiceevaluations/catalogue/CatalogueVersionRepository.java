package org.practiceevaluations.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CatalogueVersionRepository extends JpaRepository<CatalogueVersion, Integer> {

  @Query("select max(c.version) from CatalogueVersion c")
  Optional<Integer> latestVersion();
}
