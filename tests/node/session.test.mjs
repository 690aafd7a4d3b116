// Sessions through the JavaScript API: runs that share a namespace like notebook cells,
// each under its own policy; a policy object that starts from a preset; a core failure
// in a session run resets the session.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Sandbox, Session } from './setup.mjs';

test('a session carries variables, functions and classes from run to run', () => {
  const sb = new Sandbox();
  const session = new Session();
  assert.deepEqual(session.names(), []);
  assert.equal(sb.run('class P:\n    def __init__(self, x):\n        self.x = x\np = P(20)\ndef f(n):\n    return n + 2', null, session).error, null);
  const out = sb.run('print(isinstance(p, P))\nf(p.x * 2)', null, session);
  assert.equal(out.stdout, 'True\n');
  assert.equal(out.result, 42);
  assert.deepEqual(session.names(), ['P', 'f', 'p']);
  assert.ok(session.heldBytes > 0);
  assert.equal(sb.run('p').error.type, 'NameError', 'a run without the session starts empty');
});

test('runAsync runs in a session too, across an async host call', async () => {
  const sb = new Sandbox({ host_functions: ['later'] });
  sb.register('later', (v) => new Promise((ok) => setTimeout(() => ok(v * 2), 5)));
  const session = new Session();
  const first = await sb.runAsync('x = later(a)', { a: 10 }, session);
  assert.equal(first.error, null, first.stderr);
  const second = await sb.runAsync('x + a', null, session);
  assert.equal(second.result, 30);
});

test('each run keeps its own policy; the session keeps the values', () => {
  const session = new Session();
  new Sandbox('teaching').run('import math\nr = math.sqrt(2)', null, session);
  const out = new Sandbox('strict').run('print(round(r, 3))\nimport math', null, session);
  assert.equal(out.stdout, '1.414\n');
  assert.deepEqual(
    out.violations.map((v) => [v.kind, v.rule, v.line]),
    [['import', 'math', 2]],
  );
});

test('reset forgets the session', () => {
  const sb = new Sandbox();
  const session = new Session();
  sb.run('x = 1', null, session);
  session.reset();
  assert.deepEqual(session.names(), []);
  assert.equal(sb.run('x', null, session).error.type, 'NameError');
});

test('a policy object can start from a preset', () => {
  const sb = new Sandbox({ preset: 'strict', allowed_modules: ['math'], limits: { timeout_ms: 250 } });
  const { strict } = Sandbox.presets();
  assert.deepEqual(sb.policy, {
    ...strict,
    allowed_modules: ['math'],
    limits: { ...strict.limits, timeout_ms: 250 },
  });
  assert.equal(sb.run('import math\nmath.floor(2.5)').result, 2);
  assert.throws(() => new Sandbox({ preset: 'lenient' }), /unknown preset 'lenient'/);
  assert.throws(() => new Sandbox({ preset: 'strict', limits: { max_memroy: 1 } }), /invalid policy/);
});

test('a core failure in a session run resets the session and says so', () => {
  const sb = new Sandbox();
  const session = new Session();
  sb.run('x = 1', null, session);
  const out = sb._panicForTests(session);
  assert.equal(out.error.type, 'InternalError');
  assert.match(out.error.message, /^internal error in the sandbox core .*\(the session was reset/);
  assert.equal(sb.run('x', null, session).error.type, 'NameError');
  assert.equal(sb.run('x = 2\nx', null, session).result, 2);
});
