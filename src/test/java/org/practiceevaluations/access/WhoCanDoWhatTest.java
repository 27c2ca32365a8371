package org.practiceevaluations.access;

import org.practiceevaluations.support.AppTest;

/** {@link WhoCanDoWhatContract} on H2. */
@AppTest
class WhoCanDoWhatTest extends WhoCanDoWhatContract {}
