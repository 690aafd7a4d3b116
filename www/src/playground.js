// The playground page: a CodeMirror editor with live policy markers (the static check
// runs on this thread on every edit), runs in a Web Worker, the run report, and the
// limits and policy panels. Bundled by scripts/build-web.sh into playground.bundle.js.

import { load, Sandbox } from '../sandpit.js';
import { WorkerRunner } from '../sandpit-runner.js';
import { createEditor } from './editor.js';
import { EXAMPLES, examplePolicy } from './examples.js';
import { buildLimits } from './limits.js';
import { decodeShare, encodeShare } from './share.js';
import { showReport, clearReport } from './report.js';

const $ = (id) => document.getElementById(id);

/** A host function the examples use: an async price lookup, as a page would offer. */
const PRICES = { apple: 0.5, pear: 0.75, fig: 1.2 };
function fetchPrice(name) {
  return new Promise((resolve, reject) =>
    setTimeout(() => (name in PRICES ? resolve(PRICES[name]) : reject(new Error(`no price for ${name}`))), 150),
  );
}

const state = {
  presets: null,
  policy: null,
  checker: null,
  runner: new WorkerRunner().register('fetch_price', fetchPrice),
  editor: null,
  limits: null,
};

function setStatus(text, kind = '') {
  const el = $('run-status');
  el.textContent = text;
  el.dataset.kind = kind;
}

// ---- policy ----

function applyPolicy(policy, { fromJson = false } = {}) {
  state.checker = new Sandbox(policy);
  state.policy = state.checker.policy;
  state.limits.show(state.policy.limits);
  for (const box of $('modules').querySelectorAll('input')) {
    box.checked = state.policy.allowed_modules.includes(box.value) || state.policy.allowed_modules.includes('*');
  }
  if (!fromJson) $('policy-json').value = JSON.stringify(state.policy, null, 2);
  $('policy-error').textContent = '';
  state.editor?.relint();
}

function editPolicy(change) {
  const next = structuredClone(state.policy);
  change(next);
  applyPolicy(next);
}

function buildModules() {
  const box = $('modules');
  for (const name of state.presets.teaching.allowed_modules) {
    const label = document.createElement('label');
    label.className = 'module';
    label.innerHTML = `<input type="checkbox" value="${name}"> <span>${name}</span>`;
    label.querySelector('input').addEventListener('change', (e) =>
      editPolicy((p) => {
        const mods = new Set(p.allowed_modules.includes('*') ? state.presets.teaching.allowed_modules : p.allowed_modules);
        if (e.target.checked) mods.add(name);
        else mods.delete(name);
        p.allowed_modules = state.presets.teaching.allowed_modules.filter((m) => mods.has(m));
      }),
    );
    box.append(label);
  }
}

function watchPolicyJson() {
  let timer;
  $('policy-json').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        applyPolicy(JSON.parse($('policy-json').value), { fromJson: true });
        $('preset').value = '';
      } catch (e) {
        $('policy-error').textContent = String(e.message ?? e);
      }
    }, 400);
  });
}

// ---- examples and sharing ----

function loadExample(example) {
  $('example').value = example.id;
  $('lesson').textContent = example.lesson;
  $('preset').value = example.preset;
  applyPolicy(examplePolicy(example, state.presets));
  state.editor.setCode(example.code);
  clearReport();
  $('output').textContent = '';
  setStatus('ready');
}

function buildExamples() {
  const select = $('example');
  for (const ex of EXAMPLES) select.append(new Option(ex.title, ex.id));
  select.addEventListener('change', () => {
    const ex = EXAMPLES.find((e) => e.id === select.value);
    if (ex) loadExample(ex);
  });
}

async function share() {
  const hash = await encodeShare({ code: state.editor.code(), policy: state.policy });
  history.replaceState(null, '', hash);
  try {
    await navigator.clipboard.writeText(location.href);
    setStatus('link copied', 'ok');
  } catch {
    setStatus('link in the address bar', 'ok');
  }
}

// ---- running ----

async function run() {
  if (state.runner.busy) return;
  const out = $('output');
  out.textContent = '';
  clearReport();
  setStatus('running…', 'busy');
  $('run').disabled = true;
  $('stop').disabled = false;
  const policy = state.policy;
  const result = await state.runner.run(state.editor.code(), {
    policy,
    onOutput: (chunk) => out.append(chunk),
  });
  // Streamed chunks may have been cut short by a stopped worker: show the full text.
  out.textContent = result.stdout;
  if (result.result_repr !== null) {
    const value = document.createElement('span');
    value.className = 'result';
    value.textContent = `→ ${result.result_repr}\n`;
    value.title = 'the value of the last expression';
    out.append(value);
  }
  if (result.error) {
    const err = document.createElement('span');
    err.className = 'stderr';
    err.textContent = result.stderr;
    out.append(err);
  }
  const exited = result.exit_status ? `exit status ${result.exit_status}` : null;
  setStatus(result.error?.type ?? exited ?? 'finished', result.error || exited ? 'error' : 'ok');
  showReport(result, policy, (line) => state.editor.goToLine(line));
  $('run').disabled = false;
  $('stop').disabled = true;
}

function stop() {
  state.runner.stop();
}

// ---- start-up ----

async function main() {
  await load(new URL('pkg/sandpit_bg.wasm', import.meta.url));
  state.presets = Sandbox.presets();
  state.limits = buildLimits($('limits'), (key, value) => editPolicy((p) => (p.limits[key] = value)));
  state.editor = createEditor($('editor'), {
    check: (code) => state.checker.check(code),
    onRun: run,
    onChecked: (n, ms) => ($('check-status').textContent = `${n} marker${n === 1 ? '' : 's'} · check ${ms.toFixed(1)} ms`),
  });
  buildModules();
  buildExamples();
  watchPolicyJson();
  $('preset').addEventListener('change', (e) => applyPolicy(structuredClone(state.presets[e.target.value])));
  $('run').addEventListener('click', run);
  $('stop').addEventListener('click', stop);
  $('share').addEventListener('click', share);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  });
  const shared = await decodeShare(location.hash);
  if (shared) {
    $('preset').value = '';
    applyPolicy(shared.policy);
    state.editor.setCode(shared.code);
    $('lesson').textContent = 'Opened from a shared link.';
  } else {
    loadExample(EXAMPLES[0]);
  }
  document.body.dataset.ready = 'true';
}

main().catch((e) => {
  setStatus('failed to start', 'error');
  $('output').textContent = `The playground could not start: ${e.message ?? e}`;
  throw e;
});

