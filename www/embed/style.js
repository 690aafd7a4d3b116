// The snippets' stylesheet, added once to the page, first in <head> and behind :where()
// so that any rule of the host page wins. Neutral colours are mixed from the text colour
// the snippet inherits, so they suit any theme; accents follow the page's color-scheme
// (light-dark()). Every colour, font and size is a --sandpit-* custom property the page
// can set.

const CSS = `
:where(.sandpit-snippet) {
  --sandpit-font: inherit;
  --sandpit-code-font: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  --sandpit-code-size: 0.875em;
  --sandpit-lh: 1.5em;
  --sandpit-pad: 0.75em;
  --sandpit-radius: 8px;
  --sandpit-border: color-mix(in srgb, currentColor 16%, transparent);
  --sandpit-bg: color-mix(in srgb, currentColor 4%, transparent);
  --sandpit-output-bg: color-mix(in srgb, currentColor 7%, transparent);
  --sandpit-muted: color-mix(in srgb, currentColor 62%, transparent);
  --sandpit-accent: light-dark(#2457c5, #7aa7ff);
  --sandpit-accent-fg: light-dark(#ffffff, #0d1626);
  --sandpit-error: light-dark(#b3261e, #ff8f85);
  --sandpit-warn: light-dark(#8a5300, #f5c04a);
  --sandpit-ok: light-dark(#1d7a46, #78d9a0);
  --sandpit-error-bg: color-mix(in srgb, var(--sandpit-error) 13%, transparent);
  --sandpit-warn-bg: color-mix(in srgb, var(--sandpit-warn) 20%, transparent);
  display: block;
  margin: 1em 0;
  border: 1px solid var(--sandpit-border);
  border-radius: var(--sandpit-radius);
  font-family: var(--sandpit-font);
  overflow: hidden;
}
:where(.sandpit-snippet[data-theme="dark"]) { color-scheme: dark; }
:where(.sandpit-snippet[data-theme="light"]) { color-scheme: light; }
:where(.sandpit-editor) {
  position: relative;
  display: flex;
  background: var(--sandpit-bg);
  font-family: var(--sandpit-code-font);
  font-size: var(--sandpit-code-size);
  line-height: var(--sandpit-lh);
}
:where(.sandpit-gutter) {
  position: relative;
  z-index: 1;
  flex: none;
  min-width: 2ch;
  padding: var(--sandpit-pad) 0.6em var(--sandpit-pad) 0.9em;
  color: var(--sandpit-muted);
  text-align: right;
  white-space: pre;
  user-select: none;
  opacity: 0.7;
}
:where(.sandpit-code) {
  position: relative;
  z-index: 1;
  flex: 1;
  min-width: 0;
  box-sizing: border-box;
  margin: 0;
  border: 0;
  padding: var(--sandpit-pad) var(--sandpit-pad) var(--sandpit-pad) 0.4em;
  background: transparent;
  color: inherit;
  caret-color: var(--sandpit-accent);
  font: inherit;
  line-height: inherit;
  tab-size: 4;
  white-space: pre;
  overflow: auto hidden;
  resize: none;
  outline: none;
}
:where(.sandpit-editor:focus-within) {
  box-shadow: inset 0 0 0 2px color-mix(in srgb, var(--sandpit-accent) 55%, transparent);
}
:where(.sandpit-bands) { position: absolute; inset: 0; pointer-events: none; }
:where(.sandpit-band) {
  position: absolute;
  left: 0;
  right: 0;
  top: calc(var(--sandpit-pad) + (var(--line) - 1) * var(--sandpit-lh));
  height: var(--sandpit-lh);
  background: var(--sandpit-error-bg);
  box-shadow: inset 3px 0 0 var(--sandpit-error);
}
:where(.sandpit-band[data-kind="warn"]) {
  background: var(--sandpit-warn-bg);
  box-shadow: inset 3px 0 0 var(--sandpit-warn);
}
:where(.sandpit-bar) {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5em;
  padding: 0.45em 0.6em;
  border-top: 1px solid var(--sandpit-border);
  font-size: 0.85em;
}
:where(.sandpit-bar button) {
  font: inherit;
  line-height: 1.4;
  padding: 0.25em 0.75em;
  border-radius: calc(var(--sandpit-radius) * 0.75);
  border: 1px solid var(--sandpit-border);
  background: transparent;
  color: inherit;
  cursor: pointer;
}
:where(.sandpit-bar button:hover) { background: var(--sandpit-output-bg); }
:where(.sandpit-bar button:focus-visible) { outline: 2px solid var(--sandpit-accent); outline-offset: 1px; }
:where(.sandpit-bar .sandpit-run) {
  border-color: var(--sandpit-accent);
  background: var(--sandpit-accent);
  color: var(--sandpit-accent-fg);
  font-weight: 600;
}
:where(.sandpit-bar .sandpit-run:hover) { background: color-mix(in srgb, var(--sandpit-accent) 85%, currentColor); }
:where(.sandpit-snippet[data-state="running"] .sandpit-run, .sandpit-snippet[data-state="queued"] .sandpit-run) {
  background: transparent;
  color: var(--sandpit-accent);
}
:where(.sandpit-badge) {
  padding: 0.1em 0.6em;
  border-radius: 999px;
  background: var(--sandpit-output-bg);
  color: var(--sandpit-muted);
}
:where(.sandpit-status) { margin-left: auto; color: var(--sandpit-muted); font-variant-numeric: tabular-nums; }
:where(.sandpit-output) {
  border-top: 1px solid var(--sandpit-border);
  background: var(--sandpit-output-bg);
  padding: 0.6em var(--sandpit-pad);
  font-size: 0.9em;
}
:where(.sandpit-output[hidden], .sandpit-output > [hidden]) { display: none; }
:where(.sandpit-output pre, .sandpit-empty) {
  margin: 0;
  font-family: var(--sandpit-code-font);
  font-size: calc(var(--sandpit-code-size) / 0.9);
  line-height: 1.45;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
:where(.sandpit-output > * + *) { margin-top: 0.5em; }
:where(.sandpit-result)::before { content: "→ "; color: var(--sandpit-muted); }
:where(.sandpit-traceback) { color: var(--sandpit-error); }
:where(.sandpit-empty) { color: var(--sandpit-muted); font-style: italic; }
:where(.sandpit-problems) { margin: 0; padding: 0; list-style: none; }
:where(.sandpit-problems li) {
  padding: 0.45em 0.7em;
  border-left: 3px solid var(--sandpit-warn);
  border-radius: 4px;
  background: var(--sandpit-warn-bg);
}
:where(.sandpit-problems li + li) { margin-top: 0.35em; }
:where(.sandpit-problems strong) { color: var(--sandpit-warn); }
:where(.sandpit-problems button) {
  margin-left: 0.4em;
  padding: 0;
  border: 0;
  background: none;
  color: var(--sandpit-accent);
  font: inherit;
  text-decoration: underline;
  cursor: pointer;
}
:where(.sandpit-note) {
  padding: 0.45em 0.7em;
  border-left: 3px solid var(--sandpit-accent);
  border-radius: 4px;
  background: color-mix(in srgb, var(--sandpit-accent) 12%, transparent);
}
@media (prefers-reduced-motion: no-preference) {
  :where(.sandpit-snippet[data-state="running"] .sandpit-status)::before {
    content: "";
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-right: 0.4em;
    border-radius: 50%;
    background: var(--sandpit-accent);
    animation: sandpit-pulse 1s ease-in-out infinite alternate;
  }
}
@keyframes sandpit-pulse { from { opacity: 0.25; } to { opacity: 1; } }
`;

/** Adds the stylesheet to `doc` once. */
export function installStyle(doc = document) {
  if (doc.getElementById('sandpit-embed-style')) return;
  const style = doc.createElement('style');
  style.id = 'sandpit-embed-style';
  style.textContent = CSS;
  doc.head.prepend(style);
}
