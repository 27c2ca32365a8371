package org.practiceevaluations.identity;

import org.practiceevaluations.support.AppTest;

/** {@link RestDeploymentContract} on H2. */
@AppTest
class RestDeploymentTest extends RestDeploymentContract {}
