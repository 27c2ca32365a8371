package org.practiceevaluations.learning;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Which month a QA meeting is about, and the monthly start of every service area's meeting. */
@Service
public class QaMeetingSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(QaMeetingSchedule.class);

  private final RuntimeService runtimeService;
  private final AreaManagers areaManagers;
  private final Clock clock;

  public QaMeetingSchedule(RuntimeService runtimeService, AreaManagers areaManagers, Clock clock) {
    this.runtimeService = runtimeService;
    this.areaManagers = areaManagers;
    this.clock = clock;
  }

  /** The month a start form names ("2027-03"), or, left empty, the month that ended last. */
  public YearMonth month(String text) {
    YearMonth current = YearMonth.now(clock);
    if (text == null || text.isBlank()) {
      return current.minusMonths(1);
    }
    YearMonth month;
    try {
      month = YearMonth.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text.trim() + "' is not a month: write it like 2027-03.");
    }
    if (month.isAfter(current)) {
      throw new IllegalArgumentException("The month " + month + " has not started yet.");
    }
    return month;
  }

  /** Starts a QA meeting for every service area with teams, for the month that ended last. */
  public List<String> startForEveryArea() {
    YearMonth month = YearMonth.now(clock).minusMonths(1);
    List<String> areas = areaManagers.areasWithTeams();
    for (String area : areas) {
      Map<String, Object> variables = new HashMap<>();
      QaMeetingProcess.Vars.SERVICE_AREA_CODE.put(variables, area);
      QaMeetingProcess.Vars.MONTH.put(variables, month.toString());
      runtimeService.startProcessInstanceByKey(QaMeetingProcess.KEY, variables);
    }
    LOG.info("QA meetings of {} started for service areas {}", month, areas);
    return areas;
  }
}
