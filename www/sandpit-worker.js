// Runs snippets off the main thread (started by sandpit-runner.js as a module worker).
// Output streams back in batches; host functions live on the main thread, so here each
// one is a proxy that posts the call and waits for the answer (every host call is
// therefore async, and runs use runAsync). Sessions live here, by name, for as long as
// the worker does.

import { load, Sandbox, Session, failedRun } from './sandpit.js';

// Output is posted as it is printed, except in a flood: past BURST messages within
// WINDOW_MS it is gathered and posted with the next print after the window (or at the
// end), so a print loop cannot swamp the page with messages.
const WINDOW_MS = 25;
const BURST = 100;

const answers = new Map();
const sessions = new Map();

function session(name) {
  if (name === null || name === undefined) return null;
  if (!sessions.has(name)) sessions.set(name, new Session());
  return sessions.get(name);
}
let nextCall = 0;

function hostProxy(id, name) {
  return (...args) =>
    new Promise((resolve, reject) => {
      const callId = nextCall++;
      answers.set(callId, { resolve, reject });
      self.postMessage({ type: 'host-call', id, callId, name, args });
    });
}

function answer({ callId, ok, value, error }) {
  const waiting = answers.get(callId);
  answers.delete(callId);
  if (!waiting) return;
  if (ok) {
    waiting.resolve(value);
  } else {
    const e = new Error(error?.message ?? String(error));
    e.name = error?.name ?? 'Error';
    waiting.reject(e);
  }
}

async function run({ id, source, policy, inputs, hostFunctions, session: name }) {
  let buffered = '';
  let windowStart = performance.now();
  let posted = 0;
  const flush = () => {
    if (buffered) self.postMessage({ type: 'output', id, chunk: buffered });
    buffered = '';
    posted += 1;
  };
  let result;
  try {
    await load();
    const sandbox = new Sandbox(policy ?? 'teaching');
    for (const name of hostFunctions ?? []) sandbox.register(name, hostProxy(id, name));
    sandbox.onOutput((chunk) => {
      buffered += chunk;
      const now = performance.now();
      if (now - windowStart >= WINDOW_MS) {
        windowStart = now;
        posted = 0;
      }
      if (posted < BURST) flush();
    });
    result = await sandbox.runAsync(source, inputs ?? null, session(name));
  } catch (e) {
    // A bad policy or inputs: the page's mistake, reported like a Python error.
    result = failedRun('ValueError', String(e?.message ?? e));
  }
  flush();
  self.postMessage({ type: 'result', id, result });
}

self.onmessage = ({ data }) => {
  if (data?.type === 'run') run(data);
  else if (data?.type === 'host-result') answer(data);
  else if (data?.type === 'reset-session') {
    sessions.get(data.name)?.reset();
    sessions.delete(data.name);
  } else if (data?.type === 'load') {
    // Warming up: a failure shows in the next run's result.
    load().catch(() => {});
  }
};
