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

// No views of its own: Tasklist plugins export their definitions, and this one has none.
export default [];
