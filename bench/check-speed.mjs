// Times the static check the playground runs on every keystroke (target: < 5 ms for a
// 200-line snippet) through the wasm build in Node; prints one line for bench.sh.
import { readFileSync } from 'node:fs';
import { load, Sandbox } from '../www/sandpit.js';

await load(readFileSync(new URL('../www/pkg/sandpit_bg.wasm', import.meta.url)));
const lines = [];
for (let i = 0; i < 40; i++) {
  lines.push(`def f${i}(x, y=2):`, '    s = [v * y for v in range(x) if v % 3]', `    return sum(s) + len("${i}")`, `print(f${i}(10))`, '');
}
const source = lines.join('\n');
const sandbox = new Sandbox('strict');
const times = [];
for (let i = 0; i < 51; i++) {
  const t0 = performance.now();
  sandbox.check(source);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`Static check of a ${lines.length}-line snippet (wasm, Node): median ${median.toFixed(2)} ms of 51 (target < 5 ms).`);
