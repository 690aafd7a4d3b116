// The code editor: CodeMirror 6 with Python highlighting and live policy markers. The
// static check runs (debounced) on every edit and its violations and syntax error become
// lint diagnostics with hover messages.

import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { python } from '@codemirror/lang-python';
import { linter, lintGutter, forceLinting } from '@codemirror/lint';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

// Colours come from CSS custom properties, so the light and dark themes both apply.
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--hl-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--hl-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--hl-number)' },
  { tag: tags.comment, color: 'var(--hl-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--hl-function)' },
  { tag: [tags.definition(tags.variableName), tags.className], color: 'var(--hl-definition)' },
  { tag: tags.operator, color: 'var(--hl-operator)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '14px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5' },
});

/** Document offsets for a 1-based line/column range, clamped to the document; an empty
 * range grows to one character so the marker shows. */
function range(doc, v) {
  const line = doc.line(Math.min(Math.max(v.line || 1, 1), doc.lines));
  let from = Math.min(line.from + Math.max((v.col || 1) - 1, 0), line.to);
  let to = from;
  if (v.end_line >= v.line && v.end_line <= doc.lines) {
    const end = doc.line(v.end_line);
    to = Math.min(end.from + Math.max((v.end_col || 1) - 1, 0), end.to);
  }
  if (to <= from) to = Math.min(from + 1, line.to);
  if (to <= from && from > line.from) from -= 1;
  return { from, to: Math.max(to, from) };
}

/**
 * Creates the editor in `parent`. `check(code)` returns violations; `onRun` is bound to
 * Ctrl/Cmd-Enter; `onChecked(count, ms)` reports each check.
 */
export function createEditor(parent, { check, onRun, onChecked }) {
  const lint = linter(
    (view) => {
      const t0 = performance.now();
      const doc = view.state.doc;
      const found = check(doc.toString());
      onChecked?.(found.length, performance.now() - t0);
      return found.map((v) => ({
        ...range(doc, v),
        severity: v.kind === 'syntax' ? 'error' : 'warning',
        source: v.kind === 'syntax' ? 'syntax' : `sandbox: ${v.kind}`,
        message: v.message,
      }));
    },
    { delay: 200 },
  );
  const view = new EditorView({
    parent,
    extensions: [
      basicSetup,
      python(),
      syntaxHighlighting(highlight),
      theme,
      lintGutter(),
      lint,
      Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (onRun(), true) }])),
      EditorView.contentAttributes.of({ 'aria-label': 'Python code editor' }),
    ],
  });
  return {
    view,
    code: () => view.state.doc.toString(),
    setCode(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    relint: () => forceLinting(view),
    goToLine(line) {
      const doc = view.state.doc;
      const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
      view.dispatch({ selection: { anchor: at.from, head: at.to }, scrollIntoView: true });
      view.focus();
    },
  };
}
