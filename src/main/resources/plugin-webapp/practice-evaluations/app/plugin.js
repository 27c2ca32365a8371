/*
 * Practice Evaluations: the audit manager's view in Camunda Cockpit (docs/adr/0006).
 *
 *  - cockpit.dashboard: "Audit overview" (GET /api/audit/overview, and GET /api/reports/managers-share)
 *  - cockpit.processInstance.runtime.tab: "Evaluation" (GET /api/audit/process-instances/{id})
 *
 * Plain JavaScript, no build step. Everything from the server goes into the page as text nodes, never parsed as
 * HTML, so what people typed (actions, case notes) cannot become markup. Cockpit's own CSS classes (Bootstrap
 * 3 grid, cam-table, stats-section, label) give the look; plugin.css adds the little that is ours.
 */

const DEFAULT_TIME_ZONE = 'Europe/London';

/* ---------------------------------------------------------------------------------------------------------------
 * Talking to the application
 * ------------------------------------------------------------------------------------------------------------- */

/**
 * The application's context root. api.adminApi is "<context>/<webapp path>/api/admin"; the Camunda webapps live at
 * "<context>/camunda" (camunda.bpm.webapp.application-path, left at its default) and the application's own API at
 * "<context>/api".
 */
function contextRoot(api) {
  const appRoot = String(api.adminApi || '/camunda/api/admin').replace(/\/api\/admin\/?$/, '');
  return appRoot.replace(/\/camunda$/, '');
}

/** GET a JSON document with the Cockpit session; rejects with the server's message and status. */
async function getJson(api, path) {
  const response = await fetch(contextRoot(api) + path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || '' },
  });
  let body = null;
  try {
    body = await response.json();
  } catch (ignored) {
    body = null;
  }
  if (!response.ok) {
    const error = new Error((body && body.message) || `The server answered ${response.status}.`);
    error.status = response.status;
    throw error;
  }
  return body;
}

function processInstanceLink(processInstanceId) {
  return `#/process-instance/${encodeURIComponent(processInstanceId)}/runtime`;
}

/* ---------------------------------------------------------------------------------------------------------------
 * Building the page: elements with text children only
 * ------------------------------------------------------------------------------------------------------------- */

/** An element with attributes and children; strings and numbers become text nodes. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    node.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function link(text, processInstanceId) {
  return processInstanceId ? el('a', { href: processInstanceLink(processInstanceId), class: 'pe-ref' }, text) : text;
}

function table(className, headings, rows, footer) {
  return el('div', { class: 'table-responsive pe-table' },
    el('table', { class: `cam-table ${className || ''}` },
      el('thead', null, el('tr', null, headings.map((h) => (h instanceof Node ? h : el('th', null, h))))),
      el('tbody', null, rows),
      footer ? el('tfoot', null, footer) : null));
}

function emptyRow(columns, text) {
  return el('tr', { class: 'pe-empty' }, el('td', { colspan: columns, class: 'text-muted' }, text));
}

function heading(text, detail) {
  return el('h4', { class: 'pe-heading' }, text, detail ? el('small', { class: 'text-muted' }, ` ${detail}`) : null);
}

function message(text, kind) {
  return el('p', { class: kind === 'error' ? 'text-danger pe-message' : 'text-muted pe-message' }, text);
}

/* ---------------------------------------------------------------------------------------------------------------
 * Dates and deadlines
 * ------------------------------------------------------------------------------------------------------------- */

function day(iso, zone) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', timeZone: zone || DEFAULT_TIME_ZONE,
  }).format(new Date(iso));
}

function dayAndTime(iso, zone) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone || DEFAULT_TIME_ZONE,
  }).format(new Date(iso));
}

/** A calendar date ("2026-11-30") as "30 Nov 2026". */
function localDate(value) {
  if (!value) {
    return '';
  }
  const [year, month, date] = String(value).split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, date)));
}

function days(n) {
  return n === 1 ? '1 day' : `${n} days`;
}

function overdueBy(n) {
  return n === 0 ? 'since today' : days(n);
}

/** A deadline's state as a Cockpit label: red overdue, green done, grey due. */
function deadlineState(deadline) {
  switch (deadline.state) {
    case 'OVERDUE':
      return el('span', { class: 'label label-danger', 'data-state': 'OVERDUE' },
        deadline.days === 0 ? 'Overdue today' : `Overdue by ${days(deadline.days)}`);
    case 'DONE':
      return deadline.days > 0
        ? el('span', { class: 'label label-warning', 'data-state': 'DONE' }, `Done, ${days(deadline.days)} late`)
        : el('span', { class: 'label label-success', 'data-state': 'DONE' }, 'Done');
    case 'DUE':
      return el('span', { class: 'label label-default', 'data-state': 'DUE' },
        deadline.days === 0 ? 'Due today' : `Due in ${days(deadline.days)}`);
    default:
      return el('span', { class: 'text-muted', 'data-state': 'NOT_YET' }, 'Not yet');
  }
}

/* ---------------------------------------------------------------------------------------------------------------
 * The dashboard: "Audit overview"
 * ------------------------------------------------------------------------------------------------------------- */

function stageTiles(data) {
  return el('div', { class: 'row stats pe-stages' },
    data.stages.map((stage) => el('div', {
      class: 'stats-section col-xs-6 col-sm-4 col-lg-2', 'data-figure': `stage-${stage.stage}`,
    },
    el('span', { class: 'stats-label' }, stage.label),
    el('span', { class: 'value' }, stage.count))));
}

function areaTable(data) {
  const headings = ['Service area', ...data.stages.map((s) => s.label), 'Open'];
  const rows = data.serviceAreas.map((area) => el('tr', { 'data-area': area.code },
    el('th', { scope: 'row' }, area.name),
    data.stages.map((s) => el('td', { class: 'pe-number', 'data-stage': s.stage }, area.stages[s.stage] || 0)),
    el('td', { class: 'pe-number pe-total', 'data-stage': 'OPEN' }, area.open)));
  const total = el('tr', null, el('th', { scope: 'row' }, 'All service areas'),
    data.stages.map((s) => el('td', { class: 'pe-number' }, s.count)),
    el('td', { class: 'pe-number pe-total' }, data.openEvaluations));
  return table('pe-areas', headings, rows.length ? rows : emptyRow(headings.length, 'No service areas yet.'), total);
}

function overdueEvaluationsTable(data, zone) {
  const headings = ['Evaluation', 'What', 'Team', 'Held by', 'Due', 'Overdue by'];
  const rows = data.overdueEvaluations.map((o) => el('tr', { 'data-reference': o.reference },
    el('td', null, link(o.reference, o.processInstanceId)),
    el('td', null, o.what),
    el('td', null, o.team),
    el('td', null, o.heldBy ? o.heldBy.name : ''),
    el('td', { class: 'pe-date' }, day(o.dueAt, zone)),
    el('td', { class: 'pe-overdue' }, overdueBy(o.daysOverdue))));
  return table('pe-overdue-evaluations', headings,
    rows.length ? rows : emptyRow(headings.length, 'No evaluation or moderation is overdue.'));
}

function overdueCaseNotesTable(data, zone) {
  const headings = ['Evaluation', 'Team', 'Team manager', 'Due', 'Overdue by'];
  const rows = data.overdueCaseNotes.map((o) => el('tr', { 'data-reference': o.reference },
    el('td', null, link(o.reference, o.processInstanceId)),
    el('td', null, o.team),
    el('td', null, o.teamManager ? o.teamManager.name : ''),
    el('td', { class: 'pe-date' }, day(o.dueAt, zone)),
    el('td', { class: 'pe-overdue' }, overdueBy(o.daysOverdue))));
  return table('pe-overdue-case-notes', headings,
    rows.length ? rows : emptyRow(headings.length, 'Every team has written its case note on time.'));
}

function concernsTable(data, zone) {
  const headings = ['Case of concern', 'Evaluation', 'Team', 'Opened', 'Next deadline', 'Due', ''];
  const rows = data.concerns.map((c) => el('tr', { 'data-reference': c.reference },
    el('td', null, link(c.reference, c.processInstanceId)),
    el('td', null, c.evaluationReference),
    el('td', null, c.team),
    el('td', { class: 'pe-date' }, day(c.openedAt, zone)),
    el('td', { class: 'pe-next' }, c.next ? c.next.what : 'None'),
    el('td', { class: 'pe-date' }, c.next ? day(c.next.due, zone) : ''),
    el('td', null, c.next ? deadlineState(c.next) : '')));
  return table('pe-concerns', headings, rows.length ? rows : emptyRow(headings.length, 'No case of concern is open.'));
}

function percentText(value) {
  return value === null || value === undefined ? '–' : `${value}%`;
}

function gradeCell(grade, thisQuarter, lastQuarter) {
  return el('td', { class: 'pe-number', 'data-grade': grade },
    el('span', { class: 'pe-this' }, thisQuarter.grades[grade] || 0),
    el('span', { class: 'pe-last text-muted' }, `was ${lastQuarter.grades[grade] || 0}`));
}

function goodOrBetterCell(thisQuarter, lastQuarter) {
  const now = thisQuarter.goodOrBetterPercent;
  const before = lastQuarter.goodOrBetterPercent;
  let trend = null;
  if (now !== null && before !== null && now !== before) {
    trend = el('span', { class: now > before ? 'pe-up' : 'pe-down', title: now > before ? 'Up' : 'Down' },
      now > before ? ' ▲' : ' ▼');
  }
  return el('td', { class: 'pe-number', 'data-grade': 'good-or-better' },
    el('span', { class: 'pe-this' }, percentText(now), trend),
    el('span', { class: 'pe-last text-muted' }, `was ${percentText(before)}`));
}

function gradesTable(grades) {
  const codes = grades.grades.map((g) => g.code);
  const headings = ['Service area', ...grades.grades.map((g) => g.label), 'All', 'Good or outstanding'];
  const row = (attributes, name, thisQuarter, lastQuarter) => el('tr', attributes,
    el('th', { scope: 'row' }, name),
    codes.map((code) => gradeCell(code, thisQuarter, lastQuarter)),
    el('td', { class: 'pe-number pe-total', 'data-grade': 'total' },
      el('span', { class: 'pe-this' }, thisQuarter.total),
      el('span', { class: 'pe-last text-muted' }, `was ${lastQuarter.total}`)),
    goodOrBetterCell(thisQuarter, lastQuarter));
  const rows = grades.serviceAreas.map((a) => row({ 'data-area': a.code }, a.name, a.thisQuarter, a.lastQuarter));
  const total = row({ 'data-area': 'ALL' }, 'All service areas', grades.totalThisQuarter, grades.totalLastQuarter);
  return table('pe-grades', headings, rows, total);
}

function moderationTiles(moderation) {
  const tile = (name, label, figures) => el('div', { class: 'stats-section col-xs-12 col-sm-6', 'data-figure': name },
    el('span', { class: 'stats-label' }, label),
    el('span', { class: 'value' }, percentText(figures.agreementPercent)),
    el('span', { class: 'pe-detail text-muted' }, figures.moderated === 0 ? 'No moderation completed.'
      : `${figures.agreed} of ${figures.moderated} moderator's grades the same as the first auditor's; `
        + `${figures.moderatorHigher} higher, ${figures.moderatorLower} lower.`));
  return el('div', { class: 'row stats pe-moderation' },
    tile('moderation-this-quarter', moderation.thisQuarter.label, moderation.thisQuarterFigures),
    tile('moderation-last-quarter', moderation.lastQuarter.label, moderation.lastQuarterFigures));
}

function incidentsTable(incidents, zone) {
  const headings = ['Since', 'Process', 'Reference', 'Step', 'What went wrong'];
  const rows = incidents.items.map((i) => el('tr', { 'data-incident': i.incidentId },
    el('td', { class: 'pe-date' }, dayAndTime(i.since, zone)),
    el('td', null, i.process),
    el('td', null, link(i.reference || 'Open the process', i.processInstanceId)),
    el('td', null, i.step),
    el('td', { class: 'pe-cause' }, i.cause)));
  return table('pe-incidents', headings, rows.length ? rows : emptyRow(headings.length, 'No open incidents.'));
}

/**
 * "Managers complete at least half of their evaluations themselves" (GET /api/reports/managers-share): each team and
 * practice manager's year so far, the ones below half named first in words, then the table.
 */
function managersShareBlock(shares, year) {
  const below = shares.filter((m) => m.share !== null && !m.atLeastHalf);
  const share = (m) => (m.share === null ? '–' : `${Math.round(m.share * 100)}%`);
  const verdict = (m) => {
    if (m.share === null) {
      return el('td', { class: 'text-muted' }, 'None allocated');
    }
    return m.atLeastHalf ? el('td', { class: 'pe-up' }, 'Yes') : el('td', { class: 'pe-down' }, 'No, below half');
  };
  const rows = shares.map((m) => el('tr', { 'data-manager': m.userId, class: m.share !== null && !m.atLeastHalf
    ? 'pe-below-half' : null },
    el('th', { scope: 'row' }, m.name),
    el('td', { class: 'pe-number' }, m.allocated),
    el('td', { class: 'pe-number' }, m.completedThemselves),
    el('td', { class: 'pe-number' }, share(m)),
    verdict(m)));
  return [
    heading(`Managers' own share of their evaluations, ${year}`, 'at least half themselves'),
    el('p', { class: below.length ? 'pe-managers-below' : 'pe-managers-below text-muted' }, below.length
      ? `Below half: ${below.map((m) => `${m.name} (${m.completedThemselves} of ${m.allocated}, ${share(m)})`)
        .join('; ')}.`
      : 'Every manager with evaluations allocated this year completed at least half of them themselves.'),
    table('pe-managers-share', ['Manager', el('th', { class: 'pe-number' }, 'Allocated'),
      el('th', { class: 'pe-number' }, 'Completed themselves'), el('th', { class: 'pe-number' }, 'Share'),
      'At least half?'],
      rows.length ? rows : emptyRow(5, 'No team or practice managers in the directory.')),
  ];
}

function overviewContent(data) {
  const zone = data.timeZone;
  const grades = data.grades;
  return [
    el('header', { class: 'pe-overview-header' },
      el('h1', { class: 'section-title' }, 'Audit overview'),
      el('span', { class: 'text-muted pe-as-of' }, `As at ${dayAndTime(data.asOf, zone)}`)),
    el('div', { class: 'pe-block', 'data-block': 'stages' },
      heading('Open evaluations by stage', `${data.openEvaluations} open`),
      stageTiles(data)),
    el('div', { class: 'pe-block', 'data-block': 'service-areas' },
      heading('Open evaluations by service area'), areaTable(data)),
    el('div', { class: 'pe-block', 'data-block': 'overdue-evaluations' },
      heading('Overdue evaluations', `${data.overdueEvaluations.length}`), overdueEvaluationsTable(data, zone)),
    el('div', { class: 'pe-block', 'data-block': 'overdue-case-notes' },
      heading('Overdue team case notes', `${data.overdueCaseNotes.length}`), overdueCaseNotesTable(data, zone)),
    el('div', { class: 'pe-block', 'data-block': 'concerns' },
      heading('Open cases of concern', `${data.concerns.length}`), concernsTable(data, zone)),
    el('div', { class: 'row' },
      el('div', { class: 'pe-block col-xs-12 col-lg-8', 'data-block': 'grades' },
        heading(`Final grades, ${grades.thisQuarter.label}`, `against ${grades.lastQuarter.label} (“was”)`),
        gradesTable(grades)),
      el('div', { class: 'pe-block col-xs-12 col-lg-4', 'data-block': 'moderation' },
        heading('Moderation agreement'), moderationTiles(data.moderation))),
    el('div', { class: 'pe-block', 'data-block': 'incidents' },
      heading('Open incidents', `${data.incidents.count}`), incidentsTable(data.incidents, zone)),
    el('div', { class: 'pe-block', 'data-block': 'managers-share' }, message('Loading the managers\' share…')),
  ];
}

/** Fills the managers' share block once its figures are in (a failure there leaves the rest of the overview). */
function fillManagersShare(root, api, year) {
  const block = root.querySelector('[data-block=managers-share]');
  return getJson(api, `/api/reports/managers-share?year=${year}`)
    .then((shares) => block.replaceChildren(...managersShareBlock(shares, year)))
    .catch((error) => block.replaceChildren(
      message(`The managers' share could not be loaded: ${error.message}`, 'error')));
}

function renderOverview(node, api) {
  const root = el('div', { class: 'pe-audit pe-audit-overview' }, message('Loading the audit overview…'));
  node.appendChild(root);
  getJson(api, '/api/audit/overview')
    .then((data) => {
      root.replaceChildren(...overviewContent(data));
      return fillManagersShare(root, api, new Date(data.asOf).getFullYear());
    })
    .then(() => root.setAttribute('data-loaded', 'true'))
    .catch((error) => {
      // Process owners open Cockpit too: the overview is the audit team's, so for them it steps aside.
      root.className = 'pe-audit pe-audit-unavailable';
      root.replaceChildren(error.status === 403
        ? message('The audit overview is for the audit team.')
        : message(`The audit overview could not be loaded: ${error.message}`, 'error'));
    });
}

/* ---------------------------------------------------------------------------------------------------------------
 * The process instance tab: "Evaluation"
 * ------------------------------------------------------------------------------------------------------------- */

function definitionList(pairs) {
  const shown = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return el('dl', { class: 'pe-facts' }, shown.map(([term, value]) => [el('dt', null, term), el('dd', null, value)]));
}

function gradeText(grade) {
  return grade ? grade.label : 'Not yet';
}

function deadlinesTable(deadlines, zone, className) {
  const rows = deadlines.map((d) => el('tr', { 'data-deadline': d.what },
    el('td', null, d.what),
    el('td', { class: 'pe-date' }, day(d.due, zone)),
    el('td', { class: 'pe-date' }, day(d.done, zone)),
    el('td', null, d.due || d.done ? deadlineState(d) : el('span', { class: 'text-muted' }, 'Not yet'))));
  return table(className, ['Step', 'Due', 'Done', ''], rows);
}

function actionsTable(actions) {
  const rows = actions.map((a) => el('tr', { 'data-action': a.number },
    el('td', { class: 'pe-number' }, a.number),
    el('td', { class: 'pe-text' }, a.description),
    el('td', { class: 'pe-name' }, a.owner ? a.owner.name : ''),
    el('td', { class: 'pe-date' }, localDate(a.dueOn)),
    el('td', null, a.status === 'Done'
      ? el('span', { class: 'label label-success' }, `Done ${localDate(a.completedOn)}`)
      : el('span', { class: a.overdue ? 'label label-danger' : 'label label-default' },
        a.overdue ? 'Open, overdue' : 'Open')),
    el('td', { class: 'pe-text' }, a.progressNote || '')));
  return table('pe-actions', ['#', 'Action', 'Owner', 'Due', 'State', 'Progress'],
    rows.length ? rows : emptyRow(6, 'No actions recorded yet.'));
}

/**
 * The evaluation tool's sections as judged: each section's judgements and the statements of what good looks like,
 * ticked where the first auditor (and, when moderated, the moderator) found them met.
 */
function sectionsTable(tool, moderated) {
  if (!tool || !tool.sections.length) {
    return message('No sections recorded yet.');
  }
  const met = (yes) => (yes ? el('span', { class: 'label label-success' }, 'Met')
    : el('span', { class: 'text-muted' }, 'Not met'));
  const rows = [];
  tool.sections.forEach((s) => {
    const judged = (j) => (s.judged ? (j || 'Not yet') : 'Not graded');
    rows.push(el('tr', { class: 'pe-section-row', 'data-section': s.number },
      el('th', { scope: 'row', class: 'pe-text' }, `${s.number}. ${s.title}`),
      el('td', null, judged(s.firstJudgement),
        s.statements.length ? el('div', { class: 'text-muted' },
          `${s.statementsMetByFirst} of ${s.statements.length} statements met`) : null),
      moderated ? el('td', null, judged(s.moderatorJudgement),
        s.statements.length ? el('div', { class: 'text-muted' },
          `${s.statementsMetByModerator} of ${s.statements.length} statements met`) : null) : null));
    s.statements.forEach((st) => rows.push(el('tr', { class: 'pe-statement', 'data-section': s.number },
      el('td', { class: 'pe-text pe-statement-text' }, st.text),
      el('td', null, met(st.metByFirst)),
      moderated ? el('td', null, met(st.metByModerator)) : null)));
  });
  return table('pe-sections', moderated ? ['Section and what good looks like', 'First auditor', 'Moderator']
    : ['Section and what good looks like', 'First auditor'], rows);
}

function caseNotesTable(caseNotes, zone) {
  if (caseNotes.keptElsewhere) {
    return message('Case notes are kept in the council\'s case-management system: read them there.');
  }
  const rows = caseNotes.notes.map((n) => el('tr', { 'data-note': n.kind || '' },
    el('td', { class: 'pe-date' }, day(n.createdAt, zone)),
    el('td', { class: 'pe-text' },
      el('details', null, el('summary', null, n.subject), el('div', { class: 'pe-note-text' }, n.text))),
    el('td', null, n.author)));
  return table('pe-case-notes', ['Added', 'Case note', 'By'], rows.length ? rows : emptyRow(3, 'No case notes yet.'));
}

function documentsList(documents, api, zone) {
  if (!documents.length) {
    return message('The evaluation has not been saved to the child\'s file yet.');
  }
  return el('ul', { class: 'list-unstyled pe-documents' }, documents.map((d) => el('li', null,
    el('a', { href: contextRoot(api) + d.download, download: d.fileName, 'data-document': d.id },
      el('span', { class: 'glyphicon glyphicon-download-alt', 'aria-hidden': 'true' }), ` Download ${d.fileName}`),
    el('span', { class: 'text-muted' }, ` (${Math.max(1, Math.round(d.size / 1024))} KB, saved ${day(d.storedAt, zone)}`
      + ` in “${d.folder}”)`))));
}

/** What the team said of a grade at a discussion. */
function teamViewText(discussion) {
  if (discussion.teamAgrees === null || discussion.teamAgrees === undefined) {
    return 'Not recorded';
  }
  return discussion.teamAgrees ? 'Agrees with the grade'
    : `Does not agree: in the team's view the grade is ${discussion.teamView ? discussion.teamView.label : 'not given'}`;
}

function writtenText(text) {
  return text ? el('div', { class: 'pe-note-text' }, text) : null;
}

/** Section 15 or 15a, whole: when, who, what was said, and the team's view of the grade with its reasons. */
function teamDiscussionPart(key, title, gradeName, discussion) {
  const held = Boolean(discussion.heldOn || discussion.discussion
    || (discussion.teamAgrees !== null && discussion.teamAgrees !== undefined));
  return el('div', { class: 'pe-discussion col-xs-12 col-md-6', 'data-discussion': key },
    el('h5', { class: 'pe-discussion-title' }, title),
    held ? definitionList([
      ['Held on', localDate(discussion.heldOn)],
      ['With', discussion.attendees],
      ['What was discussed', writtenText(discussion.discussion)],
      [`The team's view of ${gradeName}`, teamViewText(discussion)],
      ['The team\'s reasons', writtenText(discussion.teamReasons)],
    ]) : message('Not held yet.'));
}

function discussionsSection(discussions, moderated, zone) {
  const parts = [teamDiscussionPart('reflective', 'Reflective discussion with the team (section 15)',
    'the first auditor\'s grade', discussions.reflective)];
  if (moderated && discussions.moderation) {
    parts.push(teamDiscussionPart('moderation', 'Moderation discussion (section 15a)', 'the moderator\'s grade',
      discussions.moderation));
  }
  const later = [];
  const disputed = discussions.disputedGrade;
  if (disputed) {
    later.push(el('div', { class: 'pe-discussion col-xs-12 col-md-6', 'data-discussion': 'disputed-grade' },
      el('h5', { class: 'pe-discussion-title' }, 'Discussion of the disputed grade'),
      definitionList([
        ['Held on', day(disputed.discussedAt, zone)],
        ['What was discussed', writtenText(disputed.discussion)],
        ['Grade agreed', disputed.agreed === null || disputed.agreed === undefined ? 'Not recorded'
          : (disputed.agreed ? `Yes: ${disputed.agreedGrade ? disputed.agreedGrade.label : ''}` : 'No')],
      ])));
  }
  const decision = discussions.auditManagersDecision;
  if (decision) {
    later.push(el('div', { class: 'pe-discussion col-xs-12 col-md-6', 'data-discussion': 'audit-managers-decision' },
      el('h5', { class: 'pe-discussion-title' }, 'The audit manager\'s decision'),
      definitionList([
        ['Decided by', decision.decidedBy ? decision.decidedBy.name : null],
        ['On', day(decision.decidedAt, zone)],
        ['Grade decided', decision.grade ? decision.grade.label : null],
        ['Reasons', writtenText(decision.reasons)],
      ])));
  }
  return el('div', { class: 'pe-block', 'data-block': 'discussions' }, heading('Discussions of the grade'),
    el('div', { class: 'row' }, parts), later.length ? el('div', { class: 'row' }, later) : null);
}

function concernSection(concern, zone) {
  const facts = definitionList([
    ['Status', concern.status],
    ['Opened', day(concern.openedAt, zone)],
    ['Closed', day(concern.closedAt, zone)],
    ['Outcome', concern.outcome],
    ['Practice manager', concern.practiceManager ? concern.practiceManager.name : null],
    ['Monthly progress reviews', String(concern.progressReviews)],
    ['Last review', concern.lastProgressReviewOn
      ? `${localDate(concern.lastProgressReviewOn)}, ${concern.lastProgressReviewOnTrack ? 'on track' : 'not on track'}`
      : null],
  ]);
  return el('div', { class: 'pe-block', 'data-block': 'concern' },
    heading(`Case of concern ${concern.reference}`,
      concern.next ? `next: ${concern.next.what.toLowerCase()}, ${day(concern.next.due, zone)}` : null),
    el('div', { class: 'row' },
      el('div', { class: 'col-xs-12 col-md-4' }, facts),
      el('div', { class: 'col-xs-12 col-md-8' }, deadlinesTable(concern.deadlines, zone, 'pe-concern-deadlines'))));
}

function tabContent(data, api) {
  const zone = data.timeZone;
  const e = data.evaluation;
  const c = e.theCase;
  const people = table('pe-people', ['Role', 'Name'], e.people.map((p) => el('tr', { 'data-role': p.role },
    el('td', null, p.role), el('td', null, p.name))));
  const grades = definitionList([
    ['First auditor\'s grade', gradeText(e.grades.first)],
    ['Moderated grade', e.moderated ? gradeText(e.grades.moderated) : 'Not moderated'],
    ['Final grade', gradeText(e.grades.finalGrade)],
    ['Settled by', e.grades.finalGradeSource],
    ['Discrepancy', e.grades.discrepancy === null || e.grades.discrepancy === undefined ? null
      : (e.grades.discrepancy ? 'Yes: the moderator graded differently' : 'No')],
  ]);
  return [
    el('div', { class: 'pe-tab-header' },
      el('h3', null, `Evaluation ${e.reference}`),
      el('span', { class: 'label label-info pe-stage', 'data-stage': e.stage }, e.stageLabel),
      el('span', { class: 'text-muted' }, ` ${e.type}`),
      e.processInstanceId && e.processInstanceId !== data.processInstanceId
        ? el('a', { class: 'pe-to-evaluation', href: processInstanceLink(e.processInstanceId) }, ' Open its process')
        : null),
    el('div', { class: 'row' },
      el('div', { class: 'pe-block col-xs-12 col-md-4', 'data-block': 'case' }, heading('The case'),
        definitionList([
          ['Child reference', c.childReference],
          ['Child', c.childName],
          ['Legal status', c.legalStatus],
          ['Team', c.team],
          ['Service area', c.serviceArea],
        ])),
      el('div', { class: 'pe-block col-xs-12 col-md-4', 'data-block': 'people' }, heading('The people'), people),
      el('div', { class: 'pe-block col-xs-12 col-md-4', 'data-block': 'grades' }, heading('Grades'), grades)),
    discussionsSection(e.discussions, e.moderated, zone),
    el('div', { class: 'pe-block', 'data-block': 'deadlines' }, heading('Dates and deadlines'),
      deadlinesTable(e.deadlines, zone, 'pe-deadlines')),
    el('div', { class: 'pe-block', 'data-block': 'actions' }, heading('Actions', `${e.actions.length}`),
      actionsTable(e.actions)),
    el('div', { class: 'pe-block', 'data-block': 'sections' },
      heading('Sections and statements', e.tool ? `evaluation tool version ${e.tool.version}` : null),
      sectionsTable(e.tool, e.moderated)),
    el('div', { class: 'row' },
      el('div', { class: 'pe-block col-xs-12 col-lg-8', 'data-block': 'case-notes' }, heading('Case notes recorded'),
        caseNotesTable(e.caseNotes, zone)),
      el('div', { class: 'pe-block col-xs-12 col-lg-4', 'data-block': 'documents' }, heading('The evaluation PDF'),
        documentsList(e.documents, api, zone))),
    data.concern ? concernSection(data.concern, zone) : null,
  ].filter(Boolean);
}

function renderTab(node, api, processInstanceId) {
  const root = el('div', { class: 'pe-audit pe-evaluation-tab' }, message('Loading the evaluation…'));
  node.appendChild(root);
  getJson(api, `/api/audit/process-instances/${encodeURIComponent(processInstanceId)}`)
    .then((data) => {
      root.replaceChildren(...tabContent(data, api));
      root.setAttribute('data-loaded', 'true');
    })
    .catch((error) => {
      if (error.status === 403) {
        root.replaceChildren(message('The evaluation tab is for the audit team.'));
      } else if (error.status === 404) {
        root.replaceChildren(message(error.message));
      } else {
        root.replaceChildren(message(`The evaluation could not be loaded: ${error.message}`, 'error'));
      }
    });
}

export default [
  {
    id: 'pe-audit-overview',
    pluginPoint: 'cockpit.dashboard',
    priority: 10,
    render: (node, { api }) => renderOverview(node, api),
  },
  {
    id: 'pe-evaluation-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    properties: { label: 'Evaluation' },
    render: (node, { api, processInstanceId }) => renderTab(node, api, processInstanceId),
  },
];
