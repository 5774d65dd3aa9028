/**
 * Building the DOM without innerHTML: every text from the API becomes a text node. The two
 * exceptions are rich text (item bodies, report sections), copied through an allowlist, and
 * search highlights, where only <mark> becomes an element.
 */

/**
 * Creates an element. `attrs`: attributes (null/false left out, true = empty), `on*` functions
 * as listeners, `class` as a string. Children: nodes, strings (text nodes), arrays, null.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child and appends the new ones. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Elements kept from rich text, with the attributes each may keep. */
const ALLOWED = {
  p: [], br: [], hr: [], strong: [], b: [], em: [], i: [], u: [], s: [], sub: [], sup: [],
  small: [], blockquote: [], pre: [], code: [], span: [], div: [],
  h2: [], h3: [], h4: [], h5: [], h6: [],
  ul: [], ol: ['start', 'type'], li: [], dl: [], dt: [], dd: [],
  table: [], caption: [], colgroup: ['span'], col: ['span'], thead: [], tbody: [], tfoot: [], tr: [],
  th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  a: ['href', 'title'], img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'title', 'decoding'],
  figure: [], figcaption: [],
};
/** Elements dropped with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'noscript',
  'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'head',
  'title', 'audio', 'video', 'canvas',
]);

/** http, https, mailto and relative URLs; nothing that runs or embeds (javascript:, data: …). */
export function safeUrl(value, { allowMailto = true } = {}) {
  const v = (value || '').trim();
  if (v === '') return null;
  // a scheme is letters before the first ':' that comes before any '/', '?' or '#'
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v.replace(/[\u0000-\u0020]/g, ''));
  if (!scheme) return v;
  const s = scheme[1].toLowerCase();
  if (s === 'http' || s === 'https' || (allowMailto && s === 'mailto')) return v;
  return null;
}

/**
 * Rich text (already sanitised by the server) copied into a fragment through the allowlist:
 * unknown elements are unwrapped (their text kept), dangerous ones dropped, attributes not in the
 * list dropped, URLs checked. A wide table gets a keyboard-scrollable wrapper.
 */
export function richText(html, label = '表格', { resolve = (url) => url } = {}) {
  const fragment = document.createDocumentFragment();
  if (!html) return fragment;
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  copyChildren(doc.body, fragment, { label, resolve });
  return fragment;
}

/**
 * A `srcset` whose every candidate is a safe URL with a width (`640w`) or density (`2x`)
 * descriptor, each URL passed through `resolve`; null if any candidate is not.
 */
export function safeSrcset(value, resolve = (url) => url) {
  const candidates = String(value || '').split(/,\s+/).map((c) => c.trim()).filter(Boolean);
  const safe = [];
  for (const candidate of candidates) {
    const [url, descriptor, extra] = candidate.split(/\s+/);
    const checked = safeUrl(url, { allowMailto: false });
    if (checked === null || extra !== undefined || (descriptor && !/^(\d{1,5}w|\d(\.\d+)?x)$/.test(descriptor))) {
      return null;
    }
    safe.push(descriptor ? `${resolve(checked)} ${descriptor}` : resolve(checked));
  }
  return safe.length > 0 ? safe.join(', ') : null;
}

function copyChildren(from, to, context) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(document.createTextNode(node.data));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      copyElement(node, to, context);
    }
  }
}

function copyElement(node, to, context) {
  const tag = node.localName;
  if (DROPPED.has(tag)) return;
  if (!(tag in ALLOWED)) {
    copyChildren(node, to, context);
    return;
  }
  const el = document.createElement(tag);
  for (const name of ALLOWED[tag]) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    if (name === 'href' || name === 'src') {
      const url = safeUrl(value, { allowMailto: name === 'href' });
      if (url !== null) el.setAttribute(name, name === 'src' ? context.resolve(url) : url);
    } else if (name === 'srcset') {
      const srcset = safeSrcset(value, context.resolve);
      if (srcset !== null) el.setAttribute(name, srcset);
    } else if (name === 'sizes') {
      if (/^[\w\s(),.:%-]{1,200}$/.test(value)) el.setAttribute(name, value);
    } else if (name === 'decoding') {
      if (/^(async|sync|auto)$/.test(value)) el.setAttribute(name, value);
    } else if (/^(colspan|rowspan|span|start|width|height)$/.test(name)) {
      if (/^\d{1,4}$/.test(value)) el.setAttribute(name, value);
    } else {
      el.setAttribute(name, value);
    }
  }
  if (tag === 'a' && el.hasAttribute('href') && /^https?:/i.test(el.getAttribute('href'))) {
    el.setAttribute('rel', 'noopener noreferrer');
  }
  if (tag === 'img') {
    if (!el.hasAttribute('src')) return;
    if (!el.hasAttribute('alt')) el.setAttribute('alt', '');
    el.setAttribute('loading', 'lazy');
  }
  copyChildren(node, el, context);
  to.append(tag === 'table' ? scrollRegion(el, context.label) : el);
}

/** A wide table in a region that scrolls sideways on a phone and can be scrolled by keyboard. */
export function scrollRegion(child, label) {
  return h('div', { class: 'gk-scroll', role: 'region', tabindex: '0', 'aria-label': label }, child);
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of an HTML-escaped string, as text (never parsed as HTML). */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = ENTITIES[ref.toLowerCase()];
    return named === undefined ? whole : named;
  });
}

/**
 * A search title or snippet: HTML-escaped text whose only markup is <mark>…</mark>. Split on the
 * mark tags; every piece becomes a text node (entities decoded), the marked ones inside <mark>.
 */
export function highlighted(escaped) {
  const fragment = document.createDocumentFragment();
  const parts = String(escaped || '').split(/<mark>|<\/mark>/);
  parts.forEach((part, i) => {
    if (part === '') return;
    const text = document.createTextNode(decodeEntities(part));
    fragment.append(i % 2 === 1 ? h('mark', { part: 'mark' }, text) : text);
  });
  return fragment;
}

/** Fills `{name}` placeholders of a link template with URL-encoded values. */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    values[name] === undefined || values[name] === null ? '' : encodeURIComponent(values[name]),
  );
}

/** 2019-05-15 → 2019-05-15; an ISO instant → its date in China (UTC+8). */
export function dateOf(value) {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) return String(value);
  return new Date(t.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

export function fileSize(bytes) {
  if (!(bytes >= 0)) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

let counter = 0;
/** An id prefix unique on the page. */
export function uid(prefix) {
  counter += 1;
  return `${prefix}${counter}`;
}

/**
 * Page navigation: previous, numbered pages around the current one, next. `go(page)` is called
 * on activation; `href(page)` gives each link a real URL when the state is in the address.
 */
export function pager({ page, pages, label = '分页', go, href = () => '#' }) {
  if (pages <= 1) return null;
  const item = (p, text, attrs = {}) =>
    h('li', {}, h('a', {
      href: href(p),
      class: 'gk-page',
      onclick: (e) => { e.preventDefault(); go(p); },
      ...attrs,
    }, text));
  const numbers = [];
  const from = Math.max(1, Math.min(page - 2, pages - 4));
  const to = Math.min(pages, from + 4);
  if (from > 1) numbers.push(item(1, '1', { 'aria-label': '第1页' }));
  if (from > 2) numbers.push(h('li', { class: 'gk-page-gap', 'aria-hidden': 'true' }, '…'));
  for (let p = from; p <= to; p++) {
    numbers.push(item(p, String(p), {
      'aria-label': `第${p}页`,
      'aria-current': p === page ? 'page' : null,
    }));
  }
  if (to < pages - 1) numbers.push(h('li', { class: 'gk-page-gap', 'aria-hidden': 'true' }, '…'));
  if (to < pages) numbers.push(item(pages, String(pages), { 'aria-label': `第${pages}页` }));
  return h('nav', { class: 'gk-pager', 'aria-label': label, part: 'pager' },
    h('ul', {},
      page > 1 ? item(page - 1, '上一页', { rel: 'prev' }) : null,
      numbers,
      page < pages ? item(page + 1, '下一页', { rel: 'next' }) : null),
    h('p', { class: 'gk-page-of' }, `第 ${page} / ${pages} 页`));
}

/**
 * An item's cover picture (`cover` of the item JSON) as a responsive image: every width in
 * `srcset`, the layout's `sizes`, its size against layout shifts, its alternative text, lazy.
 */
export function coverImage(cover, resolve, sizes, { lazy = true } = {}) {
  const widths = (cover.sizes || []).filter((s) => safeUrl(s.src, { allowMailto: false }) !== null);
  return h('img', {
    src: resolve(safeUrl(cover.src, { allowMailto: false }) || ''),
    srcset: widths.map((s) => `${resolve(s.src)} ${Number(s.width)}w`).join(', ') || null,
    sizes,
    width: cover.width,
    height: cover.height,
    alt: cover.alt || '',
    loading: lazy ? 'lazy' : null,
    decoding: 'async',
  });
}
