// Completion from the manual's JSON Schema: where the caret is in the YAML (a path of keys and list items,
// read from indentation, '- ' items and flow mappings on the caret's line), which keys the schema allows
// there, and which values (enum) a key takes. Pure functions: the editor shows the popup.

const blockKey = /^([^\s#'"{}\[\],:][^#{}\[\],:]*?|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*:(?=\s|$)/;
const word = /^[\w.-]*$/;
const ITEM = '[]';

// ---------- Where the caret is ----------

// A line's block structure: the columns of its '- ' items, its key (and column) and the text after the key's colon.
function structure(line) {
  const indent = /^\s*/.exec(line)[0].length;
  let rest = line.slice(indent);
  if (rest === '' || rest.startsWith('#')) return null;
  if (rest === '---' || rest === '...') return { document: true };
  const dashes = [];
  let column = indent;
  let m;
  while ((m = /^-(\s+|$)/.exec(rest))) { dashes.push(column); column += m[0].length; rest = rest.slice(m[0].length); }
  const first = dashes.length ? dashes[0] : indent;
  const k = blockKey.exec(rest);
  if (!k) return { first, dashes, keyColumn: -1, key: null, value: rest };
  return { first, dashes, keyColumn: column, key: unquote(k[1].trim()), value: stripComment(rest.slice(k[0].length)).trim() };
}

const unquote = (key) => (/^(["']).*\1$/.test(key) ? key.slice(1, -1) : key);
const stripComment = (text) => text.replace(/(^|\s)#.*$/, '');

// The context of the caret: { kind: 'key' | 'value', path, key?, prefix, start, end, present, item }
// or null where nothing completes (a comment, a string, a block scalar, a plain multi-line value).
export function caretContext(text, offset) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const column = offset - lineStart;
  const before = line.slice(0, column);
  const wordAfter = /^[\w.-]*/.exec(line.slice(column))[0];
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop(); // the empty text after the last '\n' (the caret's own line is not in it)
  const below = text.slice(lineEnd + 1).split('\n');

  // The caret's line: its '- ' items, then a key being typed, or a key and its value.
  const indent = /^\s*/.exec(before)[0].length;
  let rest = before.slice(indent);
  const dashes = [];
  let at = indent;
  let m;
  while ((m = /^-\s+/.exec(rest))) { dashes.push(at); at += m[0].length; rest = rest.slice(m[0].length); }
  const anchor = dashes.length ? dashes[0] : at;
  const own = dashes.map(() => ITEM);
  const parent = parentPath(lines, anchor, dashes.length > 0);
  if (!parent) return null;
  const mappingPath = parent.path.concat(own);

  if (word.test(rest)) {
    // A key at the start of a mapping line (or a plain value in a list).
    const present = new Set(dashes.length ? [] : parent.siblings);
    for (const key of siblingsBelow(below, at)) present.add(key);
    return { kind: 'key', path: mappingPath, prefix: rest, start: offset - rest.length, end: offset + wordAfter.length, present, item: dashes.length > 0 };
  }

  const k = blockKey.exec(rest);
  if (!k) return null;
  const key = unquote(k[1].trim());
  const valueStart = offset - rest.length + k[0].length;
  return flowContext(text.slice(valueStart, offset), valueStart, mappingPath.concat([key]), key, wordAfter.length);
}

// The path of the mapping (or list item) whose content starts at column `anchor`, read upwards by indentation;
// with the keys already written above it in the same mapping.
function parentPath(lines, anchor, startsItem) {
  const path = [];
  const siblings = [];
  let column = anchor;
  let itemAnchor = startsItem;
  let own = !startsItem; // the lines above still belong to the caret's own mapping
  for (let i = lines.length - 1; i >= 0; i--) {
    if (column === 0 && !itemAnchor && !own) break;
    const s = structure(lines[i]);
    if (!s) continue;
    if (s.document) break;
    const compactParent = itemAnchor && s.dashes.length === 0 && s.keyColumn === column && s.value === '';
    if (s.first >= column && !compactParent) {
      if (own && s.first === column && s.dashes.length === 0 && s.key !== null) siblings.push(s.key);
      continue;
    }
    // A line to the left: the parent of what starts at `column`.
    if (s.key !== null && s.keyColumn < column || compactParent) {
      if (s.value !== '') return null; // inside a scalar (a plain multi-line value or a block scalar)
      path.unshift(...s.dashes.map(() => ITEM), s.key);
    } else {
      if (own && s.key !== null && s.keyColumn === column) siblings.push(s.key);
      path.unshift(...s.dashes.filter((d) => d < column).map(() => ITEM));
    }
    own = false;
    itemAnchor = s.dashes.length > 0;
    column = s.first;
  }
  return { path, siblings };
}

function siblingsBelow(lines, column) {
  const keys = [];
  for (const line of lines) {
    const s = structure(line);
    if (!s) continue;
    if (s.document || s.first < column) break;
    if (s.first === column && s.dashes.length === 0 && s.key !== null) keys.push(s.key);
  }
  return keys;
}

// The caret inside a key's value on its line: plain (an enum value) or inside flow mappings and lists.
function flowContext(value, valueStart, valuePath, key, after) {
  const stack = [];
  let path = valuePath;
  let currentKey = key;
  let state = 'value';
  let tokenStart = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"' || c === "'") {
      const close = c === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(value.slice(i)) : /^'(?:[^']|'')*'/.exec(value.slice(i));
      if (!close) return null; // the caret is inside a string
      i += close[0].length - 1;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(value[i - 1]))) return null;
    const top = stack[stack.length - 1];
    if (c === '{') { stack.push({ kind: 'map', path, keys: [] }); state = 'key'; tokenStart = i + 1; continue; }
    if (c === '[') { stack.push({ kind: 'seq', path }); path = path.concat([ITEM]); currentKey = null; state = 'value'; tokenStart = i + 1; continue; }
    if (c === '}' || c === ']') { stack.pop(); state = 'closed'; continue; }
    if (c === ',' && top) {
      if (top.kind === 'map') { state = 'key'; } else { path = top.path.concat([ITEM]); state = 'value'; }
      tokenStart = i + 1;
      continue;
    }
    if (c === ':' && top?.kind === 'map' && state === 'key' && (i + 1 === value.length || /\s/.test(value[i + 1]))) {
      currentKey = unquote(value.slice(tokenStart, i).trim());
      top.keys.push(currentKey);
      path = top.path.concat([currentKey]);
      state = 'value';
      tokenStart = i + 1;
    }
  }
  if (state === 'closed') return null;
  const token = value.slice(tokenStart);
  const prefix = token.trimStart();
  if (!word.test(prefix)) return null;
  const start = valueStart + value.length - prefix.length;
  const end = valueStart + value.length + after;
  const top = stack[stack.length - 1];
  if (state === 'key') return { kind: 'key', path: top.path, prefix, start, end, present: new Set(top.keys), item: false, flow: true };
  // A plain value needs the space after the colon: 'key:value' is one word in YAML.
  if (!stack.length && !/^\s/.test(token) && token.length) return null;
  return { kind: 'value', path, key: currentKey, prefix, start, end, flow: stack.length > 0 };
}

// ---------- What the schema allows there ----------

function lookup(root, ref) {
  if (!ref.startsWith('#/')) return null;
  let node = root;
  for (const part of ref.slice(2).split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node ?? null;
}

// The node with its $ref resolved and its oneOf / anyOf / allOf alternatives, flattened.
function expand(root, node, out = []) {
  for (let depth = 0; node && node.$ref && depth < 32; depth++) node = lookup(root, node.$ref);
  if (!node || typeof node !== 'object' || out.includes(node)) return out;
  out.push(node);
  for (const alternative of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) expand(root, alternative, out);
  return out;
}

export function schemaAt(root, path) {
  let nodes = expand(root, root);
  for (const segment of path) {
    const next = [];
    for (const node of nodes) {
      if (segment === ITEM) {
        if (Array.isArray(node.items)) next.push(...node.items);
        else if (node.items && typeof node.items === 'object') next.push(node.items);
      } else if (node.properties && Object.hasOwn(node.properties, segment)) {
        next.push(node.properties[segment]);
      } else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
        next.push(node.additionalProperties);
      }
    }
    nodes = [];
    for (const node of next) expand(root, node, nodes);
    if (!nodes.length) break;
  }
  return nodes;
}

function describe(root, node) {
  const nodes = expand(root, node);
  const types = new Set(nodes.flatMap((n) => (Array.isArray(n.type) ? n.type : n.type ? [n.type] : [])));
  // A list without a description of its own says what its items are.
  const found = nodes.find((n) => n.description)?.description
    ?? (types.size === 1 && types.has('array') ? nodes.flatMap((n) => (n.items && !Array.isArray(n.items) ? expand(root, n.items) : [])).find((n) => n.description)?.description : undefined);
  if (found) return found;
  if (types.size === 3 && types.has('string') && types.has('number') && types.has('boolean')) return 'a number, or a formula in quotes';
  return [...types].join(' or ');
}

function valuesOf(nodes) {
  const values = [];
  for (const node of nodes) {
    for (const v of node.enum ?? []) values.push(String(v));
    if (node.const !== undefined) values.push(String(node.const));
    if (node.type === 'boolean') values.push('true', 'false');
  }
  return [...new Set(values)];
}

// The items to offer for a context: { label, insert, detail }, those matching the prefix first.
export function completions(root, context) {
  if (!root || !context) return [];
  const nodes = schemaAt(root, context.path);
  const items = [];
  if (context.kind === 'key') {
    const seen = new Set();
    for (const node of nodes) {
      for (const [key, schema] of Object.entries(node.properties ?? {})) {
        if (seen.has(key) || context.present.has(key)) continue;
        seen.add(key);
        items.push({ label: key, insert: key + ': ', detail: describe(root, schema), kind: 'key' });
      }
    }
    // Right after '- ': a list's plain values (a remedy kind written alone, a tier…).
    if (context.item) {
      for (const value of valuesOf(nodes)) if (!seen.has(value)) items.push({ label: value, insert: value, detail: '', kind: 'value' });
    }
  } else {
    const detail = context.key ? describe(root, { anyOf: schemaAt(root, context.path.slice(0, -1)).map((n) => n.properties?.[context.key]).filter(Boolean) }) : '';
    for (const value of valuesOf(nodes)) items.push({ label: value, insert: value, detail, kind: 'value' });
  }
  return filter(items, context.prefix);
}

function filter(items, prefix) {
  const p = prefix.toLowerCase();
  if (!p) return items;
  const starts = items.filter((i) => i.label.toLowerCase().startsWith(p));
  const contains = items.filter((i) => !i.label.toLowerCase().startsWith(p) && i.label.toLowerCase().includes(p));
  // A word typed in full is not offered back to itself.
  return starts.concat(contains).filter((i) => !(i.label === prefix && i.kind === 'value'));
}
