// A small code editor on a <textarea>, so the embed needs no editor library: it grows
// with its text, shows line numbers, keeps indentation (Tab and Enter as a Python
// editor would, Escape then Tab to leave it), runs on Ctrl/Cmd-Enter, and can mark
// lines (a violation, an error) with bands drawn behind the text.

const INDENT = '    ';

/** Edits the textarea through the browser's editing commands, so undo still works. */
function replaceRange(ta, start, end, text) {
  ta.setSelectionRange(start, end);
  // execCommand keeps the undo stack; where it is missing, setRangeText still edits.
  if (!document.execCommand?.('insertText', false, text)) {
    ta.setRangeText(text, start, end, 'end');
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** The start of the line holding `pos`. */
function lineStart(text, pos) {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Indents (or with `out`, dedents) every line the selection touches. */
function shiftLines(ta, out) {
  const { value, selectionStart, selectionEnd } = ta;
  const from = lineStart(value, selectionStart);
  const endAt = value.indexOf('\n', selectionEnd - (selectionEnd > selectionStart ? 1 : 0));
  const to = endAt === -1 ? value.length : endAt;
  const lines = value.slice(from, to).split('\n');
  const shifted = lines.map((l) => (out ? l.replace(/^ {1,4}|^\t/, '') : INDENT + l));
  replaceRange(ta, from, to, shifted.join('\n'));
  ta.setSelectionRange(from, from + shifted.join('\n').length);
}

export class Editor {
  #ta;
  #gutter;
  #bands;
  #escaped = false;

  /** An editor holding `code`; `onRun` is called on Ctrl/Cmd-Enter. */
  constructor(code, { onRun, label = 'Python code' }) {
    this.element = document.createElement('div');
    this.element.className = 'sandpit-editor';
    this.#bands = document.createElement('div');
    this.#bands.className = 'sandpit-bands';
    this.#gutter = document.createElement('div');
    this.#gutter.className = 'sandpit-gutter';
    this.#gutter.setAttribute('aria-hidden', 'true');
    const ta = document.createElement('textarea');
    ta.className = 'sandpit-code';
    ta.spellcheck = false;
    ta.wrap = 'off';
    ta.setAttribute('autocapitalize', 'off');
    ta.setAttribute('autocomplete', 'off');
    ta.setAttribute('aria-label', `${label} (Ctrl+Enter runs it; Escape then Tab leaves the editor)`);
    ta.defaultValue = code;
    this.#ta = ta;
    this.element.append(this.#bands, this.#gutter, ta);
    ta.addEventListener('input', () => {
      this.clearMarks();
      this.#fit();
    });
    ta.addEventListener('keydown', (e) => this.#key(e, onRun));
    this.#fit();
    // Fonts and the page's layout settle after enhancement: measure again then.
    requestAnimationFrame(() => this.#fit());
  }

  get value() {
    return this.#ta.value;
  }

  set value(code) {
    this.#ta.value = code;
    this.clearMarks();
    this.#fit();
  }

  /** Marks lines: `[{line, kind}]` with kind 'error' or 'warn'. */
  mark(marks) {
    this.clearMarks();
    const lines = this.#ta.value.split('\n').length;
    for (const { line, kind } of marks) {
      if (!(line >= 1 && line <= lines)) continue;
      const band = document.createElement('div');
      band.className = 'sandpit-band';
      band.dataset.kind = kind;
      band.dataset.line = String(line);
      band.style.setProperty('--line', String(line));
      this.#bands.append(band);
    }
  }

  clearMarks() {
    this.#bands.replaceChildren();
  }

  /** Puts the cursor at the start of `line` (1-based) and focuses the editor. */
  focusLine(line) {
    const lines = this.#ta.value.split('\n');
    const index = Math.max(0, Math.min(line, lines.length) - 1);
    const pos = lines.slice(0, index).reduce((n, l) => n + l.length + 1, 0);
    this.#ta.focus();
    this.#ta.setSelectionRange(pos, pos + (lines[index]?.length ?? 0));
  }

  // Height from the line count (so a hidden snippet is sized right too), plus the
  // horizontal scrollbar when long lines need one.
  #fit() {
    const count = this.#ta.value.split('\n').length;
    this.#gutter.textContent = Array.from({ length: count }, (_, i) => i + 1).join('\n');
    const bar = Math.max(0, this.#ta.offsetHeight - this.#ta.clientHeight);
    this.#ta.style.height = `calc(${count} * var(--sandpit-lh) + 2 * var(--sandpit-pad) + ${bar}px)`;
  }

  #key(e, onRun) {
    const ta = this.#ta;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onRun();
      return;
    }
    if (e.key === 'Escape') {
      this.#escaped = true;
      return;
    }
    const escaped = this.#escaped;
    this.#escaped = false;
    if (e.key === 'Tab' && !escaped && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      if (e.shiftKey || ta.value.slice(ta.selectionStart, ta.selectionEnd).includes('\n')) {
        shiftLines(ta, e.shiftKey);
      } else {
        replaceRange(ta, ta.selectionStart, ta.selectionEnd, INDENT);
      }
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.altKey) {
      // Keep the line's indentation, one level more after a colon.
      const { value, selectionStart } = ta;
      const line = value.slice(lineStart(value, selectionStart), selectionStart);
      let indent = /^[ \t]*/.exec(line)[0];
      if (/:\s*(#.*)?$/.test(line)) indent += INDENT;
      e.preventDefault();
      replaceRange(ta, selectionStart, ta.selectionEnd, `\n${indent}`);
    }
  }
}
