// Sessions in the Web Worker runner, in real Chromium: runs naming the same session
// share their globals, other sessions and lone runs do not, and a terminated worker
// reports the sessions it took with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let site;
let browser;
let page;
let errors;

before(async () => {
  site = await serve(root);
  browser = await launch();
  ({ page, errors } = await openPage(browser, `${site.url}/tests/browser/blank.html`));
  await page.evaluate(async () => {
    const { WorkerRunner } = await import('/www/sandpit-runner.js');
    window.lost = [];
    window.runner = new WorkerRunner({ onSessionsLost: (names) => window.lost.push(...names) });
  });
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

const run = (source, options) => page.evaluate(([s, o]) => window.runner.run(s, o), [source, options]);

test('runs naming a session share its globals; others do not see them', async () => {
  assert.equal((await run('x = 40', { session: 'a' })).error, null);
  assert.equal((await run('x = "b"', { session: 'b' })).error, null);
  assert.equal((await run('x + 2', { session: 'a', policy: 'strict' })).result, 42);
  assert.equal((await run('x', { session: 'b' })).result, 'b');
  assert.equal((await run('x')).error.type, 'NameError');
  await page.evaluate(() => window.runner.resetSession('b'));
  assert.equal((await run('x', { session: 'b' })).error.type, 'NameError');
  assert.deepEqual(errors, []);
});

test('stopping the worker loses its sessions, and says so', async () => {
  await run('y = 1', { session: 'a' });
  const stopped = await page.evaluate(async () => {
    const pending = window.runner.run('while True:\n    pass', {
      session: 'a',
      policy: { limits: { max_instructions: null, timeout_ms: null } },
    });
    await new Promise((r) => setTimeout(r, 200));
    window.runner.stop();
    return pending;
  });
  assert.equal(stopped.error.type, 'KeyboardInterrupt');
  // 'b' too: the first test ran in it again after resetting it.
  assert.match(stopped.error.message, /the state of sessions 'a', 'b' was lost/);
  assert.deepEqual(await page.evaluate(() => window.lost), ['a', 'b']);
  const after = await run('y', { session: 'a' });
  assert.equal(after.session_reset, true);
  assert.equal(after.error.type, 'NameError');
  const again = await run('y = 2\ny', { session: 'a' });
  assert.equal(again.session_reset, undefined);
  assert.equal(again.result, 2);
});

test('a policy object can start from a preset in the worker', async () => {
  const out = await run('import math\nmath.floor(2.5)', { policy: { preset: 'strict', allowed_modules: ['math'] } });
  assert.equal(out.error, null, out.stderr);
  assert.equal(out.result, 2);
});
