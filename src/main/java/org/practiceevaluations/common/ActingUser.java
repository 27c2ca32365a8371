package org.practiceevaluations.common;

import java.util.List;

/**
 * Who the engine is acting for on this thread: the person logged in to the engine (Tasklist, the REST API, the
 * application's own API), as the engine's identity service holds them. The engine adapter implements it
 * ({@code org.practiceevaluations.engine.EngineActingUser}), so the capabilities read the person without the engine's
 * internal {@code Authentication} type (docs/adr/0028).
 */
public interface ActingUser {

  /** The user id of the person, or null when nobody is logged in (the engine acting on its own, a job). */
  String userId();

  /** The ids of the person's groups; empty when nobody is logged in or the person has none. */
  List<String> groupIds();
}
