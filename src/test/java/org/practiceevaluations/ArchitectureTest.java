package org.practiceevaluations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The two package rules of docs/architecture.md (docs/adr/0028), checked on the main classes.
 *
 * <ul>
 *   <li>The top-level packages ({@code org.practiceevaluations.X} with everything under it) depend on each other
 *       without cycles, so each capability can be read, changed and tested from its own package downwards.</li>
 *   <li>Only the adapter package {@code org.practiceevaluations.engine} (and its sub-packages) uses the engine's
 *       internals ({@code org.camunda.bpm.engine.impl}); everything else uses the engine's public API or the
 *       interfaces the adapter and {@code common} define.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "org.practiceevaluations", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles = slices()
      .matching("org.practiceevaluations.(*)..")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheEngineAdapterUsesEngineInternals = noClasses()
      .that().resideOutsideOfPackage("org.practiceevaluations.engine..")
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
      .because("engine internals are used only by the adapter package org.practiceevaluations.engine "
          + "(docs/adr/0028-package-direction-and-engine-adapter.md)");
}
