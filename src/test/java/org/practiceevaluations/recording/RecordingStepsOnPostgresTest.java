package org.practiceevaluations.recording;

import org.practiceevaluations.support.PostgresAppTest;

/** The recording steps as jobs, on PostgreSQL: the tables, the unique keys and the rollback behave the same. */
@PostgresAppTest
class RecordingStepsOnPostgresTest extends RecordingStepsContract {}
