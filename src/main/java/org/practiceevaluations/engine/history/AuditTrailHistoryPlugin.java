package org.practiceevaluations.engine.history;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes {@code camunda.bpm.history-level: audit-trail} ({@link AuditTrailHistoryLevel}) known to the engine, and moves
 * a database that was kept at {@code full} (every installation before it) to it: the engine refuses to start when
 * the level in its database is not the configured one. Only {@code full} is moved; the rows it wrote stay until
 * the history clean-up removes them with their process instance. Any other level in the database still stops the
 * start, as the engine would.
 */
@Component
public class AuditTrailHistoryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AuditTrailHistoryPlugin.class);
  private static final String PROPERTY = "historyLevel";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(new AuditTrailHistoryLevel());
    configuration.setCustomHistoryLevels(custom);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!AuditTrailHistoryLevel.NAME.equals(configuration.getHistory())) {
      return;
    }
    // before the engine's own check of the level (when it is built, after every plugin's postInit)
    configuration.getCommandExecutorSchemaOperations().execute((Command<Void>) context -> {
      if (!context.getDbSqlSession().isTablePresent("ACT_GE_PROPERTY")) {
        return null; // a new database: the engine writes the configured level itself
      }
      PropertyEntity level = context.getPropertyManager().findPropertyById(PROPERTY);
      if (level != null && Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()).equals(level.getValue())) {
        level.setValue(Integer.toString(AuditTrailHistoryLevel.ID));
        LOG.info("history level: from full to {} (docs/adr/0024-history-kept-for-the-audit-trail.md)",
            AuditTrailHistoryLevel.NAME);
      }
      return null;
    });
  }
}
