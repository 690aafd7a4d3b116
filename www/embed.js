// Runnable Python snippets for any page, from one script tag:
//
//   <script type="module" src="/path/to/embed.js"></script>
//   <pre><code class="language-python" data-sandpit>print("hello")</code></pre>
//   <sandpit-snippet data-session="tour">x = 1</sandpit-snippet>
//
// Every `<pre><code data-sandpit>` block and every <sandpit-snippet> becomes an editable
// snippet with a Run button. Options come from data-* attributes (see embed/options.js),
// over page-wide defaults set the same way on this script tag or with configure().
// Nothing heavy loads with the page: the runner, its worker and the wasm load once, the
// first time a snippet scrolls into view or is run, and every run goes through that one
// worker, so neither the page nor the wasm download grows with the number of snippets.

import { installStyle } from './embed/style.js';
import { readOptions } from './embed/options.js';
import { Runs } from './embed/runs.js';
import { Snippet, tidy } from './embed/snippet.js';

const BLOCKS = 'pre > code[data-sandpit], pre[data-sandpit]:not(:has(> code[data-sandpit]))';
const base = new URL('.', import.meta.url);

const snippets = new Set();
const runs = new Runs(base, (name) =>
  [...snippets]
    .filter((s) => s.session === name && s.root.isConnected)
    .sort((a, b) => (a.root.compareDocumentPosition(b.root) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)),
);

/** The script tag that loaded this module (its data-* attributes are page defaults). */
function ownScript() {
  const here = import.meta.url.split('#')[0];
  return [...document.querySelectorAll('script[type="module"][src]')].find((s) => s.src.split('#')[0] === here) ?? null;
}

let defaults = readOptions(ownScript());

/**
 * Sets page-wide defaults (option names as in the attributes, without `data-`):
 * `configure({preset: 'strict', 'timeout-ms': '500'})`. Snippets read them when they run,
 * so this may come after the page has loaded.
 */
export function configure(options) {
  defaults = { ...defaults, ...Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)])) };
  for (const s of snippets) s.options = { ...defaults, ...s.own };
}

// Loading the runner as soon as a snippet is near the viewport makes the first Run
// instant; a page whose snippets are never seen never loads it.
const watcher =
  'IntersectionObserver' in globalThis
    ? new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          watcher.disconnect();
          runs.runner();
        },
        { rootMargin: '200px' },
      )
    : null;

/** Turns `root` (a <pre>, or a <sandpit-snippet>) holding `code` into a snippet. */
function enhance(root, code, optionSources) {
  installStyle();
  const own = readOptions(...optionSources);
  const snippet = new Snippet(root, tidy(code), { ...defaults, ...own }, runs);
  snippet.own = own;
  snippets.add(snippet);
  watcher?.observe(root);
  return snippet;
}

/** Enhances every `<pre><code data-sandpit>` block under `scope` not done yet. */
export function enhanceAll(scope = document) {
  for (const node of scope.querySelectorAll(BLOCKS)) {
    const pre = node.localName === 'pre' ? node : node.parentElement;
    if (!pre || pre.dataset.sandpitDone) continue;
    pre.dataset.sandpitDone = '';
    const host = document.createElement('div');
    pre.replaceWith(host);
    enhance(host, node.textContent, [node, pre]);
  }
}

/** <sandpit-snippet>: its text is the code, its attributes (with or without data-) the options. */
class SandpitSnippet extends HTMLElement {
  connectedCallback() {
    if (this.snippet) return;
    this.snippet = enhance(this, this.textContent, [this]);
  }
}

if (!customElements.get('sandpit-snippet')) customElements.define('sandpit-snippet', SandpitSnippet);

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => enhanceAll(), { once: true });
} else {
  enhanceAll();
}

// Blocks a page adds later (client-side navigation in docs sites) are enhanced too.
const addsBlocks = (c) => [...c.addedNodes].some((n) => n.nodeType === 1 && (n.localName === 'pre' || n.querySelector('pre')));
new MutationObserver((changes) => {
  if (changes.some(addsBlocks)) enhanceAll();
}).observe(document.documentElement, { childList: true, subtree: true });
