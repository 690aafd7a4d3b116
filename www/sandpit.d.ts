// Types of Sandpit's JavaScript API (www/sandpit.js). Kept in sync with the Rust
// exports in src/wasm.rs: tests/node/api.test.mjs checks every name below exists.

/** Python values as they reach JS: None → null, ints within ±2^53 → number, larger
 * ints → bigint, float → number, str → string, bytes/bytearray → Uint8Array,
 * list/tuple/set → array, dict with only str keys → plain object, other dicts → Map.
 * JS values reach Python the other way round (integral numbers within ±2^53 become
 * ints, other numbers floats, Maps and plain objects dicts). */
export type PyValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | PyValue[]
  | { [key: string]: PyValue }
  | Map<PyValue, PyValue>;

export type PresetName = 'strict' | 'teaching' | 'deterministic' | 'permissive';

export interface Limits {
  max_memory: number;
  max_stack_depth: number;
  max_instructions: number | null;
  timeout_ms: number | null;
  max_output_bytes: number;
}

export interface Determinism {
  mode: 'off' | 'virtual' | 'forbid';
  seed: number;
  start_time_ms: number;
}

/** One serialisable policy: limits, allowed modules, denied members, allowed dunders,
 * determinism, and the host functions runs may call (`*` for all registered). */
export interface Policy {
  limits: Limits;
  allowed_modules: string[];
  denied_members: string[];
  allowed_dunders: string[];
  determinism: Determinism;
  host_functions: string[];
}

/** A policy object may leave out fields: they take the defaults, or the fields of the
 * preset it names (`{preset: 'strict', limits: {timeout_ms: 500}}`: objects are merged
 * field by field, lists replaced whole). */
export type PolicyInput = PresetName | (DeepPartial<Policy> & { preset?: PresetName });
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export interface Violation {
  kind: 'import' | 'member' | 'dunder' | 'builtin' | 'limit' | 'determinism' | 'host' | 'syntax';
  /** The rule broken: module, member path, attribute, builtin, limit or host function name. */
  rule: string;
  message: string;
  /** 1-based; 0 when unknown. */
  line: number;
  col: number;
  end_line: number;
  end_col: number;
}

export interface RunStats {
  instructions: number;
  peak_memory_bytes: number;
  wall_ms: number;
  output_bytes: number;
}

export interface RunError {
  /** The exception class: 'ValueError', 'SyntaxError', 'TimeoutError', or
   * 'InternalError' when the core itself failed (a bug; the sandbox recovers). */
  type: string;
  message: string;
  /** `type: message`, the traceback's last line. */
  summary: string;
  /** The report CPython prints to stderr. */
  traceback: string;
  /** The line of the user's code the error points at. */
  line: number | null;
}

export interface RunResult {
  stdout: string;
  /** The traceback of an uncaught error ('' when none). */
  stderr: string;
  /** The value of the program's last expression statement, when it has one that is
   * not None and can cross to JS. */
  result: PyValue | undefined;
  /** repr() of that value (also for values that cannot cross), else null. */
  result_repr: string | null;
  error: RunError | null;
  /** The status the program exited with through `sys.exit()` / `SystemExit`, as a
   * CPython process would (0 for no code, the int given, else 1 with the code's text as
   * `stderr`); null when it ran to its end or raised anything else. */
  exit_status: number | null;
  violations: Violation[];
  stats: RunStats;
}

/** Loads the wasm core once (call before creating sandboxes). In a browser call it with
 * nothing; in Node pass the .wasm bytes. */
export function load(wasm?: BufferSource | URL | string | Response): Promise<unknown>;

/** The presets, by name, as policy objects. */
export function presets(): Record<PresetName, Policy>;

/** A run result for an error found outside Python (a panic, a stopped worker). */
export function failedRun(type: string, message: string, stdout?: string): RunResult;

export type HostFunction = (...args: PyValue[]) => PyValue | Promise<PyValue> | void;

/** A namespace runs share, like a notebook's cells: a run in a session sees what the
 * session's earlier runs defined and imported. Each run keeps its sandbox's policy; the
 * session's values count toward the run's memory limit. */
export class Session {
  constructor();
  /** The names earlier runs bound (sorted, without dunder names). */
  names(): string[];
  /** Bytes of Python objects the session held when its last run ended. */
  readonly heldBytes: number;
  /** Forgets everything the session's runs defined and frees it. */
  reset(): void;
}

export class Sandbox {
  /** Throws on an unknown preset name or an invalid policy object. */
  constructor(policy?: PolicyInput);
  static presets(): Record<PresetName, Policy>;
  readonly policy: Policy;
  /** Python calls it by `name` if the policy's host_functions lists it (or `*`).
   * Keyword arguments arrive as one trailing plain object. */
  register(name: string, fn: HostFunction): this;
  /** Receives stdout chunks as they are printed (null to stop). */
  onOutput(callback: ((chunk: string) => void) | null): void;
  /** Static check (< 5 ms for a 200-line snippet): violations plus a syntax error. */
  check(source: string): Violation[];
  /** Runs to the end (in `session`'s namespace if given); an async host function
   * raises RuntimeError here. A core failure in a session run resets the session. */
  run(source: string, inputs?: Record<string, PyValue> | null, session?: Session | null): RunResult;
  /** Runs, suspending while async host functions' promises settle. */
  runAsync(
    source: string,
    inputs?: Record<string, PyValue> | null,
    session?: Session | null,
  ): Promise<RunResult>;
}
