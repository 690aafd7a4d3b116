// Sandpit's JavaScript API (types in sandpit.d.ts): the wasm core behind one small
// class. It adds what only JS can do: awaiting async host functions between the core's
// run steps, and turning a trap (a Rust panic inside the core) into an `InternalError`
// result instead of an opaque `unreachable` exception.

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
    violations: [],
    stats: { ...EMPTY_STATS },
  };
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
   * defaults), or nothing for 'teaching'. Throws on an unknown preset or bad policy.
   */
  constructor(policy = 'teaching') {
    this.#policy = policy;
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

  /** Runs `source` to the end with optional named `inputs`; never throws for Python errors. */
  run(source, inputs = null) {
    this.#printed = '';
    return this.#guard(() => this.#raw.run(source, inputs));
  }

  /** Like `run`, but async host functions suspend the run until their promise settles. */
  async runAsync(source, inputs = null) {
    this.#printed = '';
    let step = this.#guard(() => this.#raw.start(source, inputs), true);
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
      step = this.#guard(() => pending.resume(ok, value), true);
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
  _panicForTests() {
    this.#printed = '';
    return this.#guard(() => raw.panicForTests());
  }

  #guard(call, asStep = false) {
    try {
      return call();
    } catch (e) {
      if (!(e instanceof WebAssembly.RuntimeError)) throw e;
      const message = raw.lastPanic() ?? String(e.message ?? e);
      this.#recover();
      const output = failedRun('InternalError', message, this.#printed);
      return asStep ? { done: true, output } : output;
    }
  }
}
