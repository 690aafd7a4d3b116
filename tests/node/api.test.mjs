// The JavaScript API (www/sandpit.js over the wasm build) in Node: runs, values crossing
// the boundary, host functions sync and async, streamed output, the static check, the
// clock, panics turned into InternalError, and the .d.ts kept in sync with the exports.
// (Speed is measured by the benchmarks, not asserted here.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from './setup.mjs';

const { Sandbox, root } = api;

const withHost = (names) => new Sandbox({ host_functions: names });

test('presets are the four named policies', () => {
  const presets = Sandbox.presets();
  assert.deepEqual(Object.keys(presets).sort(), ['deterministic', 'permissive', 'strict', 'teaching']);
  assert.equal(typeof presets.strict.limits.max_memory, 'number');
  assert.deepEqual(new Sandbox('strict').policy, presets.strict);
  assert.throws(() => new Sandbox('lenient'), /unknown preset 'lenient'/);
  assert.throws(
    () => new Sandbox({ limits: { max_memroy: 1 } }),
    /invalid policy: unknown field `limits.max_memroy`/,
  );
  assert.throws(() => new Sandbox({ allowed_modulez: [] }), /unknown field `allowed_modulez`/);
  assert.throws(() => new Sandbox({ limits: { max_memory: 'big' } }), /invalid policy/);
  assert.throws(() => new Sandbox({ limits: { max_memory: 1.5 } }), /invalid policy/);
  assert.throws(() => new Sandbox({ limits: null }), /invalid policy: limits must be an object/);
  assert.throws(() => new Sandbox({ host_functions: [1] }), /host_functions must be an array of strings/);
  assert.throws(() => new Sandbox({ determinism: { sede: 1 } }), /unknown field `determinism.sede`/);
});

test('sys.exit ends a run with a status, not an error', () => {
  const sb = new Sandbox('permissive');
  const quiet = sb.run('import sys\nprint("bye")\nsys.exit()\nprint("never")');
  assert.equal(quiet.stdout, 'bye\n');
  assert.equal(quiet.error, null);
  assert.equal(quiet.stderr, '');
  assert.equal(quiet.exit_status, 0);
  assert.equal(sb.run('raise SystemExit(3)').exit_status, 3);
  const said = sb.run('import sys\nsys.exit("bad input")');
  assert.equal(said.exit_status, 1);
  assert.equal(said.stderr, 'bad input\n');
  assert.equal(said.error.type, 'SystemExit');
  const ran = sb.run('print(1)');
  assert.equal(ran.exit_status, null);
});

test('a policy object means what the same JSON means to the CLI', () => {
  const defaults = new Sandbox({}).policy;
  // An undefined field is a missing one (the default), not None; null is None.
  const undef = new Sandbox({ limits: { timeout_ms: undefined, max_memory: 4096 } }).policy;
  assert.equal(undef.limits.timeout_ms, defaults.limits.timeout_ms);
  assert.equal(undef.limits.max_memory, 4096);
  const none = new Sandbox({ limits: { timeout_ms: null } }).policy;
  assert.equal(none.limits.timeout_ms, null);
  // The policy object reads back as the same policy (the playground's JSON editor).
  assert.deepEqual(new Sandbox(JSON.parse(JSON.stringify(none))).policy, none);
  const det = new Sandbox({ determinism: { mode: 'virtual', seed: 7 } }).policy;
  assert.deepEqual([det.determinism.mode, det.determinism.seed], ['virtual', 7]);
  assert.throws(() => new Sandbox({ determinism: { mode: 'sometimes' } }), /invalid policy/);
});

test('a run returns stdout, the last expression and stats', () => {
  const out = new Sandbox().run('print("hello")\nx = 6 * 7\nx');
  assert.equal(out.stdout, 'hello\n');
  assert.equal(out.stderr, '');
  assert.equal(out.result, 42);
  assert.equal(out.result_repr, '42');
  assert.equal(out.error, null);
  assert.deepEqual(out.violations, []);
  assert.ok(out.stats.instructions > 0);
  assert.ok(out.stats.peak_memory_bytes > 0);
  assert.equal(out.stats.output_bytes, 6);
});

test('values cross the boundary as documented', () => {
  const sb = new Sandbox();
  const out = sb.run(
    'big = n + 1\n[big, 2**53, 2**53 - 1, 1.5, None, True, "é", b"\\x00\\xff", (1, 2), {3}, {"k": [1]}, {1: "a"}, flags["on"], len(blob)]',
    { n: 2n ** 70n, flags: new Map([['on', true]]), blob: new Uint8Array([1, 2, 3]) },
  );
  assert.equal(out.error, null);
  const [big, p53, below, f, none, t, s, bytes, tuple, set, obj, map, on, len] = out.result;
  assert.equal(big, 2n ** 70n + 1n);
  assert.equal(p53, 2n ** 53n);
  assert.equal(below, 2 ** 53 - 1);
  assert.deepEqual([f, none, t, s], [1.5, null, true, 'é']);
  assert.deepEqual(bytes, new Uint8Array([0, 255]));
  assert.deepEqual(tuple, [1, 2]);
  assert.deepEqual(set, [3]);
  assert.deepEqual(obj, { k: [1] });
  assert.deepEqual(map, new Map([[1, 'a']]));
  assert.deepEqual([on, len], [true, 3]);
  const opaque = sb.run('class A: pass\nA()');
  assert.equal(opaque.result, undefined);
  assert.match(opaque.result_repr, /^<__main__\.A object at 0x/);
});

test('errors carry the type, message, traceback and line', () => {
  const out = new Sandbox().run('x = 1\ndef f():\n    return 1 / 0\nf()\n');
  assert.equal(out.error.type, 'ZeroDivisionError');
  assert.equal(out.error.message, 'division by zero');
  assert.equal(out.error.line, 3);
  assert.match(out.stderr, /^Traceback \(most recent call last\):\n {2}File "<string>", line 4, in <module>/);
  const syntax = new Sandbox().run('if True\n  pass');
  assert.equal(syntax.error.type, 'SyntaxError');
  assert.equal(syntax.error.line, 1);
});

test('host functions: sync calls, errors, and the policy as capability list', () => {
  const sb = withHost(['add', 'boom', 'range_err', 'weird']);
  sb.register('add', (a, b, kw) => a + b + (kw?.extra ?? 0));
  sb.register('boom', () => {
    throw new TypeError('bad argument');
  });
  sb.register('range_err', () => {
    throw new RangeError('out of range');
  });
  sb.register('weird', () => {
    throw 'plain string';
  });
  sb.register('secret', () => 'leaked');
  const out = sb.run(
    'print(add(2, 3), add(1, 1, extra=10))\n' +
      'for f in (boom, range_err, weird):\n' +
      '    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)\n' +
      'secret()\n',
  );
  assert.equal(
    out.stdout,
    '5 12\nTypeError bad argument\nValueError out of range\nRuntimeError plain string\n',
  );
  assert.equal(out.error.type, 'NameError');
  assert.deepEqual(
    out.violations.map((v) => [v.kind, v.rule, v.line]),
    [['host', 'secret', 7]],
  );
  const bad = sb.run('add(1, object())');
  assert.equal(bad.error.summary, "TypeError: add() argument: a 'object' value cannot be passed to the host");
});

test('async host functions suspend runAsync and resume it when the promise settles', async () => {
  const sb = withHost(['fetch_price']);
  const prices = { apple: 3, pear: 4 };
  sb.register('fetch_price', (name) =>
    new Promise((resolve, reject) =>
      setTimeout(() => (name in prices ? resolve(prices[name]) : reject(new Error(`no ${name}`))), 5),
    ),
  );
  const chunks = [];
  sb.onOutput((c) => chunks.push(c));
  const out = await sb.runAsync(
    'print("start")\ntotal = fetch_price("apple") + fetch_price("pear")\nprint(total)\n' +
      'try:\n    fetch_price("plum")\nexcept RuntimeError as e:\n    print("failed:", e)\ntotal',
  );
  assert.equal(out.error, null, out.stderr);
  assert.equal(out.stdout, 'start\n7\nfailed: Error: no plum\n');
  assert.equal(out.result, 7);
  assert.equal(chunks.join(''), out.stdout);
  const sync = sb.run('fetch_price("apple")');
  assert.equal(sync.error.type, 'RuntimeError');
  assert.match(sync.error.message, /cannot be awaited here/);
  const nested = await sb.runAsync('list(map(fetch_price, ["apple"]))');
  assert.match(nested.error.message, /cannot be awaited here/);
});

test('output streams while the run waits on the host', async () => {
  const sb = withHost(['wait']);
  const seen = [];
  sb.register('wait', () => {
    seen.push(`host sees: ${JSON.stringify(printed)}`);
    return Promise.resolve(null);
  });
  let printed = '';
  sb.onOutput((c) => {
    printed += c;
  });
  await sb.runAsync('print("one")\nwait()\nprint("two")');
  assert.deepEqual(seen, ['host sees: "one\\n"']);
  assert.equal(printed, 'one\ntwo\n');
});

test('the wall clock works in wasm: timeout_ms stops a loop', () => {
  const sb = new Sandbox({ limits: { timeout_ms: 50, max_instructions: null } });
  const t0 = performance.now();
  const out = sb.run('while True:\n    pass');
  assert.equal(out.error.summary, 'TimeoutError: the sandbox time limit (50 ms) was reached');
  assert.equal(out.violations[0].rule, 'timeout_ms');
  assert.ok(performance.now() - t0 < 2000);
  const clock = sb.run('import time\nt = time.time()\nt > 1.7e9');
  assert.equal(clock.result, true);
});

test('a panic in the core becomes an InternalError and the sandbox recovers', () => {
  const sb = new Sandbox();
  const out = sb._panicForTests();
  assert.equal(out.error.type, 'InternalError');
  assert.match(out.error.message, /^internal error in the sandbox core \(WebAssembly trap: .+\)$/);
  assert.equal(sb.run('print(1 + 1)').stdout, '2\n');
});

test('check reports violations and syntax errors', () => {
  const strict = new Sandbox('strict');
  const found = strict.check('import os\nx = ().__class__.__base__\n');
  const importOs = found.find((v) => v.kind === 'import');
  assert.deepEqual([importOs.rule, importOs.line, importOs.col], ['os', 1, 8]);
  assert.ok(found.some((v) => v.kind === 'dunder' && v.line === 2), JSON.stringify(found));
  const syntax = strict.check('print("a"\n');
  assert.equal(syntax[0].kind, 'syntax');
  assert.equal(syntax[0].line, 1);
  // Its speed (< 5 ms for 200 lines) is measured by bench/check-speed.mjs, not here.
});

test('sandpit.d.ts declares exactly what sandpit.js exports', () => {
  const dts = readFileSync(join(root, 'www', 'sandpit.d.ts'), 'utf8');
  const declared = [...dts.matchAll(/^export (?:function|class) (\w+)/gm)].map((m) => m[1]).sort();
  const exported = Object.keys(api)
    .filter((k) => k !== 'root')
    .sort();
  assert.deepEqual(declared, exported);
  for (const [, name, body] of dts.matchAll(/^export class (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const cls = api[name];
    const members = [...body.matchAll(/^ {2}(?:static |readonly )?(\w+)[(:]/gm)].map((m) => m[1]).filter((m) => m !== 'constructor');
    const actual = Object.getOwnPropertyNames(cls.prototype)
      .filter((k) => k !== 'constructor' && !k.startsWith('_'))
      .concat(Object.getOwnPropertyNames(cls).filter((k) => !['length', 'name', 'prototype'].includes(k)));
    assert.deepEqual([...new Set(members)].sort(), [...new Set(actual)].sort(), name);
  }
});
