// Measures one Node-hosted peer for scripts/bench.sh (driven by bench/bench.py), and
// prints one JSON object on stdout. Times are taken inside this process with
// performance.now() around the peer's own calls; memory is this process's peak RSS.
//
//   node bench/node-peer.mjs PEER startup RUNS
//   node bench/node-peer.mjs PEER program FILE.py RUNS
//
// PEER: sandpit (www/pkg, from scripts/build-wasm.sh), micropython
// (@micropython/micropython-webassembly-pyscript) or pyodide (npm `pyodide`), both
// from bench/node_modules (bench/package-lock.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const [peer, mode, ...rest] = process.argv.slice(2);
const TINY = 'total = sum([i * i for i in range(100)])\n';
const ms = (t0) => performance.now() - t0;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Each adapter: load() brings the engine into the process (read, compile and
// instantiate its wasm); fresh() makes a new interpreter; run(interp, src) runs source
// and returns what it printed (throwing on a Python error).
const adapters = {
  sandpit: {
    wasm: '../www/pkg/sandpit_bg.wasm',
    async load() {
      const api = await import('../www/sandpit.js');
      await api.load(readFileSync(here(this.wasm)));
      this.api = api;
    },
    fresh() {
      return new this.api.Sandbox('permissive');
    },
    run(sb, src) {
      const out = sb.run(src);
      if (out.error) throw new Error(out.error.summary);
      return out.stdout;
    },
  },
  micropython: {
    wasm: 'node_modules/@micropython/micropython-webassembly-pyscript/micropython.wasm',
    async load() {
      const mod = await import(
        './node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs'
      );
      this.loadMicroPython = mod.loadMicroPython;
      // The port has one interpreter per module instance: loading is creating.
      this.first = await this.fresh();
    },
    async fresh() {
      if (this.first) {
        const mp = this.first;
        this.first = null;
        return mp;
      }
      const sink = { text: '' };
      // A 256 MB GC heap (the default is 1 MB, too small for the programs).
      const mp = await this.loadMicroPython({
        heapsize: 256 << 20,
        pystack: 64 << 10,
        linebuffer: false,
        stdout: (bytes) => {
          sink.text += Buffer.from(bytes).toString('latin1');
        },
      });
      mp.sink = sink;
      return mp;
    },
    run(mp, src) {
      mp.sink.text = '';
      mp.runPython(src);
      return Buffer.from(mp.sink.text, 'latin1').toString('utf8');
    },
  },
  pyodide: {
    wasm: 'node_modules/pyodide/pyodide.asm.wasm',
    async load() {
      const { loadPyodide } = await import('./node_modules/pyodide/pyodide.mjs');
      this.sink = { text: '' };
      this.py = await loadPyodide({
        stdout: (line) => {
          this.sink.text += line + '\n';
        },
      });
    },
    // One Pyodide runtime per process (loading another costs seconds); a fresh
    // interpreter is a fresh globals dict.
    fresh() {
      return this.py.globals.get('dict')();
    },
    run(globals, src) {
      this.sink.text = '';
      this.py.runPython(src, { globals });
      return this.sink.text;
    },
  },
};

const a = adapters[peer];
if (!a) throw new Error(`unknown peer ${peer}`);
const result = { peer };

if (mode === 'startup') {
  const runs = Number(rest[0] ?? 20);
  let t0 = performance.now();
  await a.load();
  result.load_ms = ms(t0);
  t0 = performance.now();
  const first = await a.fresh();
  a.run(first, '1+1');
  result.first_ms = ms(t0);
  result.cold_ms = result.load_ms + result.first_ms;
  const creates = [];
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    const interp = await a.fresh();
    a.run(interp, '1+1');
    creates.push(ms(t0));
  }
  result.create_run_ms = median(creates);
  const warm = [];
  const interp = await a.fresh();
  a.run(interp, TINY);
  for (let i = 0; i < runs * 5; i++) {
    t0 = performance.now();
    a.run(interp, TINY);
    warm.push(ms(t0));
  }
  result.warm_ms = median(warm);
} else if (mode === 'program') {
  const [file, runsArg] = rest;
  const runs = Number(runsArg ?? 3);
  const src = readFileSync(file, 'utf8');
  await a.load();
  result.rss_after_load_kb = process.memoryUsage().rss >> 10;
  result.times_ms = [];
  result.stdout = null;
  try {
    for (let i = 0; i < runs; i++) {
      const interp = await a.fresh();
      const t0 = performance.now();
      const out = a.run(interp, src);
      result.times_ms.push(ms(t0));
      result.stdout ??= out;
    }
  } catch (e) {
    result.error = String(e.message ?? e).trim().split('\n').pop();
  }
  result.peak_rss_kb = process.resourceUsage().maxRSS;
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.stdout.write(JSON.stringify(result) + '\n');
process.exit(0);
