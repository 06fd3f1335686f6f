// A small code editor: a textarea over a highlighted copy of its text, a line-number gutter with markers,
// wavy underlines at each diagnostic's line and column, the message of the diagnostic under the caret, and
// completion from a JSON Schema (Ctrl+Space, or as a key or an enum value is typed).
import { lineHtml, escapeHtml } from './yaml.js';
import { caretContext, completions } from './completion.js';

const MaxItems = 60;

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
        <textarea class="input" spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off" aria-label="Rule file" aria-autocomplete="list" aria-haspopup="listbox"></textarea>
        <div class="completion" hidden><ul role="listbox" aria-label="Completions"></ul><div class="completion-detail"></div></div>
        <span class="measure" aria-hidden="true">${'x'.repeat(100)}</span>
      </div>
      <div class="caret-message" role="status" aria-live="polite"></div>`;
    this.gutter = root.querySelector('.gutter-lines');
    this.pre = root.querySelector('.highlight');
    this.code = root.querySelector('.highlight code');
    this.input = root.querySelector('.input');
    this.caretMessage = root.querySelector('.caret-message');
    this.popup = root.querySelector('.completion');
    this.popupList = root.querySelector('.completion ul');
    this.popupDetail = root.querySelector('.completion-detail');
    this.measure = root.querySelector('.measure');
    this.schema = null;
    this.items = [];
    this.selected = 0;
    this.accepting = false;
    this.input.addEventListener('input', (e) => { this.render(); this.onChange(this.input.value); this.completeAsTyped(e); });
    // The browser scrolls the text to keep the caret in view as it is typed: the list follows it.
    this.input.addEventListener('scroll', () => { this.syncScroll(); if (this.completionOpen) this.placePopup(this.context.start); });
    this.input.addEventListener('blur', () => this.closeCompletion());
    this.input.addEventListener('mousedown', () => this.closeCompletion());
    // A click on an item accepts it; mousedown keeps the focus in the text.
    this.popup.addEventListener('mousedown', (e) => {
      e.preventDefault();
      const item = e.target.closest('li[data-index]');
      if (item) { this.selected = Number(item.dataset.index); this.acceptCompletion(); }
    });
    for (const e of ['keyup', 'click', 'select', 'focus']) this.input.addEventListener(e, () => this.showCaretMessage());
    this.input.addEventListener('keydown', (e) => this.keydown(e));
  }

  get text() { return this.input.value; }

  setText(text) {
    this.closeCompletion();
    this.input.value = text;
    this.input.scrollTop = 0;
    this.render();
  }

  setDiagnostics(diagnostics) {
    this.diagnostics = diagnostics;
    this.render();
  }

  setReadOnly(readOnly) { this.input.readOnly = readOnly; }

  // The JSON Schema completion offers keys and values from (null: no completion).
  setSchema(schema) { this.schema = schema; this.closeCompletion(); }

  get completionOpen() { return !this.popup.hidden; }

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

  // ---------- Completion ----------

  // Opens (or refreshes) the list for the caret; `typed`: only when what was typed calls for it.
  openCompletion(typed = false) {
    const { selectionStart, selectionEnd, value } = this.input;
    if (!this.schema || selectionStart !== selectionEnd || this.input.readOnly) { this.closeCompletion(); return; }
    const context = caretContext(value, selectionStart);
    if (!context) { this.closeCompletion(); return; }
    if (typed) {
      // A key as its first letters are typed; a value right after 'key: ' (or as typed) when the key has a list of values.
      const justAfterColon = /:\s$/.test(value.slice(0, selectionStart));
      if (context.kind === 'key' && !context.prefix && !this.completionOpen) { this.closeCompletion(); return; }
      if (context.kind === 'value' && !context.prefix && !justAfterColon) { this.closeCompletion(); return; }
    }
    const items = completions(this.schema, context).slice(0, MaxItems);
    if (!items.length) { this.closeCompletion(); return; }
    this.context = context;
    this.items = items;
    this.selected = 0;
    this.popupList.innerHTML = items.map((item, i) =>
      `<li role="option" data-index="${i}" data-label="${escapeHtml(item.label)}" data-kind="${item.kind}"><span class="label">${escapeHtml(item.label)}</span>${item.detail ? `<span class="detail">${escapeHtml(item.detail)}</span>` : ''}</li>`).join('');
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.select(0);
    this.placePopup(context.start);
  }

  completeAsTyped(e) {
    if (this.accepting) return;
    const typing = e.inputType === 'insertText' || e.inputType === 'insertCompositionText';
    if (typing || (this.completionOpen && e.inputType?.startsWith('delete'))) this.openCompletion(true);
    else this.closeCompletion();
  }

  closeCompletion() {
    if (this.popup.hidden) return;
    this.popup.hidden = true;
    this.popupList.innerHTML = '';
    this.items = [];
    this.input.setAttribute('aria-expanded', 'false');
  }

  select(index) {
    if (!this.items.length) return;
    this.selected = (index + this.items.length) % this.items.length;
    for (const li of this.popupList.children) li.setAttribute('aria-selected', String(Number(li.dataset.index) === this.selected));
    const current = this.popupList.children[this.selected];
    current?.scrollIntoView({ block: 'nearest' });
    const item = this.items[this.selected];
    this.popupDetail.textContent = item.detail;
    this.popupDetail.hidden = !item.detail;
  }

  acceptCompletion() {
    const item = this.items[this.selected];
    const context = this.context;
    if (!item || !context) return;
    const value = this.input.value;
    let text = item.insert;
    let end = context.end;
    // A key already followed by its colon keeps it; a value typed right after a colon gets its space.
    const lineRest = value.slice(end, value.indexOf('\n', end) < 0 ? value.length : value.indexOf('\n', end));
    if (item.kind === 'key' && /^\s*:/.test(lineRest)) text = item.label;
    if (item.kind === 'value' && value[context.start - 1] === ':') text = ' ' + text;
    this.closeCompletion();
    this.accepting = true;
    try {
      this.input.focus();
      this.input.setSelectionRange(context.start, end);
      if (!document.execCommand('insertText', false, text)) {
        this.input.value = value.slice(0, context.start) + text + value.slice(end);
        this.input.setSelectionRange(context.start + text.length, context.start + text.length);
        this.input.dispatchEvent(new Event('input'));
      }
    } finally {
      this.accepting = false;
    }
    // A key with a list of values goes on to offer them.
    if (item.kind === 'key') this.openCompletion(true);
  }

  placePopup(offset) {
    const before = this.input.value.slice(0, offset);
    const line = before.split('\n').length - 1;
    const column = offset - (before.lastIndexOf('\n') + 1);
    const style = getComputedStyle(this.input);
    const lineHeight = parseFloat(style.lineHeight) || 20;
    const charWidth = this.measure.getBoundingClientRect().width / 100 || 8;
    const left = parseFloat(style.paddingLeft) + column * charWidth - this.input.scrollLeft;
    const top = parseFloat(style.paddingTop) + (line + 1) * lineHeight - this.input.scrollTop;
    const body = this.input.parentElement;
    const height = this.popup.offsetHeight;
    this.popup.style.left = `${Math.max(0, Math.min(left, body.clientWidth - this.popup.offsetWidth))}px`;
    this.popup.style.top = `${top + height > body.clientHeight && top - lineHeight - height >= 0 ? top - lineHeight - height : top}px`;
  }

  keydown(e) {
    if (this.completionOpen) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); this.select(this.selected + (e.key === 'ArrowDown' ? 1 : -1)); return; }
      if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) { e.preventDefault(); this.acceptCompletion(); return; }
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); this.closeCompletion(); return; }
      if (['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'].includes(e.key)) this.closeCompletion();
    }
    if (e.ctrlKey && (e.key === ' ' || e.code === 'Space')) { e.preventDefault(); this.openCompletion(); return; }
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
