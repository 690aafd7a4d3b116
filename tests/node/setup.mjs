// Loads the wasm build (www/pkg, made by scripts/build-wasm.sh) for the Node tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from '../../www/sandpit.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
await load(readFileSync(new URL('../../www/pkg/sandpit_bg.wasm', import.meta.url)));
export * from '../../www/sandpit.js';
