// Sandpit's JavaScript API (types in sandpit.d.ts): the wasm core behind two small
// classes, Sandbox and Session. It adds what only JS can do: awaiting async host
// functions between the core's run steps, and turning a trap (a Rust panic inside the
// core) into an `InternalError` result instead of an opaque `unreachable` exception.

import initWasm, * as raw from './pkg/sandpit.js';

let loading = null;

/**
 * Loads the wasm core once. In a browser or worker call it with nothing (the .wasm is
 * fetched next to this file); in Node pass the bytes (`fs.readFileSync(...)`) or a URL.
 */
export function load(wasm) {
  loading ??= initWasm(wasm === undefined ? undefined : { module_or_path: wasm });
  return loading;
}

/** The presets, by name, as policy objects. */
export function presets() {
  return raw.presets();
}

/**
 * `policy` as the core takes it: a policy object may name a preset to start from
 * (`{preset: 'strict', limits: {timeout_ms: 500}}`); its other fields replace the
 * preset's (objects field by field, lists whole). Unknown fields stay, for the core to
 * reject.
 */
function resolvePolicy(policy) {
  if (policy === null || typeof policy !== 'object' || !('preset' in policy)) return policy;
  const { preset, ...changes } = policy;
  const base = presets()[preset];
  if (!base) throw new Error(`unknown preset '${preset}'`);
  return overlay(base, changes);
}

function overlay(base, changes) {
  const out = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    const inner = out[key];
    const both = [inner, value].every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
    out[key] = both ? overlay(inner, value) : value;
  }
  return out;
}

const EMPTY_STATS = Object.freeze({
  instructions: 0,
  peak_memory_bytes: 0,
  wall_ms: 0,
  output_bytes: 0,
});

/** A run result for an error found outside Python (a panic, a stopped worker). */
export function failedRun(type, message, stdout = '') {
  const summary = `${type}: ${message}`;
  return {
    stdout,
    stderr: `${summary}\n`,
    result: undefined,
    result_repr: null,
    error: { type, message, summary, traceback: `${summary}\n`, line: null },
    exit_status: null,
    violations: [],
    stats: { ...EMPTY_STATS },
  };
}

// The raw object behind a Session, for Sandbox's runs (set in Session's static block).
let rawSession;

/**
 * A namespace that runs share, like a notebook's cells: a run in a session sees the
 * variables, functions, classes and imports of the session's earlier runs. Each run
 * keeps its own sandbox's policy; the session's values count toward its memory limit.
 */
export class Session {
  #raw = new raw.RawSession();

  static {
    rawSession = (session) => session.#raw;
  }

  /** The names earlier runs bound (sorted, without dunder names). */
  names() {
    return this.#raw.names();
  }

  /** Bytes of Python objects the session held when its last run ended. */
  get heldBytes() {
    return this.#raw.heldBytes();
  }

  /** Forgets everything the session's runs defined and frees it. */
  reset() {
    try {
      this.#raw.free();
    } catch {
      // A trap mid-run can leave the old object unusable: dropping it is enough.
    }
    this.#raw = new raw.RawSession();
  }
}

export class Sandbox {
  #policy;
  #raw;
  #functions = new Map();
  #listener = null;
  #printed = '';

  /**
   * A sandbox enforcing `policy`: a preset name ('strict', 'teaching',
   * 'deterministic', 'permissive'), a policy object (missing fields take the
   * defaults, or the fields of the preset its `preset` field names), or nothing for
   * 'teaching'. Throws on an unknown preset or bad policy.
   */
  constructor(policy = 'teaching') {
    this.#policy = resolvePolicy(policy);
    this.#raw = this.#fresh();
  }

  /** The presets, by name, as policy objects. */
  static presets() {
    return presets();
  }

  /** The policy in force, as a full object. */
  get policy() {
    return this.#raw.policy();
  }

  /**
   * Registers a host function Python can call by `name` (if the policy's
   * `host_functions` lists it, or `*`). Arguments and the return value are converted;
   * a thrown error becomes a Python exception; a returned Promise suspends the run
   * (only in `runAsync`).
   */
  register(name, fn) {
    if (typeof fn !== 'function') throw new TypeError(`register('${name}'): not a function`);
    this.#functions.set(name, fn);
    this.#raw.register(name, fn);
    return this;
  }

  /** Receives stdout chunks as the program prints them (null to stop). */
  onOutput(callback) {
    this.#listener = callback ?? null;
  }

  /**
   * Static check, cheap enough for every keystroke: the violations visible without
   * running, and a syntax error as a violation of kind 'syntax'.
   */
  check(source) {
    let report;
    try {
      report = this.#raw.check(source);
    } catch (e) {
      if (!(e instanceof WebAssembly.RuntimeError)) throw e;
      this.#recover();
      return [];
    }
    const found = [...report.violations];
    const syntax = report.syntax_error;
    if (syntax) {
      const span = syntax.span ?? { line: 1, col: 1, end_line: 1, end_col: 1 };
      found.unshift({ kind: 'syntax', rule: 'SyntaxError', message: syntax.message, ...span });
    }
    return found;
  }

  /**
   * Runs `source` to the end with optional named `inputs`, in `session`'s namespace if
   * one is given; never throws for Python errors.
   */
  run(source, inputs = null, session = null) {
    this.#printed = '';
    return this.#guard(
      () => (session ? this.#raw.runIn(rawSession(session), source, inputs) : this.#raw.run(source, inputs)),
      false,
      session,
    );
  }

  /** Like `run`, but async host functions suspend the run until their promise settles. */
  async runAsync(source, inputs = null, session = null) {
    this.#printed = '';
    const first = () =>
      session ? this.#raw.startIn(rawSession(session), source, inputs) : this.#raw.start(source, inputs);
    let step = this.#guard(first, true, session);
    while (!step.done) {
      let ok = true;
      let value;
      try {
        value = await step.promise;
      } catch (reason) {
        ok = false;
        value = reason;
      }
      const pending = step.run;
      step = this.#guard(() => pending.resume(ok, value), true, session);
    }
    return step.output;
  }

  #fresh() {
    const sandbox = new raw.RawSandbox(this.#policy);
    for (const [name, fn] of this.#functions) sandbox.register(name, fn);
    sandbox.onOutput((chunk) => {
      this.#printed += chunk;
      this.#listener?.(chunk);
    });
    return sandbox;
  }

  // A trap leaves the raw object unusable: replace it.
  #recover() {
    try {
      this.#raw.free();
    } catch {
      // Its state is already broken; dropping the reference is enough.
    }
    this.#raw = this.#fresh();
  }

  /** Panics inside the core on purpose: tests check it gives an InternalError result. */
  _panicForTests(session = null) {
    this.#printed = '';
    return this.#guard(() => raw.panicForTests(), false, session);
  }

  // A trap mid-run in a session leaves its state half-changed: the session starts over,
  // and the error says so.
  #guard(call, asStep = false, session = null) {
    try {
      return call();
    } catch (e) {
      if (!(e instanceof WebAssembly.RuntimeError)) throw e;
      // The core aborts on a panic without a message (scripts/build-wasm.sh): all JS sees
      // is the trap, so the message says what failed and how.
      let message = `internal error in the sandbox core (WebAssembly trap: ${e.message})`;
      this.#recover();
      if (session) {
        session.reset();
        message += ' (the session was reset: its earlier definitions are gone)';
      }
      const output = failedRun('InternalError', message, this.#printed);
      return asStep ? { done: true, output } : output;
    }
  }
}
