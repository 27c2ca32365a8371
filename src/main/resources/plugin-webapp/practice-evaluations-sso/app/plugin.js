/*
 * Practice Evaluations: single sign-on in Tasklist, Cockpit and Admin (ADR 0016).
 *
 * With single sign-on on (GET /sso/status), the webapps' own log-in form is for the break-glass administrator only
 * (opened with ?local-login). So:
 *  - "Log out" goes to /logout, which ends the session here and, where the provider supports it, at the provider
 *    (OpenID Connect RP-initiated log-out), instead of Camunda's log-out, which would end this session only;
 *  - when the webapp shows its log-in form anyway (a session that timed out), the page is opened again, and the
 *    server sends the browser to the council's log-in.
 * Without single sign-on this code does nothing.
 */

const at = window.location.pathname.indexOf('/camunda/app/');
const PREFIX = at > 0 ? window.location.pathname.substring(0, at) : '';
const LOCAL_LOGIN = /[?&]local-login/.test(window.location.search);

let status = null;

function loggedOutOrTimedOut() {
  if (!status || !status.enabled || LOCAL_LOGIN || !/^#\/login/.test(window.location.hash)) {
    return;
  }
  window.location.assign(window.location.pathname);
}

document.addEventListener('click', (event) => {
  const link = event.target && event.target.closest ? event.target.closest('li.logout a') : null;
  if (!link || !status || !status.enabled || LOCAL_LOGIN) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  window.location.assign(PREFIX + status.logoutUrl);
}, true);

window.addEventListener('hashchange', loggedOutOrTimedOut);

fetch(PREFIX + '/sso/status', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : null))
  .then((answer) => {
    status = answer;
    if (status && status.enabled) {
      document.documentElement.setAttribute('data-pe-sso', 'true');
    }
    loggedOutOrTimedOut();
  })
  .catch(() => {});

// No views of its own.
export default [];
