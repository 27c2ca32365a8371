package org.practiceevaluations.caseregister;

import org.practiceevaluations.support.AppTest;

/** {@link CaseImportContract} on H2. */
@AppTest
class CaseImportTest extends CaseImportContract {}
