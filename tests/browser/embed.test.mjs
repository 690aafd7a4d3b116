// The embed (www/embed.js) in real Chromium: the demo page's blocks become snippets that
// run in one shared worker (the wasm is fetched once), sessions share variables, a strict
// snippet shows its import violation on the marked line, and a page with many snippets
// loads nothing heavy until one scrolls into view. Screenshots of the demo page, light
// and dark, go to target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = `${root}target/screenshots`;
const WASM = /sandpit_bg\.wasm$/;
let site;
let browser;
let page;
let errors;

/** The snippet whose original code contains `text`. */
async function snippet(text) {
  const index = await page.evaluate(
    (t) => [...document.querySelectorAll('.sandpit-snippet textarea')].findIndex((ta) => ta.defaultValue.includes(t)),
    text,
  );
  assert.ok(index >= 0, `no snippet with ${text}`);
  return page.locator('.sandpit-snippet').nth(index);
}

/** Polls `predicate` until it holds (or fails the test after `ms`). */
async function until(predicate, ms = 10000) {
  const end = Date.now() + ms;
  while (!predicate()) {
    assert.ok(Date.now() < end, 'timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function runAndWait(s) {
  await s.locator('.sandpit-run').click();
  await s.locator('.sandpit-run', { hasText: 'Run' }).waitFor({ timeout: 20000 });
  await page.waitForFunction((el) => el.dataset.state === 'idle', await s.elementHandle());
}

before(async () => {
  site = await serve(root);
  browser = await launch();
  ({ page, errors } = await openPage(browser, `${site.url}/www/embed-demo.html`));
  await page.locator('.sandpit-snippet').first().waitFor();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

test('the demo page turns every block into a snippet', async () => {
  const html = readFileSync(`${root}www/embed-demo.html`, 'utf8');
  const blocks = (html.match(/<code class="language-python" data-sandpit/g) ?? []).length;
  const elements = (html.match(/<sandpit-snippet/g) ?? []).length;
  assert.ok(blocks >= 5 && elements >= 1);
  assert.equal(await page.locator('.sandpit-snippet').count(), blocks + elements);
  assert.equal(await page.locator('.sandpit-snippet textarea').count(), blocks + elements);
  assert.equal(await page.locator('pre > code[data-sandpit]').count(), 0);
});

test('running a snippet shows its output and its value', async () => {
  const s = await snippet('docs reader');
  await runAndWait(s);
  assert.equal(await s.locator('.sandpit-stdout').textContent(), 'Hello, docs reader!\n');
  assert.equal(await s.locator('.sandpit-result').textContent(), '385');
  assert.match(await s.locator('.sandpit-status').textContent(), /^Done in/);
});

test('an edited snippet runs the edited code', async () => {
  const s = await snippet('fizzbuzz');
  const ta = s.locator('textarea');
  await ta.click();
  await ta.press('Control+End');
  await ta.press('Enter');
  await ta.pressSequentially('print(fizzbuzz(30))');
  await ta.press('Control+Enter');
  await s.locator('.sandpit-stdout', { hasText: 'FizzBuzz\n' }).waitFor({ timeout: 20000 });
  assert.match(await s.locator('.sandpit-stdout').textContent(), /14, FizzBuzz\nFizzBuzz\n$/);
});

test('the editor indents like a Python editor and Ctrl+Enter runs', async () => {
  const s = await snippet('docs reader');
  const ta = s.locator('textarea');
  await ta.fill('');
  await ta.pressSequentially('for i in range(2):');
  await ta.press('Enter');
  await ta.pressSequentially('if i:');
  await ta.press('Enter');
  await ta.pressSequentially('print("odd", i)');
  await ta.press('Enter');
  await ta.press('Shift+Tab');
  await ta.press('Shift+Tab');
  await ta.press('Tab');
  await ta.pressSequentially('pass');
  assert.equal(await ta.inputValue(), 'for i in range(2):\n    if i:\n        print("odd", i)\n    pass');
  assert.equal(await s.locator('.sandpit-gutter').textContent(), '1\n2\n3\n4');
  await ta.press('Control+Enter');
  await s.locator('.sandpit-stdout', { hasText: 'odd 1' }).waitFor({ timeout: 20000 });
  await s.locator('.sandpit-reset').click();
  assert.match(await ta.inputValue(), /^name = "docs reader"/);
});

test('cells of one session see each other\'s variables', async () => {
  const first = await snippet('prices = ');
  const second = await snippet('total = sum');
  await runAndWait(first);
  await runAndWait(second);
  assert.equal(await second.locator('.sandpit-stdout').textContent(), '3 items, total 6.20\n');
  const third = page.locator('sandpit-snippet');
  await runAndWait(third);
  assert.equal(await third.locator('.sandpit-result').textContent(), "(['apple', 'fig', 'pear'], 7.15)");
  // Restarting the session forgets it; running the last cell runs the earlier ones first.
  await third.locator('.sandpit-restart').click();
  await runAndWait(third);
  assert.equal(await third.locator('.sandpit-traceback').isHidden(), true, await third.locator('.sandpit-traceback').textContent());
  assert.equal(await first.locator('.sandpit-output').isVisible(), true);
  assert.equal(await second.locator('.sandpit-stdout').textContent(), '3 items, total 6.20\n');
  assert.equal(await third.locator('.sandpit-result').textContent(), "(['apple', 'fig', 'pear'], 7.15)");
  assert.equal(await third.locator('.sandpit-note').textContent(), 'Ran 2 earlier cells of session "shop" first.');
  assert.equal(await first.locator('.sandpit-note').isHidden(), true);
});

test('a strict snippet shows its import violation on the marked line', async () => {
  const s = await snippet('values = ');
  await runAndWait(s);
  const problem = s.locator('.sandpit-problems li');
  assert.equal(await problem.count(), 1);
  assert.equal(await problem.getAttribute('data-kind'), 'import');
  assert.match(await problem.textContent(), /Import blocked: .*math.*line 2/);
  assert.deepEqual(await s.locator('.sandpit-band').evaluateAll((b) => b.map((x) => [x.dataset.line, x.dataset.kind])), [['2', 'warn']]);
  assert.match(await s.locator('.sandpit-traceback').textContent(), /line 2/);
  // The same preset allowing math runs.
  const allowed = await snippet('math.pi');
  await runAndWait(allowed);
  assert.match(await allowed.locator('.sandpit-stdout').textContent(), /^14\.0 3\.14159/);
});

test('limits from attributes apply', async () => {
  const s = await snippet('blocks = ');
  await runAndWait(s);
  assert.equal(await s.locator('.sandpit-problems li').getAttribute('data-kind'), 'limit');
  assert.match(await s.locator('.sandpit-traceback').textContent(), /MemoryError: the sandbox memory limit \(1(\.0)? MiB\)/);
});

test('the wasm was fetched exactly once, and the page logged no errors', async () => {
  const wasm = site.requests.filter((p) => WASM.test(p));
  assert.equal(wasm.length, 1, JSON.stringify(wasm));
  assert.deepEqual(errors, []);
});

test('screenshots of the demo page, light and dark', async () => {
  mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 900, height: 1200 });
  await (await snippet('values = ')).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -500));
  await page.screenshot({ path: `${shots}/embed-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/embed-dark.png` });
  const colors = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('.sandpit-run'));
    return { body: getComputedStyle(document.body).backgroundColor, run: style.backgroundColor };
  });
  assert.notEqual(colors.run, 'rgb(36, 87, 197)', 'the accent follows the dark scheme');
  await page.emulateMedia({ colorScheme: 'light' });
});

test('a page with many snippets loads nothing heavy until one is in view', async () => {
  const lazy = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const start = site.requests.length;
  const seen = () => site.requests.slice(start);
  await lazy.goto(`${site.url}/tests/browser/blank.html`);
  await lazy.evaluate(async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    for (let i = 0; i < 50; i++) {
      const pre = document.createElement('pre');
      pre.innerHTML = `<code class="language-python" data-sandpit data-session="s">n${i} = ${i}\nprint(sum([${i}, n${i}]))</code>`;
      document.body.append(pre);
    }
    await import('/www/embed.js');
  });
  await lazy.waitForFunction(() => document.querySelectorAll('.sandpit-snippet').length === 50);
  await lazy.waitForTimeout(300);
  assert.deepEqual(seen().filter((p) => /sandpit(-runner|-worker|_bg\.wasm|\.js)|pkg\//.test(p)), []);
  const last = lazy.locator('.sandpit-snippet').last();
  await last.scrollIntoViewIfNeeded();
  await until(() => seen().some((p) => WASM.test(p)));
  await last.locator('.sandpit-run').click();
  await last.locator('.sandpit-stdout', { hasText: '98' }).waitFor({ timeout: 30000 });
  // Running the last cell of the session ran the 49 before it, in one worker.
  assert.equal(await lazy.locator('.sandpit-stdout').count(), 50);
  assert.equal(await lazy.locator('.sandpit-snippet').first().locator('.sandpit-stdout').textContent(), '0\n');
  assert.equal(seen().filter((p) => WASM.test(p)).length, 1);
  await lazy.close();
});

test('stopping a run resets its session, and its cells say so', async () => {
  const p = await browser.newPage();
  await p.goto(`${site.url}/tests/browser/blank.html`);
  await p.evaluate(async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<sandpit-snippet session="loop">x = 1</sandpit-snippet>' +
        '<sandpit-snippet session="loop" max-instructions="none" timeout-ms="none">while True:\n    x += 1</sandpit-snippet>' +
        '<sandpit-snippet session="other">y = 2</sandpit-snippet>',
    );
    await import('/www/embed.js');
  });
  const [first, loop, other] = [0, 1, 2].map((i) => p.locator('.sandpit-snippet').nth(i));
  await loop.locator('.sandpit-run').click();
  await loop.locator('.sandpit-run', { hasText: 'Stop' }).waitFor();
  await first.locator('.sandpit-output').waitFor();
  await p.waitForTimeout(300);
  await loop.locator('.sandpit-run').click();
  await loop.locator('.sandpit-traceback', { hasText: 'KeyboardInterrupt' }).waitFor({ timeout: 5000 });
  assert.match(await loop.locator('.sandpit-traceback').textContent(), /the state of session 'loop' was lost/);
  assert.match(await first.locator('.sandpit-note').textContent(), /Session "loop" was reset .*variables are gone/);
  assert.equal(await other.locator('.sandpit-note').isHidden(), true);
  await p.close();
});

test('page-wide defaults come from the script tag and configure()', async () => {
  const p = await browser.newPage();
  await p.goto(`${site.url}/tests/browser/blank.html`);
  await p.evaluate(() => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<pre><code data-sandpit>import math\nprint(math.floor(2.5))</code></pre>' +
        '<pre><code data-sandpit data-preset="teaching" data-timeout-ms="soon">print(1)</code></pre>',
    );
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/www/embed.js?defaults';
    script.dataset.preset = 'strict';
    document.head.append(script);
  });
  await p.locator('.sandpit-snippet').nth(1).waitFor();
  const [first, second] = [0, 1].map((i) => p.locator('.sandpit-snippet').nth(i));
  await first.locator('.sandpit-run').click();
  await first.locator('.sandpit-problems li').waitFor({ timeout: 20000 });
  assert.equal(await first.locator('.sandpit-problems li').getAttribute('data-kind'), 'import');
  await second.locator('.sandpit-run').click();
  await second.locator('.sandpit-traceback').waitFor();
  assert.match(await second.locator('.sandpit-traceback').textContent(), /data-timeout-ms="soon": expected a whole number/);
  await p.evaluate(async () => (await import('/www/embed.js?defaults')).configure({ preset: 'teaching' }));
  await first.locator('.sandpit-run').click();
  await first.locator('.sandpit-stdout', { hasText: '2' }).waitFor({ timeout: 20000 });
  await p.close();
});

test('embed.js works from another origin, as from a CDN', async () => {
  const cdn = await serve(root);
  try {
    const p = await browser.newPage();
    const pageErrors = [];
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    await p.goto(`${site.url}/tests/browser/blank.html`);
    const origin = cdn.url;
    await p.evaluate((from) => {
      document.body.insertAdjacentHTML('beforeend', '<sandpit-snippet>print("from afar")</sandpit-snippet>');
      return import(`${from}/www/embed.js`);
    }, origin);
    assert.notEqual(new URL(origin).origin, new URL(site.url).origin);
    const s = p.locator('.sandpit-snippet');
    await s.locator('.sandpit-run').click();
    await s.locator('.sandpit-stdout', { hasText: 'from afar' }).waitFor({ timeout: 20000 });
    assert.equal(cdn.requests.filter((r) => WASM.test(r)).length, 1);
    assert.deepEqual(pageErrors, []);
    await p.close();
  } finally {
    cdn.server.close();
  }
});
