// The run report: the error and the violations (each with a button that moves the cursor
// to its line), and the run's stats with a bar showing how close each came to its cap.

const $ = (id) => document.getElementById(id);

function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

const STATS = [
  { key: 'instructions', label: 'Instructions', cap: 'max_instructions', show: (n) => n.toLocaleString('en') },
  { key: 'peak_memory_bytes', label: 'Peak memory', cap: 'max_memory', show: formatBytes },
  { key: 'wall_ms', label: 'Wall time', cap: 'timeout_ms', show: (n) => `${n} ms` },
  { key: 'output_bytes', label: 'Output', cap: 'max_output_bytes', show: formatBytes },
];

function item(kind, rule, message, line, goToLine) {
  const li = document.createElement('li');
  li.className = `violation kind-${kind}`;
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = kind;
  const text = document.createElement('span');
  text.className = 'message';
  text.innerHTML = '';
  const code = document.createElement('code');
  code.textContent = rule;
  text.append(code, ` ${message}`);
  li.append(badge, text);
  if (line) {
    const go = document.createElement('button');
    go.type = 'button';
    go.className = 'line-link';
    go.textContent = `line ${line}`;
    go.setAttribute('aria-label', `Go to line ${line}`);
    go.addEventListener('click', () => goToLine(line));
    li.append(go);
  }
  return li;
}

/** Empties the report. */
export function clearReport() {
  $('violations').replaceChildren();
  $('stats').replaceChildren();
  $('no-violations').textContent = 'No run yet.';
  $('no-violations').hidden = false;
}

/** Shows `result` (a run result) measured against `policy`'s limits. */
export function showReport(result, policy, goToLine) {
  const list = $('violations');
  list.replaceChildren();
  if (result.error) {
    list.append(item('error', result.error.type, result.error.message, result.error.line, goToLine));
  }
  for (const v of result.violations) list.append(item(v.kind, v.rule, v.message, v.line, goToLine));
  $('no-violations').hidden = list.children.length > 0;
  $('no-violations').textContent = 'No violations: the program stayed inside the sandbox.';
  const stats = $('stats');
  stats.replaceChildren();
  for (const s of STATS) {
    const value = result.stats[s.key];
    const cap = policy.limits[s.cap];
    const dt = document.createElement('dt');
    dt.textContent = s.label;
    const dd = document.createElement('dd');
    const meter = document.createElement('meter');
    meter.min = 0;
    meter.max = cap ?? Math.max(value, 1);
    meter.value = Math.min(value, meter.max);
    meter.high = meter.max * 0.8;
    meter.optimum = 0;
    meter.setAttribute('aria-label', `${s.label}: ${s.show(value)} of ${cap == null ? 'no limit' : s.show(cap)}`);
    const text = document.createElement('span');
    text.className = 'stat-text';
    text.textContent = `${s.show(value)} / ${cap == null ? 'no limit' : s.show(cap)}`;
    dd.append(meter, text);
    stats.append(dt, dd);
  }
}
