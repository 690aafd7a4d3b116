// Runs snippets in a Web Worker (sandpit-worker.js) so that no program can freeze the
// page. The fuel budget and timeout stop runaway code inside the sandbox; the runner's
// hard wall-clock cap is the second line of defence: past it the worker is terminated
// and replaced.

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

  /** `workerUrl` defaults to sandpit-worker.js beside this file. */
  constructor({ workerUrl = new URL('./sandpit-worker.js', import.meta.url) } = {}) {
    this.#workerUrl = workerUrl;
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
   * `onOutput(chunk)`, `hardCapMs` (default: the policy's timeout_ms plus 2 s, or 15 s).
   * Resolves with the run result; never rejects for anything the program does.
   */
  run(source, { policy = 'teaching', inputs = null, onOutput = null, hardCapMs } = {}) {
    if (this.#current) return Promise.reject(new Error('a run is already in progress'));
    const id = this.#nextId++;
    const timeout = typeof policy === 'object' ? policy?.limits?.timeout_ms : undefined;
    const cap = hardCapMs ?? (timeout ? timeout + GRACE_MS : DEFAULT_CAP_MS);
    return new Promise((resolve) => {
      let stdout = '';
      const finish = (result) => {
        clearTimeout(this.#current?.timer);
        this.#current = null;
        resolve(result);
      };
      const timer = setTimeout(() => {
        this.#kill();
        finish(
          failedRun(
            'TimeoutError',
            `the run outlived the hard wall-clock cap (${cap} ms) and its worker was stopped`,
            stdout,
          ),
        );
      }, cap);
      this.#current = {
        id,
        timer,
        stop: () => finish(failedRun('KeyboardInterrupt', 'the run was stopped', stdout)),
        output: (chunk) => {
          stdout += chunk;
          onOutput?.(chunk);
        },
        result: finish,
      };
      this.#ensureWorker().postMessage({
        type: 'run',
        id,
        source,
        policy,
        inputs,
        hostFunctions: [...this.#functions.keys()],
      });
    });
  }

  /** Stops the current run at once (its result is a KeyboardInterrupt). */
  stop() {
    const current = this.#current;
    if (!current) return;
    this.#kill();
    current.stop();
  }

  #kill() {
    this.#worker?.terminate();
    this.#worker = null;
  }

  #ensureWorker() {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.#workerUrl, { type: 'module' });
    worker.onmessage = ({ data }) => this.#receive(worker, data);
    worker.onerror = (event) => {
      event.preventDefault();
      const current = this.#current;
      this.#kill();
      current?.result(failedRun('InternalError', event.message || 'the worker failed'));
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
