// The Web Worker runner in real Chromium: output streams back, host functions on the
// page answer the worker, and a run that outlives the hard wall-clock cap is terminated
// while the page stays responsive.
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
    window.runner = new WorkerRunner();
    window.runner.register('double', async (x) => x * 2);
  });
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

test('a run in the worker streams its output and returns the result', async () => {
  const out = await page.evaluate(async () => {
    const chunks = [];
    const result = await window.runner.run('for i in range(3):\n    print(i)\n"done"', {
      onOutput: (c) => chunks.push(c),
    });
    return { result, chunks };
  });
  assert.equal(out.result.stdout, '0\n1\n2\n');
  assert.equal(out.result.result, 'done');
  assert.equal(out.chunks.join(''), '0\n1\n2\n');
  assert.deepEqual(errors, []);
});

test('host functions registered on the page are called from the worker', async () => {
  const result = await page.evaluate(() =>
    window.runner.run('print(double(21))', { policy: { host_functions: ['double'] } }),
  );
  assert.equal(result.error, null, result.stderr);
  assert.equal(result.stdout, '42\n');
});

test('the hard cap terminates a runaway worker and the page stays clickable', async () => {
  const started = Date.now();
  const pending = page.evaluate(() =>
    window.runner.run('print("spinning")\nwhile True:\n    pass', {
      policy: { limits: { max_instructions: null, timeout_ms: null } },
      hardCapMs: 1500,
    }),
  );
  await page.click('#poke', { timeout: 1000 });
  const result = await pending;
  assert.equal(result.error.type, 'TimeoutError');
  assert.match(result.error.message, /hard wall-clock cap \(1500 ms\)/);
  assert.equal(result.stdout, 'spinning\n');
  assert.ok(Date.now() - started < 10000);
  const again = await page.evaluate(() => window.runner.run('print("fresh worker")'));
  assert.equal(again.stdout, 'fresh worker\n');
});

test('stop() ends a run at once', async () => {
  const result = await page.evaluate(async () => {
    const pending = window.runner.run('while True:\n    pass', {
      policy: { limits: { max_instructions: null, timeout_ms: null } },
    });
    await new Promise((r) => setTimeout(r, 300));
    window.runner.stop();
    return pending;
  });
  assert.equal(result.error.type, 'KeyboardInterrupt');
});
