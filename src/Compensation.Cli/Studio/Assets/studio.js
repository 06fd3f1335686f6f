// The studio's page: files and editor on the left (live diagnostics), Try / Scenarios / Check / Simulate on the right.
import { CodeEditor } from './editor.js';
import { escapeHtml as h } from './yaml.js';

const $ = (selector) => document.querySelector(selector);
const state = {
  manual: null,
  files: new Map(),   // path → { text, saved, etag, undo, kind, version }
  current: null,
  version: '',
  diagnostics: [],
  catalog: null,
  catalogKey: '',
  diagnosticsSeq: 0,
  timer: null,
};

class Problem extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `the studio answered ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

async function api(path, body) {
  const response = await fetch(path, body === undefined
    ? { credentials: 'same-origin' }
    : { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const type = response.headers.get('Content-Type') ?? '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new Problem(response.status, data);
  return data;
}

function toast(text) {
  const t = $('#toast');
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, 6000);
}

function showError(box, error) {
  const el = $(box);
  if (!error) { el.hidden = true; el.textContent = ''; return; }
  const list = error.problem?.errors ?? error.problem?.diagnostics?.map((d) => d.text) ?? [];
  el.textContent = [error.message, ...list.map((l) => '• ' + l)].join('\n');
  el.hidden = false;
}

// Unsaved texts: what the engine must see instead of the files on disk.
function unsaved() {
  const files = {};
  for (const [path, f] of state.files) if (f.text !== f.saved) files[path] = f.text;
  return files;
}

const edit = () => ({ files: unsaved(), version: state.version });

// ---------- Files and editor ----------

const editor = new CodeEditor($('#editor'), {
  onChange: (text) => {
    const file = state.files.get(state.current);
    if (!file) return;
    file.text = text;
    renderFiles();
    scheduleDiagnostics();
  },
  onSave: () => save(),
});

async function loadManual() {
  // The JSON Schemas of rule and scenario files, for completion in the editor.
  if (!state.schemas) {
    const [manual, scenarios] = await Promise.all([api('/schemas/manual.schema.json'), api('/schemas/scenarios.schema.json')]);
    state.schemas = { manual, scenarios };
  }
  state.manual = await api('/api/manual');
  $('#manual-name').textContent = state.manual.name;
  const versions = state.manual.versions;
  if (versions.length > 1) {
    $('#version-label').hidden = false;
    $('#version').innerHTML = versions.map((v) => `<option value="${h(v.name)}">${h(v.name)}</option>`).join('');
    state.version = versions[versions.length - 1].name;
    $('#version').value = state.version;
  }
  const entries = versions.flatMap((v) => v.files.map((path) => ({ path, kind: 'rules', version: v.name })))
    .concat(state.manual.scenarios.map((path) => ({ path, kind: 'scenarios', version: '' })));
  const loaded = await Promise.all(entries.filter((e) => !state.files.has(e.path)).map(async (entry) => {
    const file = await api('/api/file?path=' + encodeURIComponent(entry.path));
    return { ...entry, text: file.text, saved: file.text, etag: file.etag, undo: file.undo };
  }));
  for (const file of loaded) state.files.set(file.path, file);
  renderFiles();
  renderSimulateOptions();
  if (!state.current && entries.length) openFile(entries[0].path);
}

function renderFiles() {
  const byGroup = new Map();
  for (const [path, f] of state.files) {
    const group = f.kind === 'scenarios' ? 'Scenarios' : (f.version ? `Rules · ${f.version}` : 'Rules');
    if (!byGroup.has(group)) byGroup.set(group, []);
    byGroup.get(group).push([path, f]);
  }
  let html = '';
  for (const [group, files] of byGroup) {
    html += `<h2>${h(group)}</h2>`;
    for (const [path, f] of files) {
      const errors = state.diagnostics.filter((d) => d.path === path && d.severity === 'error').length;
      const classes = [path === state.current ? 'current' : '', f.text !== f.saved ? 'modified' : ''].join(' ');
      html += `<a class="${classes}" data-path="${h(path)}" title="${h(path)}"><span class="name">${h(path.split('/').pop())}</span>${errors ? `<span class="count">${errors}</span>` : ''}</a>`;
    }
  }
  $('#files').innerHTML = html;
}

$('#files').addEventListener('click', (e) => {
  const link = e.target.closest('a[data-path]');
  if (link) openFile(link.dataset.path);
});

function openFile(path, line, column) {
  const file = state.files.get(path);
  if (!file) { toast(`'${path}' is not one of the manual's files`); return; }
  if (state.current !== path) {
    state.current = path;
    editor.setText(file.text);
    editor.setSchema(file.kind === 'scenarios' ? state.schemas.scenarios : state.schemas.manual);
    $('#current-file').textContent = path;
    renderFiles();
  }
  editor.setDiagnostics(state.diagnostics.filter((d) => d.path === path));
  $('#undo').disabled = !file.undo;
  $('#save-status').textContent = '';
  if (line) editor.reveal(line, column ?? 1);
}

// Any element with data-path and data-line opens that place in the editor.
document.addEventListener('click', (e) => {
  const link = e.target.closest('[data-goto]');
  if (!link) return;
  e.preventDefault();
  e.stopPropagation();
  openFile(link.dataset.path, Number(link.dataset.line), Number(link.dataset.column));
});

const locLink = (loc) => loc?.path
  ? `<a class="loc" data-goto data-path="${h(loc.path)}" data-line="${loc.line}" data-column="${loc.column}">${h(loc.path)}:${loc.line}:${loc.column}</a>`
  : (loc ? `<span class="loc">${h(loc.text)}</span>` : '');

// ---------- Live diagnostics ----------

function scheduleDiagnostics() {
  clearTimeout(state.timer);
  $('#status').dataset.state = 'checking';
  $('#status').textContent = 'checking…';
  state.timer = setTimeout(refreshDiagnostics, 300);
}

async function refreshDiagnostics() {
  const seq = ++state.diagnosticsSeq;
  let result;
  try {
    result = await api('/api/diagnostics', { files: unsaved() });
  } catch (error) {
    if (seq === state.diagnosticsSeq) { $('#status').dataset.state = 'invalid'; $('#status').textContent = error.message; }
    return;
  }
  if (seq !== state.diagnosticsSeq) return; // a newer edit is being checked
  state.diagnostics = result.diagnostics;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  const status = $('#status');
  status.dataset.state = errors ? 'invalid' : 'valid';
  status.dataset.errors = String(errors);
  status.textContent = result.versions.map((v) => v.summary).join(' · ') + (warnings && !errors ? '' : '');
  if (state.current) editor.setDiagnostics(state.diagnostics.filter((d) => d.path === state.current));
  renderProblems();
  renderFiles();
  if (result.versions.some((v) => v.loaded)) await refreshCatalog();
}

function renderProblems() {
  $('#problem-count').textContent = state.diagnostics.length ? `(${state.diagnostics.length})` : '';
  $('#problems').innerHTML = state.diagnostics.map((d) => `
    <li class="problem ${d.severity}" ${d.path ? `data-goto data-path="${h(d.path)}" data-line="${d.line}" data-column="${d.column}"` : ''}>
      <span class="code">${h(d.code)}</span> <span class="where">${h(d.path ?? '')}:${d.line}:${d.column}</span>
      <span class="msg">${h(d.message)}</span>${d.hint ? ` <span class="hint">hint: ${h(d.hint)}</span>` : ''}
    </li>`).join('');
}

// ---------- Saving ----------

async function save(options = {}) {
  const path = state.current;
  const file = state.files.get(path);
  if (!file) return;
  const text = options.text ?? file.text;
  const status = $('#save-status');
  try {
    const result = await api('/api/save', { path, text, etag: options.etag ?? file.etag, acceptInvalid: options.acceptInvalid ?? false });
    file.saved = text;
    file.etag = result.etag;
    file.undo = result.undo;
    status.className = 'ok';
    status.textContent = result.valid ? 'Saved' : 'Saved (the manual does not validate)';
    $('#undo').disabled = !file.undo;
    renderFiles();
    scheduleDiagnostics();
  } catch (error) {
    status.className = 'bad';
    if (error.status === 422 && error.problem.errors) {
      status.textContent = 'Not saved: the manual does not validate';
      dialog({
        title: 'The manual does not validate',
        text: error.message,
        list: error.problem.errors,
        actions: [
          ['Save anyway', 'save-anyway', () => save({ ...options, acceptInvalid: true })],
          ['Cancel', 'cancel', null],
        ],
      });
    } else if (error.status === 409 && 'diskText' in error.problem) {
      status.textContent = 'Not saved: the file changed on disk';
      dialog({
        title: 'The file changed on disk',
        text: error.message,
        mine: text,
        disk: error.problem.diskText ?? '(the file was deleted)',
        actions: [
          ['Keep mine (overwrite the file)', 'keep-mine', () => save({ ...options, text, etag: error.problem.diskEtag })],
          ['Take the version on disk', 'take-disk', () => {
            if (error.problem.diskText == null) return;
            file.text = file.saved = error.problem.diskText;
            file.etag = error.problem.diskEtag;
            editor.setText(file.text);
            renderFiles();
            scheduleDiagnostics();
          }],
          ['Cancel', 'cancel', null],
        ],
      });
    } else {
      status.textContent = 'Not saved: ' + error.message;
    }
  }
}

$('#save').addEventListener('click', () => save());
$('#undo').addEventListener('click', async () => {
  const path = state.current;
  const file = state.files.get(path);
  if (file.text !== file.saved) { toast('Save or discard your changes before undoing the last save'); return; }
  try {
    const result = await api('/api/undo', { path, etag: file.etag });
    file.text = file.saved = result.text;
    file.etag = result.etag;
    file.undo = result.undo;
    editor.setText(file.text);
    $('#undo').disabled = !file.undo;
    $('#save-status').textContent = 'Last save undone';
    scheduleDiagnostics();
  } catch (error) {
    toast(error.message);
  }
});

window.addEventListener('beforeunload', (e) => {
  if (Object.keys(unsaved()).length) { e.preventDefault(); e.returnValue = ''; }
});

function dialog({ title, text, list, mine, disk, actions }) {
  const d = $('#dialog');
  $('#dialog-title').textContent = title;
  $('#dialog-text').textContent = text ?? '';
  $('#dialog-list').innerHTML = (list ?? []).map((l) => `<li>${h(l)}</li>`).join('');
  $('#dialog-compare').hidden = mine === undefined;
  $('#dialog-mine').textContent = mine ?? '';
  $('#dialog-disk').textContent = disk ?? '';
  const bar = $('#dialog-actions');
  bar.innerHTML = '';
  for (const [label, id, action] of actions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.id = 'dialog-' + id;
    button.addEventListener('click', () => { d.close(); action?.(); });
    bar.append(button);
  }
  d.showModal();
}

// ---------- Tabs ----------

function showTab(name) {
  for (const tab of document.querySelectorAll('.tabs button')) tab.setAttribute('aria-selected', String(tab.dataset.tab === name));
  for (const panel of document.querySelectorAll('.panel')) panel.hidden = panel.id !== 'panel-' + name;
}
document.querySelector('.tabs').addEventListener('click', (e) => { if (e.target.dataset.tab) showTab(e.target.dataset.tab); });

// ---------- Try ----------

async function refreshCatalog() {
  let catalog;
  try {
    catalog = await api('/api/catalog', edit());
  } catch {
    return; // the version being tried does not load; the problems list says why
  }
  const key = JSON.stringify(catalog);
  if (key === state.catalogKey) return;
  const values = state.catalog ? readForm() : null;
  state.catalog = catalog;
  state.catalogKey = key;
  renderTryForm();
  if (values) fillForm(values);
  renderScenarioFiles();
}

const options = (values, blank) => (blank !== undefined ? `<option value="">${h(blank)}</option>` : '') + values.map((v) => `<option value="${h(v)}">${h(v)}</option>`).join('');

function renderTryForm() {
  const c = state.catalog;
  const field = (id, label, input) => `<label for="${id}">${h(label)}${input}</label>`;
  let html = '';
  html += field('f-failure', 'Failure', `<select id="f-failure" name="failure">${options(c.failures)}</select>`);
  html += field('f-cause', 'Cause', `<select id="f-cause" name="cause">${options(c.causes, '(none)')}</select>`);
  html += field('f-delay', 'Delay (3d, 5h, 2d 6h)', `<input id="f-delay" name="delay" type="text" placeholder="3d">`);
  html += field('f-promised', `Promised (default ${c.effective} 10:00 UTC)`, `<input id="f-promised" name="promised" type="text" placeholder="${h(c.effective)}">`);
  html += field('f-order', `Order value (${c.currency})`, `<input id="f-order" name="order" type="number" min="0" step="0.01" value="100">`);
  html += field('f-tier', 'Tier', `<select id="f-tier" name="tier">${options(c.tiers)}</select>`);
  html += field('f-prior', 'Prior incidents', `<input id="f-prior" name="priorIncidents" type="number" min="0" step="1" value="0">`);
  html += field('f-tenure', 'Tenure (months)', `<input id="f-tenure" name="tenureMonths" type="number" min="0" step="1" value="0">`);
  html += field('f-recent', `Recent compensation (${c.currency})`, `<input id="f-recent" name="recentCompensation" type="number" min="0" step="0.01" value="0">`);
  html += field('f-locale', `Message locale (default ${c.locale})`, `<input id="f-locale" name="locale" type="text" list="locales" placeholder="${h(c.locale)}"><datalist id="locales">${options(c.locales)}</datalist>`);
  html += field('f-id', 'Incident id', `<input id="f-id" name="id" type="text">`);
  for (const fact of c.facts) {
    const id = 'fact-' + fact.name;
    const range = [fact.min != null ? `min ${fact.min}` : '', fact.max != null ? `max ${fact.max}` : '', fact.default != null ? `default ${fact.default}` : (fact.hasDefault ? '' : 'required')].filter(Boolean).join(', ');
    const label = `${fact.name} (${fact.type}${range ? '; ' + range : ''})`;
    let input;
    if (fact.values.length) input = `<select id="${h(id)}" data-fact="${h(fact.name)}">${options(fact.values, fact.hasDefault ? '(default)' : '(choose)')}</select>`;
    else if (fact.type === 'boolean') input = `<select id="${h(id)}" data-fact="${h(fact.name)}">${options(['true', 'false'], fact.hasDefault ? '(default)' : '(choose)')}</select>`;
    else if (fact.type === 'integer' || fact.type === 'decimal') input = `<input id="${h(id)}" data-fact="${h(fact.name)}" type="number" step="${fact.type === 'integer' ? 1 : 'any'}"${fact.min != null ? ` min="${h(fact.min)}"` : ''}${fact.max != null ? ` max="${h(fact.max)}"` : ''}>`;
    else input = `<input id="${h(id)}" data-fact="${h(fact.name)}" type="text">`;
    html += field(id, label, input);
  }
  $('#try-form').innerHTML = html;
  $('#f-failure').addEventListener('change', showDelay);
  showDelay();
}

function showDelay() {
  const isDelay = state.catalog.delayFailures.includes($('#f-failure').value);
  $('#f-delay').closest('label').hidden = !isDelay;
  $('#f-promised').closest('label').hidden = !isDelay;
}

function readForm() {
  const value = (id) => $(id)?.value ?? '';
  const isDelay = state.catalog.delayFailures.includes(value('#f-failure'));
  const facts = {};
  for (const input of document.querySelectorAll('[data-fact]')) if (input.value !== '') facts[input.dataset.fact] = input.value;
  return {
    failure: value('#f-failure'), cause: value('#f-cause'),
    delay: isDelay ? value('#f-delay') : '', promised: isDelay ? value('#f-promised') : '',
    order: value('#f-order'), tier: value('#f-tier'), priorIncidents: value('#f-prior'), tenureMonths: value('#f-tenure'),
    recentCompensation: value('#f-recent'), locale: value('#f-locale'), id: value('#f-id'), facts,
  };
}

function fillForm(form) {
  const set = (id, v) => { const el = $(id); if (el) el.value = v ?? ''; };
  set('#f-failure', form.failure); set('#f-cause', form.cause); set('#f-delay', form.delay); set('#f-promised', form.promised);
  set('#f-order', form.order); set('#f-tier', form.tier); set('#f-prior', form.priorIncidents ?? '0'); set('#f-tenure', form.tenureMonths ?? '0');
  set('#f-recent', form.recentCompensation ?? '0'); set('#f-locale', form.locale); set('#f-id', form.id);
  for (const input of document.querySelectorAll('[data-fact]')) input.value = form.facts?.[input.dataset.fact] ?? '';
  showDelay();
}

async function decide() {
  showError('#try-error', null);
  const result = $('#try-result');
  result.dataset.state = 'deciding';
  try {
    const answer = await api('/api/try', { ...edit(), form: readForm() });
    renderDecision(answer.decision);
    // With several versions, the one in force on the incident's date decides.
    const by = answer.decidedBy;
    $('#try-version').textContent = state.manual.versions.length > 1 ? ` · version ${by.version} (${by.folder}/, in force from ${by.effective})` : '';
    $('#try-version').dataset.folder = by.folder;
    result.hidden = false;
    result.dataset.state = 'decided';
    if (!$('#scenario-name').value) $('#scenario-name').value = suggestName();
  } catch (error) {
    result.hidden = true;
    result.dataset.state = 'error';
    showError('#try-error', error);
  }
}

function suggestName() {
  const f = readForm();
  return [f.failure, f.delay?.replace(/\s+/g, ''), f.cause, f.tier, f.order ? 'pedido-' + f.order : ''].filter(Boolean).join('-');
}

function renderDecision(d) {
  $('#try-total').textContent = d.totalText;
  $('#try-approval').textContent = d.approval + (d.approvalUpTo ? ` (up to ${d.approvalUpTo})` : '');
  $('#try-remedies tbody').innerHTML = d.remedies.length
    ? d.remedies.map((r) => `<tr class="remedy"><td>${h(r.kind)}</td><td>${h(r.detail)}${r.requiredApproval ? ` <i>(needs ${h(r.requiredApproval)})</i>` : ''}</td><td>${h(r.costText)}</td><td>${r.location ? `<a class="loc" data-goto data-path="${h(r.location.path ?? '')}" data-line="${r.location.line}" data-column="${r.location.column}">${h(r.rule)}</a>` : h(r.rule)}${r.section ? ` <span class="hint">§ ${h(r.section)}</span>` : ''}</td></tr>`).join('')
    : '<tr><td colspan="4">No remedy: an apology and the information only.</td></tr>';
  $('#try-adjustments').innerHTML = d.adjustments.map((a) => `<li>${h(a)}</li>`).join('');
  $('#try-message').textContent = d.message ?? '(no message)';
  $('#try-followups').innerHTML = d.followUps.map((f) => `<li>${h(f.name)} — ${h(f.due)}${f.description ? ': ' + h(f.description) : ''}</li>`).join('') || '<li>none</li>';
  const sets = [];
  for (const t of d.trace) {
    if (!sets.length || sets[sets.length - 1].name !== t.ruleSet) sets.push({ name: t.ruleSet, rules: [] });
    sets[sets.length - 1].rules.push(t);
  }
  $('#try-trace').innerHTML = sets.map((s) => `<details class="trace-set" open><summary>${h(s.name)}</summary>${s.rules.map(traceRule).join('')}</details>`).join('');
  $('#try-facts').innerHTML = d.facts.map((f) => `<li>${h(f)}</li>`).join('');
}

function traceRule(t) {
  const mark = { fired: '✓', 'not-matched': '✗', suppressed: '–' }[t.outcome];
  const what = { fired: 'fired', 'not-matched': 'not matched', suppressed: 'suppressed' }[t.outcome];
  let detail = '';
  if (t.outcome === 'fired') detail = t.granted.map((g) => `<div class="detail">→ ${h(g)}</div>`).join('');
  if (t.outcome === 'not-matched') detail = `<div class="detail">failed: <code>${h(t.failedCondition ?? '(unknown)')}</code></div>${t.values.length ? `<div class="detail">saw: ${h(t.values.join(', '))}</div>` : ''}`;
  if (t.outcome === 'suppressed') detail = `<div class="detail">reason: ${h(t.reason ?? '')}</div>`;
  return `<div class="trace-rule ${t.outcome}" data-rule="${h(t.rule)}"><span class="mark">${mark}</span> <b>${h(t.rule)}</b> ${what}${t.section ? ` <span class="hint">§ ${h(t.section)}</span>` : ''} ${locLink(t.location)}${detail}</div>`;
}

function renderScenarioFiles() {
  const files = state.catalog?.scenarioFiles ?? [];
  const select = $('#scenario-file');
  const current = select.value;
  select.innerHTML = options(files) + (files.includes('scenarios/studio.yaml') ? '' : `<option value="scenarios/studio.yaml">scenarios/studio.yaml (new)</option>`);
  if (current) select.value = current;
}

async function saveScenario() {
  const status = $('#scenario-status');
  const file = $('#scenario-file').value;
  try {
    const result = await api('/api/scenario', { ...edit(), form: readForm(), name: $('#scenario-name').value, file, etag: state.files.get(file)?.etag });
    status.textContent = `Saved to ${result.path}:${result.line}`;
    status.className = 'ok';
    const open = state.files.get(result.path);
    if (open) {
      const untouched = open.text === open.saved;
      open.saved = result.text;
      open.etag = result.etag;
      if (untouched) { open.text = result.text; if (state.current === result.path) editor.setText(result.text); }
    } else {
      state.files.set(result.path, { path: result.path, kind: 'scenarios', version: '', text: result.text, saved: result.text, etag: result.etag, undo: 0 });
    }
    renderFiles();
    scheduleDiagnostics();
  } catch (error) {
    status.textContent = 'Not saved: ' + error.message;
    status.className = 'bad';
  }
}

export function openInTry(form) {
  showTab('try');
  fillForm(form);
  $('#scenario-name').value = '';
  return decide();
}

$('#try-decide').addEventListener('click', decide);
$('#save-scenario').addEventListener('click', saveScenario);

// ---------- Scenarios ----------

async function runScenarios() {
  showError('#scenarios-error', null);
  const panel = $('#panel-scenarios');
  panel.dataset.state = 'running';
  try {
    const report = await api('/api/scenarios', edit());
    state.scenarioResults = report.results;
    $('#scenario-summary').textContent = report.summary;
    $('#scenario-summary').dataset.passed = report.passed;
    $('#scenario-summary').dataset.failed = report.failed;
    $('#scenario-coverage').textContent = report.coverage;
    $('#scenario-uncovered').innerHTML = report.uncovered.map((r) => `<li>not covered: <b>${h(r.name)}</b> (${h(r.ruleSet)}) ${locLink(r.location)}</li>`).join('');
    $('#scenario-results').innerHTML = report.results.map(scenarioItem).join('');
    panel.dataset.state = 'done';
  } catch (error) {
    showError('#scenarios-error', error);
    panel.dataset.state = 'error';
  }
}

function scenarioItem(r, index) {
  return `<li class="scenario ${r.passed ? 'pass' : 'fail'}" data-index="${index}" data-name="${h(r.name)}">
    <button type="button" class="run-one" title="Run this scenario again">Run</button>
    <span class="verdict">${r.passed ? 'PASS' : 'FAIL'}</span><b>${h(r.name)}</b> ${locLink(r.location)}
    ${r.total ? `<span class="hint">total ${h(r.total)}, ${h(r.approval)}</span>` : ''}
    ${r.passed ? '' : `<pre class="differences">${h(r.differences.join('\n'))}</pre>`}
  </li>`;
}

$('#scenario-results').addEventListener('click', async (e) => {
  const item = e.target.closest('.scenario');
  if (!item) return;
  const index = Number(item.dataset.index);
  if (e.target.closest('.run-one')) {
    try {
      const report = await api('/api/scenarios', { ...edit(), name: item.dataset.name });
      state.scenarioResults[index] = report.results[0];
      item.outerHTML = scenarioItem(report.results[0], index);
    } catch (error) {
      showError('#scenarios-error', error);
    }
    return;
  }
  const result = state.scenarioResults[index];
  if (!result.passed) {
    openInTry(result.form);
    $('#scenario-name').value = result.name;
  }
});

$('#run-scenarios').addEventListener('click', runScenarios);

// ---------- Check ----------

async function runCheck() {
  showError('#check-error', null);
  const panel = $('#panel-check');
  panel.dataset.state = 'running';
  $('#check-summary').textContent = 'Probing incidents…';
  try {
    const report = await api('/api/check', edit());
    state.findings = report.findings;
    $('#check-summary').textContent = report.summary;
    $('#check-findings').innerHTML = report.findings.map((f, i) => `
      <li class="finding ${f.severity}" data-code="${h(f.code)}">
        <span class="badge">${h(f.code)}</span> ${h(f.severity)} ${locLink(f.location)}
        <div>${h(f.message)}</div>
        ${f.counterexamples.map((c, j) => `<div class="counterexample"><span>${h(c.text)}</span>${c.form ? `<button type="button" class="try-counterexample" data-finding="${i}" data-example="${j}">Open in Try</button>` : ''}</div>`).join('')}
      </li>`).join('') || '<li>No findings.</li>';
    $('#check-gaps').innerHTML = report.documentedGaps.map((g) => `<li class="hint">note: ${h(g)}</li>`).join('');
    panel.dataset.state = 'done';
  } catch (error) {
    $('#check-summary').textContent = '';
    showError('#check-error', error);
    panel.dataset.state = 'error';
  }
}

$('#check-findings').addEventListener('click', (e) => {
  const button = e.target.closest('.try-counterexample');
  if (!button) return;
  openInTry(state.findings[Number(button.dataset.finding)].counterexamples[Number(button.dataset.example)].form);
});
$('#run-check').addEventListener('click', runCheck);

// ---------- Simulate ----------

function renderSimulateOptions() {
  $('#sim-history').innerHTML = `<option value="">generate a history</option>` + options(state.manual.histories);
  const versions = state.manual.versions.filter((v) => v.name).map((v) => [`version:${v.name}`, `version ${v.name}`]);
  $('#sim-baseline').innerHTML = [['', 'nothing'], ['disk', 'the manual as saved on disk'], ...versions]
    .map(([value, label]) => `<option value="${h(value)}">${h(label)}</option>`).join('');
}

async function simulate() {
  showError('#simulate-error', null);
  const panel = $('#panel-simulate');
  panel.dataset.state = 'running';
  try {
    const history = $('#sim-history').value;
    const result = await api('/api/simulate', {
      ...edit(), history: history || null, rows: Number($('#sim-rows').value), seed: Number($('#sim-seed').value), baseline: $('#sim-baseline').value,
    });
    $('#sim-summary').innerHTML = `<tr><th>History</th><td>${h(result.source)}</td></tr>` + result.summary.map((s) => `<tr><th>${h(s.label)}</th><td>${h(s.value)}</td></tr>`).join('');
    const frame = $('#sim-report');
    frame.srcdoc = result.html;
    frame.hidden = false;
    panel.dataset.state = 'done';
  } catch (error) {
    showError('#simulate-error', error);
    panel.dataset.state = 'error';
  }
}
$('#sim-history').addEventListener('change', () => {
  const generate = !$('#sim-history').value;
  $('#sim-rows').closest('label').hidden = !generate;
  $('#sim-seed').closest('label').hidden = !generate;
});
$('#run-simulate').addEventListener('click', simulate);

$('#version').addEventListener('change', () => { state.version = $('#version').value; state.catalogKey = ''; refreshCatalog(); });

// ---------- Start ----------

loadManual()
  .then(() => refreshDiagnostics())
  .then(() => { document.body.dataset.ready = 'true'; })
  .catch((error) => { $('#status').textContent = error.message; $('#status').dataset.state = 'invalid'; });
