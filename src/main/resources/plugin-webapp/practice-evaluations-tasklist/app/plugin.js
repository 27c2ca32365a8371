/*
 * Practice Evaluations: a repair of Camunda Forms with repeatable rows (dynamic lists) in Camunda 7.24 Tasklist.
 *
 * The defect: form-js records the result of checking a field as errors[fieldId][row] = undefined when the field in
 * that row is fine, which leaves errors[fieldId] = [] behind. Tasklist takes any key in errors as "the form has
 * errors" and disables Complete. So once an auditor picks an action's owner or date, Complete stays greyed out,
 * with nothing on the form saying why (only Save, which checks the whole form afresh, happens to clear it). The
 * evaluation form (actions), the family feedback form (parents and carers) and every other form with rows are hit.
 *
 * The repair: before form-js stores its state, entries that hold no message are dropped, so errors holds real
 * problems only. Fields with real problems still show them and still keep Complete disabled. The form-js Form class
 * is found among the page's modules by what it does (it imports a schema, validates and keeps state); Camunda 7.24
 * is the last Community Edition, so this code meets no later Tasklist. Proven by EvaluationInTasklistIT.
 *
 * It also keeps drafts on the server (ADR 0021): Tasklist's Save writes a form's data to the browser's
 * localStorage ("camunda-form:<task id>"), where it stays on that one computer (and on a shared office PC, for the
 * next person to find). Here that write goes to PUT /api/tasks/<task id>/draft instead, and nothing is kept in the
 * browser; opening the task again, on any computer, offers the draft back with when it was saved. The notice shows
 * the link to the task, the guide's "save the link that it generates". And it gives each section of the evaluation
 * a working "Reset this section" (the guide: reset clears only the page you are on). Proven by FormDraftsIT.
 */

function findFormClass() {
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  if (!chunks || typeof chunks.push !== 'function') {
    return null;
  }
  let require = null;
  chunks.push([[Symbol('practice-evaluations')], {}, (webpackRequire) => {
    require = webpackRequire;
  }]);
  if (!require || !require.m) {
    return null;
  }
  for (const id of Object.keys(require.m)) {
    const source = Function.prototype.toString.call(require.m[id]);
    if (!source.includes('formFieldInstanceRegistry') || !source.includes('importSchema')) {
      continue;
    }
    const exported = Object.values(require(id) || {}).find((value) => typeof value === 'function'
        && value.prototype && typeof value.prototype._setState === 'function'
        && typeof value.prototype.validate === 'function' && typeof value.prototype.importSchema === 'function');
    if (exported) {
      return exported;
    }
  }
  return null;
}

/** True when an errors entry holds at least one message (a string), however deep in rows it sits. */
function holdsMessage(entry) {
  if (typeof entry === 'string') {
    return true;
  }
  return entry !== null && typeof entry === 'object' && Object.values(entry).some(holdsMessage);
}

function withoutEmptyErrors(errors) {
  const kept = {};
  Object.keys(errors).forEach((fieldId) => {
    if (holdsMessage(errors[fieldId])) {
      kept[fieldId] = errors[fieldId];
    }
  });
  return kept;
}

/** Every form-js form on the page, as it last set its state (the draft and the reset work on them). */
const forms = new Set();

function repairRepeatableRows() {
  const Form = findFormClass();
  if (!Form) {
    console.warn('Practice Evaluations: form-js not found; forms with rows may keep Complete disabled until Save.');
    return false;
  }
  if (Form.prototype._setState.practiceEvaluationsRepair) {
    return true;
  }
  const setState = Form.prototype._setState;
  const repaired = function (state) {
    forms.add(this);
    if (state && state.errors && typeof state.errors === 'object') {
      return setState.call(this, Object.assign({}, state, { errors: withoutEmptyErrors(state.errors) }));
    }
    return setState.call(this, state);
  };
  repaired.practiceEvaluationsRepair = true;
  Form.prototype._setState = repaired;
  document.documentElement.setAttribute('data-pe-forms-repaired', 'true');
  return true;
}

repairRepeatableRows();

// --- Drafts on the server ---------------------------------------------------------------------------------------

const DRAFT_KEY = 'camunda-form:';

function appRoot() {
  const path = window.location.pathname;
  const at = path.indexOf('/camunda/app/');
  return at < 0 ? '' : path.substring(0, at);
}

function xsrfToken() {
  const found = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='));
  return found ? decodeURIComponent(found.substring('XSRF-TOKEN='.length)) : '';
}

function draftUrl(taskId) {
  return appRoot() + '/api/tasks/' + encodeURIComponent(taskId) + '/draft';
}

async function draftCall(method, taskId, body) {
  const response = await fetch(draftUrl(taskId), {
    method,
    credentials: 'same-origin',
    headers: Object.assign({ Accept: 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
      body === undefined ? {} : { 'Content-Type': 'application/json' }),
    body,
  });
  if (response.status === 404 && method === 'GET') {
    return null;
  }
  if (!response.ok) {
    let message = 'the server answered ' + response.status;
    try {
      message = (await response.json()).message || message;
    } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return response.status === 204 ? null : response.json();
}

function taskLink(taskId) {
  return window.location.origin + appRoot() + '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(taskId);
}

function whenSaved(savedAt) {
  const date = new Date(savedAt);
  return date.toLocaleString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    hour: '2-digit', minute: '2-digit' });
}

function el(name, attributes, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  children.filter((c) => c !== null && c !== undefined).forEach((c) => node.append(c));
  return node;
}

/** The notice above the form of the task: one per task form, replaced as things happen. */
function notice(taskId, kind, ...content) {
  const container = document.querySelector('.fjs-container');
  const host = container && container.parentElement;
  if (!host) {
    return null;
  }
  let box = host.querySelector(':scope > .pe-draft-notice');
  if (!box) {
    box = el('div', { class: 'pe-draft-notice', role: 'status', 'aria-live': 'polite' });
    host.insertBefore(box, host.firstChild);
  }
  box.setAttribute('data-task', taskId);
  box.className = 'pe-draft-notice pe-draft-' + kind;
  box.replaceChildren(...content);
  return box;
}

function linkParagraph(taskId) {
  const url = taskLink(taskId);
  return el('p', {}, 'A link to this task, to come back to it from any computer: ',
    el('a', { href: url, class: 'pe-task-link' }, url));
}

function formOfContainer(container) {
  for (const form of forms) {
    if (form._container && container.contains(form._container) || form._container === container) {
      return form;
    }
  }
  for (const form of forms) {
    if (form._container && document.body.contains(form._container)) {
      return form;
    }
  }
  return null;
}

/** The draft's answers laid over the form's data: rows of a list are merged row by row, keeping what is shown. */
function merged(data, draft) {
  if (Array.isArray(data) && Array.isArray(draft)) {
    return draft.map((row, i) => (i < data.length ? merged(data[i], row) : row));
  }
  if (data && draft && typeof data === 'object' && typeof draft === 'object' && !Array.isArray(draft)) {
    const result = Object.assign({}, data);
    Object.keys(draft).forEach((key) => {
      result[key] = key in data ? merged(data[key], draft[key]) : draft[key];
    });
    return result;
  }
  return draft === undefined ? data : draft;
}

function restore(taskId, draft) {
  const form = formOfContainer(document.querySelector('.fjs-container'));
  if (!form) {
    return false;
  }
  const state = form._getState();
  form._setState({ data: merged(state.data, draft.data), errors: {} });
  notice(taskId, 'restored', el('p', {}, 'Your draft saved on ' + whenSaved(draft.savedAt) + ' is back in the form. '
    + 'Save again to keep your changes.'), linkParagraph(taskId));
  return true;
}

async function offerDraft(taskId) {
  let draft;
  try {
    draft = await draftCall('GET', taskId);
  } catch (e) {
    notice(taskId, 'error', el('p', {}, 'Your saved draft could not be read just now (' + e.message + '). '
      + 'Nothing is lost: try opening the task again in a minute.'));
    return;
  }
  if (!draft || currentTask() !== taskId) {
    return;
  }
  const carryOn = el('button', { type: 'button', class: 'btn btn-primary pe-draft-continue' }, 'Continue from your draft');
  const discard = el('button', { type: 'button', class: 'btn btn-default pe-draft-discard' }, 'Discard the draft');
  carryOn.addEventListener('click', () => restore(taskId, draft));
  discard.addEventListener('click', async () => {
    try {
      await draftCall('DELETE', taskId);
      notice(taskId, 'discarded', el('p', {}, 'The draft was discarded.'));
    } catch (e) {
      notice(taskId, 'error', el('p', {}, 'The draft could not be discarded (' + e.message + ').'));
    }
  });
  notice(taskId, 'offer', el('p', {}, 'You saved a draft of this form on ', el('strong', {}, whenSaved(draft.savedAt)),
    '.'), el('p', {}, carryOn, ' ', discard));
}

async function keepDraft(taskId, json) {
  notice(taskId, 'saving', el('p', {}, 'Saving your draft…'));
  try {
    const kept = await draftCall('PUT', taskId, json);
    notice(taskId, 'saved', el('p', {}, 'Draft saved on the server on ', el('strong', {}, whenSaved(kept.savedAt)),
      '. Tasklist offers it back when you open this task again, on any computer.'), linkParagraph(taskId));
  } catch (e) {
    notice(taskId, 'error', el('p', {}, 'Your draft could not be saved (' + e.message + '). Keep this page open '
      + 'and press Save again.'));
  }
}

function currentTask() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash || '');
  return match ? decodeURIComponent(match[1]) : null;
}

function keepDraftsOnTheServer() {
  const proto = Storage.prototype;
  if (proto.getItem.practiceEvaluationsDrafts) {
    return;
  }
  const getItem = proto.getItem;
  const setItem = proto.setItem;
  const local = () => window.localStorage;
  proto.getItem = function (key) {
    if (this === local() && typeof key === 'string' && key.startsWith(DRAFT_KEY)) {
      return null;
    }
    return getItem.call(this, key);
  };
  proto.getItem.practiceEvaluationsDrafts = true;
  proto.setItem = function (key, value) {
    if (this === local() && typeof key === 'string' && key.startsWith(DRAFT_KEY)) {
      keepDraft(key.substring(DRAFT_KEY.length), value);
      return undefined;
    }
    return setItem.call(this, key, value);
  };
  // drafts an earlier Tasklist left in this browser go to the server, and leave the browser
  for (let i = window.localStorage.length - 1; i >= 0; i--) {
    const key = window.localStorage.key(i);
    if (key && key.startsWith(DRAFT_KEY)) {
      const value = getItem.call(window.localStorage, key);
      window.localStorage.removeItem(key);
      draftCall('PUT', key.substring(DRAFT_KEY.length), value).catch(() => {});
    }
  }
  // each time a task's form is drawn anew, offer its draft
  let shown = null;
  new MutationObserver(() => {
    const container = document.querySelector('.fjs-container');
    const taskId = currentTask();
    if (container && taskId && shown !== container) {
      shown = container;
      offerDraft(taskId);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.documentElement.setAttribute('data-pe-drafts', 'server');
}

// --- Reset this section -----------------------------------------------------------------------------------------

function resetSection(link) {
  // Which section: form-js draws the rows of a list people cannot add to without a box for each row (every row's
  // fields side by side in one box), so the row is found by its place: each row has one reset link, always shown,
  // and the n-th link of the list is the n-th row's.
  const list = link.closest('.fjs-form-field-dynamiclist');
  const form = formOfContainer(link.closest('.fjs-container'));
  if (!list || !form) {
    return;
  }
  const index = Array.from(list.querySelectorAll('a[href$="#reset-section"]')).indexOf(link);
  const data = Object.assign({}, form._getState().data);
  if (!Array.isArray(data.sections) || index < 0 || index >= data.sections.length) {
    return;
  }
  data.sections = data.sections.slice();
  data.sections[index] = Object.assign({}, data.sections[index],
    { statementsMet: [], judgement: null, commentary: null, share: false });
  form._setState({ data });
  const next = link.nextElementSibling;
  const status = next && next.classList.contains('pe-reset-status') ? next
    : el('p', { class: 'pe-reset-status', role: 'status' });
  link.after(status);
  status.textContent = 'This section was reset. The other sections are as they were.';
}

function sectionResets() {
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href$="#reset-section"]');
    if (link) {
      event.preventDefault();
      event.stopPropagation();
      resetSection(link);
    }
  }, true);
  document.addEventListener('keydown', (event) => {
    const link = event.target.closest && event.target.closest('a[href$="#reset-section"]');
    if (link && event.key === ' ') {
      event.preventDefault();
      resetSection(link);
    }
  }, true);
  new MutationObserver(() => {
    document.querySelectorAll('a[href$="#reset-section"]:not([role])').forEach((a) => {
      a.setAttribute('role', 'button');
      a.classList.add('pe-reset-section');
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
}

keepDraftsOnTheServer();
sectionResets();

// No views of its own: Tasklist plugins export their definitions, and this one has none.
export default [];
