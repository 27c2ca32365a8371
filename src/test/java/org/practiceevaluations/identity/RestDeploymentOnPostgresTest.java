package org.practiceevaluations.identity;

import org.practiceevaluations.support.PostgresAppTest;

/** {@link RestDeploymentContract} on a real PostgreSQL server. */
@PostgresAppTest
class RestDeploymentOnPostgresTest extends RestDeploymentContract {}
