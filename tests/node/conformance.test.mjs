// The CPython conformance corpus (tests/py) through the wasm build: every program must
// print what CPython 3.11 printed (its .expected file), as the native build does;
// programs on tests/py/known-failures.txt are skipped, as in tests/conformance.rs.
//
// One difference is allowed, and only for the programs in libm-dependent.txt: the last
// digits of transcendental functions (exp, log, sin...). Native builds call glibc, as
// CPython does; wasm32 has no C library, so Rust's own (musl-derived) libm answers and
// may round the last bit differently. There every number must agree to 1e-14.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, Sandbox } from './setup.mjs';

const dir = join(root, 'tests', 'py');
const knownPath = join(dir, 'known-failures.txt');
const known = new Set(
  (existsSync(knownPath) ? readFileSync(knownPath, 'utf8') : '')
    .split('\n')
    .map((l) => l.split('#')[0].trim())
    .filter(Boolean),
);
const libmDependent = new Set(
  readFileSync(new URL('./libm-dependent.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.split('#')[0].trim())
    .filter(Boolean),
);

// Whether two outputs agree but for the last digits of their numbers.
function closeEnough(expected, actual) {
  const number = /-?\d+\.\d+(?:e[-+]?\d+)?|-?\d+e[-+]?\d+/g;
  if (expected.replace(number, '#') !== actual.replace(number, '#')) return false;
  const a = actual.match(number) ?? [];
  return (expected.match(number) ?? []).every((e, i) => {
    const x = Number(e);
    const y = Number(a[i]);
    return x === y || Math.abs(x - y) <= 1e-14 * Math.max(Math.abs(x), Math.abs(y));
  });
}

const filter = process.env.SANDPIT_CONFORMANCE ?? '';
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.py') && f.includes(filter) && !known.has(f))
  .sort();

test(`conformance corpus through wasm (${programs.length} programs)`, () => {
  const failures = [];
  for (const name of programs) {
    const source = readFileSync(join(dir, name), 'utf8');
    const expected = readFileSync(join(dir, name.replace(/\.py$/, '.expected')), 'utf8');
    const out = new Sandbox().run(source);
    // The last line of the error report, as gen-expected.sh keeps CPython's stderr.
    const actual = out.stdout + (out.error ? `${out.error.traceback.replace(/\n$/, '').split('\n').pop()}\n` : '');
    if (actual !== expected && !(libmDependent.has(name) && closeEnough(expected, actual))) {
      const a = actual.split('\n');
      const e = expected.split('\n');
      const line = e.findIndex((l, i) => l !== a[i]);
      failures.push(`${name}: line ${line + 1}\n  expected: ${JSON.stringify(e[line])}\n  actual:   ${JSON.stringify(a[line])}`);
    }
  }
  assert.deepEqual(failures, [], `${failures.length} of ${programs.length} programs differ:\n${failures.join('\n')}`);
});
