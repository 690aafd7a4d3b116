// Runs snippets in a Web Worker (sandpit-worker.js) so that no program can freeze the
// page. The fuel budget and timeout stop runaway code inside the sandbox; the runner's
// hard wall-clock cap is the second line of defence: past it the worker is terminated
// and replaced. Sessions live in the worker, so terminating it loses them: the runner
// tells the page which were lost, and marks the next run of each.

import { failedRun } from './sandpit.js';

// Extra time the hard cap allows beyond the policy's own timeout.
const GRACE_MS = 2000;
const DEFAULT_CAP_MS = 15000;

export class WorkerRunner {
  #workerUrl;
  #worker = null;
  #functions = new Map();
  #current = null;
  #nextId = 0;
  // Sessions the current worker holds, and those a terminated worker took with it.
  #sessions = new Set();
  #lost = new Set();
  #onSessionsLost;

  /**
   * `workerUrl` defaults to sandpit-worker.js beside this file. `onSessionsLost(names)`
   * is called when terminating the worker (hard cap, `stop()`, a crash) loses sessions.
   */
  constructor({ workerUrl = new URL('./sandpit-worker.js', import.meta.url), onSessionsLost = null } = {}) {
    this.#workerUrl = workerUrl;
    this.#onSessionsLost = onSessionsLost;
  }

  /** Starts the worker and has it load the wasm now, so the first run starts at once. */
  warm() {
    this.#ensureWorker().postMessage({ type: 'load' });
  }

  /** Forgets session `name` (its next run starts empty). */
  resetSession(name) {
    this.#lost.delete(name);
    if (this.#sessions.delete(name)) this.#worker?.postMessage({ type: 'reset-session', name });
  }

  /** Registers a host function (called on this thread; runs still need the policy to list it). */
  register(name, fn) {
    this.#functions.set(name, fn);
    return this;
  }

  /** Whether a run is in progress. */
  get busy() {
    return this.#current !== null;
  }

  /**
   * Runs `source` in the worker. Options: `policy` (preset name or object), `inputs`,
   * `session` (a name: runs naming the same session share their globals), `onOutput(chunk)`,
   * `hardCapMs` (default: the policy's timeout_ms plus 2 s, or 15 s). Resolves with the
   * run result; never rejects for anything the program does. When the session was lost
   * with a terminated worker since its last run, the result has `session_reset: true`.
   */
  run(source, { policy = 'teaching', inputs = null, session = null, onOutput = null, hardCapMs } = {}) {
    if (this.#current) return Promise.reject(new Error('a run is already in progress'));
    const id = this.#nextId++;
    const reset = session !== null && this.#lost.delete(session);
    const timeout = typeof policy === 'object' ? policy?.limits?.timeout_ms : undefined;
    const cap = hardCapMs ?? (timeout ? timeout + GRACE_MS : DEFAULT_CAP_MS);
    return new Promise((resolve) => {
      let stdout = '';
      const finish = (result) => {
        clearTimeout(this.#current?.timer);
        this.#current = null;
        resolve(reset ? { ...result, session_reset: true } : result);
      };
      const timer = setTimeout(() => {
        const lost = this.#kill();
        finish(
          failedRun(
            'TimeoutError',
            `the run outlived the hard wall-clock cap (${cap} ms) and its worker was stopped${lostNote(lost)}`,
            stdout,
          ),
        );
      }, cap);
      this.#current = {
        id,
        timer,
        stop: (lost) => finish(failedRun('KeyboardInterrupt', `the run was stopped${lostNote(lost)}`, stdout)),
        output: (chunk) => {
          stdout += chunk;
          onOutput?.(chunk);
        },
        result: finish,
      };
      const worker = this.#ensureWorker();
      if (session !== null) this.#sessions.add(session);
      worker.postMessage({
        type: 'run',
        id,
        source,
        policy,
        inputs,
        session,
        hostFunctions: [...this.#functions.keys()],
      });
    });
  }

  /** Stops the current run at once (its result is a KeyboardInterrupt). */
  stop() {
    const current = this.#current;
    if (!current) return;
    current.stop(this.#kill());
  }

  // Terminates the worker; returns the names of the sessions that went with it.
  #kill() {
    this.#worker?.terminate();
    this.#worker = null;
    const lost = [...this.#sessions];
    this.#sessions.clear();
    for (const name of lost) this.#lost.add(name);
    if (lost.length) this.#onSessionsLost?.(lost);
    return lost;
  }

  #ensureWorker() {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.#workerUrl, { type: 'module' });
    worker.onmessage = ({ data }) => this.#receive(worker, data);
    worker.onerror = (event) => {
      event.preventDefault();
      const current = this.#current;
      const lost = this.#kill();
      current?.result(failedRun('InternalError', `${event.message || 'the worker failed'}${lostNote(lost)}`));
    };
    this.#worker = worker;
    return worker;
  }

  async #receive(worker, data) {
    const current = this.#current;
    if (!current || data.id !== current.id) return;
    if (data.type === 'output') current.output(data.chunk);
    else if (data.type === 'result') current.result(data.result);
    else if (data.type === 'host-call') {
      const reply = { type: 'host-result', callId: data.callId };
      try {
        const fn = this.#functions.get(data.name);
        reply.value = await fn(...data.args);
        reply.ok = true;
      } catch (e) {
        reply.ok = false;
        reply.error = { name: e?.name ?? 'Error', message: String(e?.message ?? e) };
      }
      // The worker may have been stopped while the host was answering.
      if (this.#worker === worker) worker.postMessage(reply);
    }
  }
}

/** How a stopped run's message says which sessions were lost with the worker. */
function lostNote(lost) {
  if (!lost.length) return '';
  const names = lost.map((n) => `'${n}'`).join(', ');
  return `; the state of session${lost.length > 1 ? 's' : ''} ${names} was lost`;
}
