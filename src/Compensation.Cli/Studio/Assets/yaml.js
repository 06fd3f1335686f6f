// YAML highlighting for the studio's editor: one line at a time, into segments { text, cls }.
// Good enough for rule files: comments, keys (block and flow), strings, numbers, booleans, punctuation.

const keyPattern = /^([^\s#'"{}\[\],:][^#{}\[\],:]*?|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')(\s*)(:)(?=\s|$)/;
const numberPattern = /^[-+]?(\d[\d_]*)(\.\d+)?([eE][-+]?\d+)?(?=[\s,\]}#]|$)/;
const wordPattern = /^(true|false|null|yes|no|~)(?=[\s,\]}#]|$)/;

export function highlightLine(line) {
  const segments = [];
  const push = (text, cls) => { if (text.length) segments.push({ text, cls }); };
  let rest = line;
  const indent = /^\s*/.exec(rest)[0];
  push(indent, '');
  rest = rest.slice(indent.length);
  if (rest.startsWith('#')) { push(rest, 'tok-comment'); return segments; }
  if (rest === '---' || rest === '...') { push(rest, 'tok-punct'); return segments; }
  // List dashes at the start of the line.
  let m;
  while ((m = /^-(\s+|$)/.exec(rest))) { push('-', 'tok-punct'); push(m[1], ''); rest = rest.slice(m[0].length); }
  let depth = 0;
  let expectKey = true;
  while (rest.length) {
    if ((m = /^\s+/.exec(rest))) { push(m[0], ''); rest = rest.slice(m[0].length); if (rest.startsWith('#')) { push(rest, 'tok-comment'); break; } continue; }
    if (expectKey && (m = keyPattern.exec(rest))) {
      push(m[1], 'tok-key'); push(m[2], ''); push(m[3], 'tok-punct');
      rest = rest.slice(m[0].length); expectKey = false; continue;
    }
    const c = rest[0];
    if (c === '{' || c === '[') { depth++; push(c, 'tok-punct'); rest = rest.slice(1); expectKey = c === '{'; continue; }
    if (c === '}' || c === ']') { depth = Math.max(0, depth - 1); push(c, 'tok-punct'); rest = rest.slice(1); continue; }
    if (c === ',') { push(c, 'tok-punct'); rest = rest.slice(1); expectKey = depth > 0; continue; }
    if (c === '"' && (m = /^"(?:[^"\\]|\\.)*"?/.exec(rest))) { push(m[0], 'tok-string'); rest = rest.slice(m[0].length); continue; }
    if (c === "'" && (m = /^'(?:[^']|'')*'?/.exec(rest))) { push(m[0], 'tok-string'); rest = rest.slice(m[0].length); continue; }
    if ((c === '|' || c === '>') && /^[|>][-+0-9]*\s*$/.test(rest)) { push(rest, 'tok-punct'); break; }
    if ((c === '&' || c === '*') && (m = /^[&*][^\s,\]}]+/.exec(rest))) { push(m[0], 'tok-anchor'); rest = rest.slice(m[0].length); continue; }
    if ((m = numberPattern.exec(rest))) { push(m[0], 'tok-number'); rest = rest.slice(m[0].length); continue; }
    if ((m = wordPattern.exec(rest))) { push(m[0], 'tok-bool'); rest = rest.slice(m[0].length); continue; }
    // Plain text up to the next flow character (inside a flow) or comment.
    m = depth > 0 ? /^[^,\]}#"']+?(?=\s*[,\]}]|\s+#|$)/.exec(rest) : /^.+?(?=\s+#|$)/.exec(rest);
    const text = m ? m[0] : rest[0];
    push(text, 'tok-text');
    rest = rest.slice(text.length);
  }
  return segments;
}

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => escapes[c]);

// The line as HTML, with the marked ranges [start, end) (0-based columns) wrapped in squiggles.
export function lineHtml(line, marks) {
  const segments = highlightLine(line);
  if (!marks || marks.length === 0) {
    return segments.map((s) => s.cls ? `<span class="${s.cls}">${escapeHtml(s.text)}</span>` : escapeHtml(s.text)).join('');
  }
  // Character classes, then runs of equal (class, mark).
  const classes = [];
  for (const s of segments) for (let i = 0; i < s.text.length; i++) classes.push(s.cls);
  const markAt = new Array(line.length).fill(null);
  for (const mark of marks) for (let i = mark.start; i < Math.min(mark.end, line.length); i++) markAt[i] ??= mark;
  let html = '';
  let i = 0;
  while (i < line.length) {
    const mark = markAt[i];
    let j = i;
    while (j < line.length && markAt[j] === mark) j++;
    let inner = '';
    let k = i;
    while (k < j) {
      const cls = classes[k];
      let l = k;
      while (l < j && classes[l] === cls) l++;
      const text = escapeHtml(line.slice(k, l));
      inner += cls ? `<span class="${cls}">${text}</span>` : text;
      k = l;
    }
    html += mark ? squiggle(mark, inner) : inner;
    i = j;
  }
  // A mark past the end of the line (a missing value): a visible stub.
  for (const mark of marks) if (mark.start >= line.length) html += squiggle(mark, ' ', true);
  return html;
}

function squiggle(mark, inner, stub) {
  const d = mark.diagnostic;
  return `<span class="squiggle ${d.severity}${stub ? ' stub' : ''}" data-line="${d.line}" data-column="${d.column}" data-code="${escapeHtml(d.code)}">${inner}</span>`;
}
