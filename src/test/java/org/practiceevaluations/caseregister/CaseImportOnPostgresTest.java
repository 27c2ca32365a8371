package org.practiceevaluations.caseregister;

import org.practiceevaluations.support.PostgresAppTest;

/** {@link CaseImportContract} on a real PostgreSQL server. */
@PostgresAppTest
class CaseImportOnPostgresTest extends CaseImportContract {}
