// One runnable snippet: the editor, a bar (Run/Stop, Reset, its session), and the output
// area where a run's stdout streams, then its value, the policy violations it hit (with
// their lines marked in the editor) and its traceback. Runs themselves are scheduled by
// the page (runs.js): a snippet only knows how to run once and show the result.

import { Editor } from './editor.js';
import { policyFor } from './options.js';

const KIND_LABELS = {
  import: 'Import blocked',
  member: 'Member blocked',
  dunder: 'Attribute blocked',
  builtin: 'Builtin not available',
  limit: 'Limit reached',
  determinism: 'Not deterministic',
  host: 'Host function not allowed',
  syntax: 'Syntax error',
};

/** `code` without the blank lines around it and the indentation all its lines share. */
export function tidy(code) {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common).trimEnd()).join('\n');
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class Snippet {
  #original;
  #editor;
  #runButton;
  #status;
  #output;
  #parts;
  #runs;

  /**
   * Builds the snippet inside `root` (emptied first). `options` are its attributes over
   * the page's defaults; `runs` is the page's scheduler.
   */
  constructor(root, code, options, runs) {
    this.root = root;
    this.options = options;
    this.session = options.session || null;
    // The queued request that will run this snippet (runs.js); null when none will.
    this.ticket = null;
    this.#runs = runs;
    this.#original = code;
    root.classList.add('sandpit-snippet');
    root.dataset.state = 'idle';
    if (options.theme) root.dataset.theme = options.theme;
    if (this.session) root.dataset.session = this.session;

    this.#editor = new Editor(code, { onRun: () => this.#click() });
    const bar = el('div', 'sandpit-bar');
    this.#runButton = el('button', 'sandpit-run', 'Run');
    this.#runButton.type = 'button';
    this.#runButton.title = 'Run (Ctrl+Enter)';
    this.#runButton.addEventListener('click', () => this.#click());
    const reset = el('button', 'sandpit-reset', 'Reset');
    reset.type = 'button';
    reset.title = 'Restore the original code';
    reset.addEventListener('click', () => {
      this.#editor.value = this.#original;
    });
    bar.append(this.#runButton, reset);
    if (this.session) {
      const restart = el('button', 'sandpit-restart', 'Restart');
      restart.type = 'button';
      restart.title = `Restart session "${this.session}": forget its variables`;
      restart.setAttribute('aria-label', `Restart session ${this.session}`);
      restart.addEventListener('click', () => runs.resetSession(this.session));
      bar.append(el('span', 'sandpit-badge', `session: ${this.session}`), restart);
    }
    this.#status = el('span', 'sandpit-status');
    this.#status.setAttribute('aria-live', 'polite');
    bar.append(this.#status);

    this.#output = el('div', 'sandpit-output');
    this.#output.hidden = true;
    this.#output.setAttribute('aria-label', 'Output');
    this.#parts = {
      note: el('div', 'sandpit-note'),
      stdout: el('pre', 'sandpit-stdout'),
      result: el('pre', 'sandpit-result'),
      problems: el('ul', 'sandpit-problems'),
      error: el('pre', 'sandpit-traceback'),
      empty: el('div', 'sandpit-empty', 'No output.'),
    };
    for (const part of Object.values(this.#parts)) {
      part.hidden = true;
      this.#output.append(part);
    }
    root.replaceChildren(this.#editor.element, bar, this.#output);
  }

  get code() {
    return this.#editor.value;
  }

  /** idle, queued or running; Run becomes Stop while queued or running. */
  setState(state) {
    this.root.dataset.state = state;
    this.#runButton.textContent = state === 'idle' ? 'Run' : 'Stop';
    if (state === 'queued') this.#setStatus('Waiting…');
    if (state === 'running') this.#setStatus('Running…');
  }

  /** Shows a note above the output (a session reset, a cell that was not run). */
  note(text) {
    this.#parts.note.textContent = text;
    this.#parts.note.hidden = !text;
    this.#output.hidden = this.#output.hidden && !text;
  }

  #click() {
    if (this.root.dataset.state === 'idle') this.#runs.request(this);
    else this.#runs.stop(this);
  }

  #setStatus(text) {
    this.#status.textContent = text;
  }

  /** Runs the snippet's code once on `runner` and shows what came back, under `note`. */
  async execute(runner, note = '') {
    this.setState('running');
    this.note(note);
    const { stdout, result, problems, error, empty } = this.#parts;
    for (const part of [stdout, result, problems, error, empty]) part.hidden = true;
    stdout.textContent = '';
    this.#editor.clearMarks();
    this.#output.hidden = false;
    const { policy, problems: bad } = policyFor(this.options);
    let out;
    if (bad.length) {
      out = { stdout: '', result_repr: null, violations: [], stats: null, error: { type: 'ValueError', summary: bad.join('\n') } };
      out.stderr = `${out.error.summary}\n`;
    } else {
      out = await runner.run(this.code, {
        policy,
        session: this.session,
        onOutput: (chunk) => {
          stdout.hidden = false;
          stdout.append(chunk);
        },
      });
    }
    this.#show(out);
    this.setState('idle');
    return out;
  }

  #show(out) {
    const { stdout, result, problems, error, empty } = this.#parts;
    stdout.textContent = out.stdout;
    stdout.hidden = !out.stdout;
    result.textContent = out.result_repr ?? '';
    result.hidden = out.result_repr === null || out.result_repr === undefined;
    problems.replaceChildren(...out.violations.map((v) => this.#violation(v)));
    problems.hidden = out.violations.length === 0;
    error.textContent = out.stderr;
    error.hidden = !out.stderr;
    empty.hidden = !(stdout.hidden && result.hidden && problems.hidden && error.hidden);
    // A violation's line is marked as such, even when the error points there too.
    const marks = out.violations.filter((v) => v.line > 0).map((v) => ({ line: v.line, kind: 'warn' }));
    const line = out.error?.line;
    if (line && !marks.some((m) => m.line === line)) marks.push({ line, kind: 'error' });
    this.#editor.mark(marks);
    const ms = out.stats?.wall_ms;
    const took = typeof ms === 'number' ? ` in ${ms < 1 ? '<1' : Math.round(ms)} ms` : '';
    this.#setStatus(out.error ? `${out.error.type}${took}` : `Done${took}`);
  }

  #violation(v) {
    const item = el('li');
    item.dataset.kind = v.kind;
    item.append(el('strong', '', `${KIND_LABELS[v.kind] ?? v.kind}: `), v.message);
    if (v.line > 0) {
      const jump = el('button', '', `line ${v.line}`);
      jump.type = 'button';
      jump.addEventListener('click', () => this.#editor.focusLine(v.line));
      item.append(jump);
    }
    return item;
  }
}
