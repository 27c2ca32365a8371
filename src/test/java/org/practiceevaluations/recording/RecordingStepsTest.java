package org.practiceevaluations.recording;

import org.practiceevaluations.support.AppTest;

/** The recording steps as jobs, on H2 (see {@link RecordingStepsContract}). */
@AppTest
class RecordingStepsTest extends RecordingStepsContract {}
