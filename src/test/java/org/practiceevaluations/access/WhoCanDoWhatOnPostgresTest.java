package org.practiceevaluations.access;

import org.practiceevaluations.support.PostgresAppTest;

/** {@link WhoCanDoWhatContract} on a real PostgreSQL server. */
@PostgresAppTest
class WhoCanDoWhatOnPostgresTest extends WhoCanDoWhatContract {}
