// A small code editor: a textarea over a highlighted copy of its text, a line-number gutter with markers,
// wavy underlines at each diagnostic's line and column, and the message of the diagnostic under the caret.
import { lineHtml, escapeHtml } from './yaml.js';

export class CodeEditor {
  constructor(root, { onChange, onSave } = {}) {
    this.root = root;
    this.onChange = onChange ?? (() => {});
    this.onSave = onSave ?? (() => {});
    this.diagnostics = [];
    root.classList.add('code-editor');
    root.innerHTML = `
      <div class="gutter" aria-hidden="true"><div class="gutter-lines"></div></div>
      <div class="body">
        <pre class="highlight" aria-hidden="true"><code></code></pre>
        <textarea class="input" spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off" aria-label="Rule file"></textarea>
      </div>
      <div class="caret-message" role="status" aria-live="polite"></div>`;
    this.gutter = root.querySelector('.gutter-lines');
    this.pre = root.querySelector('.highlight');
    this.code = root.querySelector('.highlight code');
    this.input = root.querySelector('.input');
    this.caretMessage = root.querySelector('.caret-message');
    this.input.addEventListener('input', () => { this.render(); this.onChange(this.input.value); });
    this.input.addEventListener('scroll', () => this.syncScroll());
    for (const e of ['keyup', 'click', 'select', 'focus']) this.input.addEventListener(e, () => this.showCaretMessage());
    this.input.addEventListener('keydown', (e) => this.keydown(e));
  }

  get text() { return this.input.value; }

  setText(text) {
    this.input.value = text;
    this.input.scrollTop = 0;
    this.render();
  }

  setDiagnostics(diagnostics) {
    this.diagnostics = diagnostics;
    this.render();
  }

  setReadOnly(readOnly) { this.input.readOnly = readOnly; }

  // Puts the caret at a line and column (1-based) and scrolls it into view.
  reveal(line, column = 1) {
    const lines = this.input.value.split('\n');
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1;
    offset += Math.max(0, Math.min(column - 1, (lines[line - 1] ?? '').length));
    this.input.focus({ preventScroll: true });
    this.input.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(this.input).lineHeight) || 20;
    this.input.scrollTop = Math.max(0, (line - 1) * lineHeight - this.input.clientHeight / 3);
    this.syncScroll();
    this.showCaretMessage();
  }

  caretLine() {
    return this.input.value.slice(0, this.input.selectionStart).split('\n').length;
  }

  render() {
    const lines = this.input.value.split('\n');
    const byLine = new Map();
    for (const d of this.diagnostics) {
      const index = Math.max(1, Math.min(d.line, lines.length));
      if (!byLine.has(index)) byLine.set(index, []);
      byLine.get(index).push(d);
    }
    let html = '';
    let gutter = '';
    lines.forEach((line, i) => {
      const n = i + 1;
      const found = byLine.get(n) ?? [];
      const marks = found.map((d) => markRange(line, d));
      html += `<span class="line" data-line="${n}">${lineHtml(line, marks)}</span>\n`;
      const severity = found.some((d) => d.severity === 'error') ? 'error' : found.length ? 'warning' : '';
      const title = found.map((d) => `${d.code}: ${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`).join('\n');
      gutter += `<div class="gutter-line${severity ? ' marker-' + severity : ''}" data-line="${n}"${title ? ` title="${escapeHtml(title)}"` : ''}>${n}</div>`;
    });
    this.code.innerHTML = html + ' ';
    this.gutter.innerHTML = gutter;
    this.syncScroll();
    this.showCaretMessage();
  }

  syncScroll() {
    this.pre.scrollTop = this.input.scrollTop;
    this.pre.scrollLeft = this.input.scrollLeft;
    this.gutter.style.transform = `translateY(${-this.input.scrollTop}px)`;
  }

  showCaretMessage() {
    const line = this.caretLine();
    const lines = this.input.value.split('\n').length;
    const here = this.diagnostics.filter((d) => Math.max(1, Math.min(d.line, lines)) === line);
    this.caretMessage.innerHTML = here.map((d) =>
      `<div class="${d.severity}"><b>${escapeHtml(d.code)}</b> ${escapeHtml(d.message)}${d.hint ? ` <span class="hint">hint: ${escapeHtml(d.hint)}</span>` : ''}</div>`).join('');
  }

  keydown(e) {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); this.onSave(); return; }
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      // Two spaces: YAML has no tabs. execCommand keeps the browser's own undo history.
      if (!document.execCommand('insertText', false, '  ')) {
        const { selectionStart: s, selectionEnd: t, value } = this.input;
        this.input.value = value.slice(0, s) + '  ' + value.slice(t);
        this.input.setSelectionRange(s + 2, s + 2);
        this.input.dispatchEvent(new Event('input'));
      }
    }
  }
}

// The columns a diagnostic underlines: the word (or quoted text) that starts at its column.
function markRange(line, d) {
  const start = Math.max(0, d.column - 1);
  if (start >= line.length) return { start: line.length, end: line.length + 1, diagnostic: d };
  const rest = line.slice(start);
  const m = /^("(?:[^"\\]|\\.)*"?|'[^']*'?|[^\s,{}\[\]]+|\S)/.exec(rest);
  let end = start + (m ? m[0].length : 1);
  // A key's own colon stays out of the underline.
  if (line[end - 1] === ':' && end - 1 > start) end--;
  return { start, end, diagnostic: d };
}
