// The playground (www/index.html) in real Chromium: it loads cleanly, marks policy
// violations while typing, runs code in the worker, survives infinite loops, obeys the
// limits panel, loads gallery examples and restores shared links. Screenshots of the
// desktop and narrow layouts go to target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = `${root}target/screenshots`;
let site;
let browser;

before(async () => {
  mkdirSync(shots, { recursive: true });
  site = await serve(`${root}www`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

async function open(viewport, hash = '') {
  const opened = await openPage(browser, `${site.url}/${hash}`, viewport);
  await opened.page.waitForSelector('body[data-ready=true]', { timeout: 15000 });
  return opened;
}

async function setCode(page, code) {
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.evaluate((text) => document.execCommand('insertText', false, text), code);
}

async function runAndWait(page, timeout = 15000) {
  await page.click('#run');
  await page.waitForFunction(() => !document.getElementById('run').disabled && document.getElementById('run-status').textContent !== 'running…', null, { timeout });
  return page.textContent('#output');
}

test('the page loads without console errors and runs hello world', async () => {
  const { page, errors } = await open({ width: 1280, height: 800 });
  await setCode(page, 'print("hello, sandbox")\n21 * 2');
  const output = await runAndWait(page);
  assert.match(output, /^hello, sandbox\n→ 42/);
  assert.equal(await page.textContent('#run-status'), 'finished');
  await page.screenshot({ path: `${shots}/playground-desktop.png` });
  assert.deepEqual(errors, []);
  await page.close();
});

test('typing import os shows a lint marker within a second', async () => {
  const { page } = await open({ width: 1280, height: 800 });
  await setCode(page, 'x = 1\n');
  await page.keyboard.type('import os');
  const started = Date.now();
  await page.waitForSelector('.cm-lintRange-warning, .cm-lintRange-error', { timeout: 1000 });
  assert.ok(Date.now() - started <= 1000);
  assert.match(await page.textContent('#check-status'), /1 marker/);
  await page.close();
});

test('an infinite loop is stopped by the budget and the page stays clickable', async () => {
  const { page } = await open({ width: 1280, height: 800 });
  await page.fill('#limit-max_instructions', '3000000');
  await page.dispatchEvent('#limit-max_instructions', 'change');
  await setCode(page, 'while True:\n    pass\n');
  await page.click('#run');
  // The page answers while the worker spins.
  await page.click('details.panel:last-of-type > summary', { timeout: 1000 });
  await page.waitForFunction(() => document.getElementById('run-status').textContent === 'TimeoutError', null, { timeout: 15000 });
  assert.match(await page.textContent('#violations'), /max_instructions/);
  assert.match(await page.textContent('#output'), /instruction budget \(3000000 instructions\) was used up/);
  await page.close();
});

test('the Stop button ends a run with no budget', async () => {
  const { page } = await open({ width: 1280, height: 800 });
  await page.fill('#limit-max_instructions', '');
  await page.dispatchEvent('#limit-max_instructions', 'change');
  await page.fill('#limit-timeout_ms', '');
  await page.dispatchEvent('#limit-timeout_ms', 'change');
  await setCode(page, 'while True:\n    pass\n');
  await page.click('#run');
  await page.waitForTimeout(300);
  await page.click('#stop');
  await page.waitForFunction(() => document.getElementById('run-status').textContent === 'KeyboardInterrupt', null, { timeout: 5000 });
  await page.close();
});

test('lowering the memory slider makes a memory bomb fail with a memory violation', async () => {
  const { page } = await open({ width: 1280, height: 800 });
  const bomb = 'data = "x" * 20_000_000\nprint(len(data))\n';
  await setCode(page, bomb);
  assert.equal((await runAndWait(page)).split('\n')[0], '20000000');
  // Drag the slider to its low end with the keyboard.
  await page.focus('#limit-max_memory-range');
  for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
  const mb = Number(await page.inputValue('#limit-max_memory'));
  assert.ok(mb < 19, `memory limit now ${mb} MB`);
  await runAndWait(page);
  assert.equal(await page.textContent('#run-status'), 'MemoryError');
  assert.match(await page.textContent('#violations'), /limit\s*max_memory/);
  await page.close();
});

test('a gallery example loads and runs', async () => {
  const { page } = await open({ width: 1280, height: 800 });
  await page.selectOption('#example', 'seeded-random');
  assert.match(await page.textContent('#lesson'), /Mersenne Twister/);
  const output = await runAndWait(page);
  assert.match(output, /^0\.6394267984578837\n/);
  await page.selectOption('#example', 'host-function');
  const priced = await runAndWait(page);
  assert.match(priced, /apple: 0\.5\npear: 0\.75\nfig: 1\.2\ntotal 2\.45/);
  await page.selectOption('#example', 'dunder-escape');
  await runAndWait(page);
  assert.match(await page.textContent('#violations'), /dunder/);
  await page.selectOption('#example', 'pattern-matching');
  const matched = await runAndWait(page);
  assert.match(matched, /^circle of area 12\.6\nsquare of side 3\n2 shapes, first: 2x5 rectangle\n/);
  const refused = await page.textContent('#violations');
  assert.match(refused, /dunder/);
  assert.match(refused, /__dict__/);
  await page.close();
});

test('violations list lines that move the cursor', async () => {
  const { page } = await open({ width: 1280, height: 800 });
  await setCode(page, 'x = 1\ny = 2\nimport os\n');
  await runAndWait(page);
  await page.click('#violations .line-link');
  const line = await page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent);
  assert.equal(line, 'import os');
  await page.close();
});

test('a shared link restores the code and the policy', async () => {
  const { page } = await open({ width: 1280, height: 800 });
  await page.selectOption('#preset', 'strict');
  await page.fill('#limit-max_stack_depth', '42');
  await page.dispatchEvent('#limit-max_stack_depth', 'change');
  await setCode(page, 'print("shared!")\n');
  await page.click('#share');
  await page.waitForFunction(() => location.hash.startsWith('#s='));
  const hash = await page.evaluate(() => location.hash);
  await page.close();
  const { page: again } = await open({ width: 1280, height: 800 }, hash);
  assert.equal(await again.evaluate(() => document.querySelector('.cm-content').textContent), 'print("shared!")');
  assert.equal(await again.inputValue('#limit-max_stack_depth'), '42');
  const policy = JSON.parse(await again.inputValue('#policy-json'));
  assert.equal(policy.limits.max_stack_depth, 42);
  assert.deepEqual(policy.allowed_modules, []);
  await again.close();
});

test('the narrow layout fits a 390 px screen, in the dark theme too', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
  await page.goto(`${site.url}/`);
  await page.waitForSelector('body[data-ready=true]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await runAndWait(page);
  await page.screenshot({ path: `${shots}/playground-narrow-dark.png`, fullPage: true });
  await page.close();
});
