// Cleaning what Word and WPS put on the clipboard before it reaches the body editor.
//
// Kept: headings, paragraphs (with the numbering of official documents — 一、（一）1. — as their
// text), real bullet and number lists, tables with their merged cells, bold, italic, underline and
// links. Dropped: fonts, colours, sizes, every style and class, Office's XML islands and namespaced
// tags (<o:p>, <w:…>, <v:…>), comments and conditional comments, empty spans and paragraphs made
// only of spaces. Word's list paragraphs (mso-list, MsoListParagraph) become <ol>/<ul> only when
// their marker is a bullet or an Arabic, Latin or Roman number; Chinese markers (一、（一）第一条 ①)
// stay paragraphs that start with the marker. Works on an inert document (DOMParser): nothing in
// the pasted markup is loaded or run.

const STYLE = 'data-paste-style';
const styleOf = (el) => el.getAttribute(STYLE) || '';
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const BULLET = /^[\u00b7\u2022\u2023\u25aa-\u25ff\u2043\u2219\u2666\u27a2§Øoü\uf000-\uf0ff*–-]$/;
const NUMBERED = /^(?:[(（]?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)）．]|[(（](?:\d{1,3}|[a-zA-Z])[)）])$/;
const KEEP_ATTRIBUTES = {
  a: ['href', 'title'],
  img: ['src', 'alt'],
  td: ['colspan', 'rowspan', 'align'],
  th: ['colspan', 'rowspan', 'align'],
  p: ['align'],
  h2: ['align'],
  h3: ['align'],
  h4: ['align'],
  ol: ['start'],
};
const UNWRAP = new Set(['SPAN', 'FONT', 'DIV', 'SECTION', 'ARTICLE', 'CENTER', 'SMALL', 'BIG', 'INS', 'DEL', 'ABBR', 'ACRONYM', 'LABEL']);
const DROP = new Set(['SCRIPT', 'STYLE', 'META', 'LINK', 'TITLE', 'HEAD', 'XML', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'NOSCRIPT', 'SVG', 'MATH']);
const RENAME = { B: 'strong', I: 'em', H1: 'h2', H5: 'h4', H6: 'h4', STRIKE: null, S: null };

/**
 * The pasted {@code html} as the editor should receive it. options.keepDataImages: keep images
 * embedded as data: URIs (the editor uploads them as attachments); without it they are dropped.
 */
export function cleanPastedHtml(html, { keepDataImages = false } = {}) {
  if (!/<[a-z!]/i.test(html)) return html;
  // style attributes are read as data (the console's CSP would report each one the parser meets)
  const inert = html.replace(/(<[a-z][^>]*?\s)style\s*=/gi, `$1${STYLE}=`);
  const doc = new DOMParser().parseFromString(inert, 'text/html');
  const body = doc.body;
  convertListParagraphs(body);
  dropConditionalContent(body);
  walk(body, keepDataImages);
  dropEmptyBlocks(body);
  unwrapCellParagraphs(body);
  return body.innerHTML.trim();
}

/** Removes comments and what Word shows only to old browsers (<![if !supportEmptyParas]>…); keeps <![if !vml]> pictures. */
function dropConditionalContent(root) {
  const comments = [];
  const it = root.ownerDocument.createNodeIterator(root, NodeFilter.SHOW_COMMENT);
  for (let c = it.nextNode(); c; c = it.nextNode()) comments.push(c);
  for (const c of comments) {
    if (!c.parentNode) continue;
    const opening = /^\[if\s+!(\w+)\]$/i.exec(c.data.trim());
    if (opening && opening[1].toLowerCase() !== 'vml') {
      for (let n = c.nextSibling; n && !isEndif(n); ) {
        const next = n.nextSibling;
        n.remove();
        n = next;
      }
    }
    c.remove();
  }
}

const isEndif = (n) => n.nodeType === Node.COMMENT_NODE && /^\[endif\]$/i.test(n.data.trim());

function walk(parent, keepDataImages) {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === Node.COMMENT_NODE || node.nodeType === Node.PROCESSING_INSTRUCTION_NODE) {
      node.remove();
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = node.tagName.toUpperCase();
    if (tag.includes(':') || DROP.has(tag)) {
      node.remove();
      continue;
    }
    if (tag === 'IMG' && !keepImage(node, keepDataImages)) {
      node.remove();
      continue;
    }
    walk(node, keepDataImages);
    let el = emphasisFromStyle(node);
    if (tag === 'A' && !el.hasAttribute('href')) {
      unwrap(el);
      continue;
    }
    if (UNWRAP.has(el.tagName)) {
      unwrap(el);
      continue;
    }
    if (tag in RENAME) {
      if (RENAME[tag] === null) {
        unwrap(el);
        continue;
      }
      el = rename(el, RENAME[tag]);
    }
    keepOnly(el);
  }
  parent.normalize();
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) node.data = joinSourceLines(node.data);
  }
}

/** Bold, italic or underline set by style (WPS writes them so) becomes the element; a fake <b> unwraps. */
function emphasisFromStyle(el) {
  const style = styleOf(el).toLowerCase();
  if (el.tagName === 'B' && /(^|;)\s*font-weight\s*:\s*(normal|[1-4]00)/.test(style)) {
    el.removeAttribute(STYLE);
    return rename(el, 'span');
  }
  if (el.tagName !== 'SPAN') return el;
  const wraps = [];
  if (/(^|;)\s*font-weight\s*:\s*(bold|bolder|[6-9]00)/.test(style)) wraps.push('strong');
  if (/(^|;)\s*font-style\s*:\s*italic/.test(style)) wraps.push('em');
  if (/(^|;)\s*text-decoration[a-z-]*\s*:\s*[^;]*underline/.test(style) && !el.closest('a')) wraps.push('u');
  if (!wraps.length || !el.textContent.trim()) return el;
  let inner = el.ownerDocument.createElement(wraps[0]);
  const outer = inner;
  for (const t of wraps.slice(1)) inner = inner.appendChild(el.ownerDocument.createElement(t));
  inner.append(...el.childNodes);
  el.replaceWith(outer);
  return outer;
}

function keepImage(img, keepDataImages) {
  const src = (img.getAttribute('src') || '').trim();
  // data: pictures (Word, web pages) and the editor's own blob: copies of pasted files are uploaded
  if (/^data:image\/(png|jpe?g|gif|webp);base64,/i.test(src) || /^blob:/i.test(src)) return keepDataImages;
  // file:///C:/… (Word's temporary copies), blob: of another page, cid: — nothing to upload from
  return /^(https?:)?\/\//i.test(src) || (/^[^:]*$/.test(src) && src !== '');
}

/** Only the attributes the body keeps; Word's text-align becomes align; tables get a plain border. */
function keepOnly(el) {
  const tag = el.tagName.toLowerCase();
  const keep = KEEP_ATTRIBUTES[tag] || [];
  const style = styleOf(el).toLowerCase();
  const textAlign = /(?:^|;)\s*text-align\s*:\s*(left|center|right|justify)/.exec(style);
  for (const a of [...el.attributes]) {
    if (!keep.includes(a.name.toLowerCase())) el.removeAttribute(a.name);
  }
  if (keep.includes('align')) {
    const value = textAlign ? textAlign[1] : (el.getAttribute('align') || '').toLowerCase();
    if (['center', 'right', 'justify'].includes(value) && tag !== 'td' && tag !== 'th') el.setAttribute('align', value);
    else if (['center', 'right'].includes(value)) el.setAttribute('align', value);
    else el.removeAttribute('align');
  }
  for (const span of ['colspan', 'rowspan']) {
    if (el.getAttribute(span) === '1') el.removeAttribute(span);
  }
  if (tag === 'table') el.setAttribute('border', '1');
  if (tag === 'img' && !el.hasAttribute('alt')) el.setAttribute('alt', '');
}

/** Word wraps its HTML source inside sentences: a line break between Chinese characters is no space. */
function joinSourceLines(text) {
  if (!/[\r\n]/.test(text)) return text;
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, (m, offset, whole) => {
    const before = whole[offset - 1];
    const after = whole[offset + m.length];
    if (before === undefined || after === undefined) return before === undefined && after === undefined ? ' ' : '';
    return CJK.test(before) || CJK.test(after) ? '' : ' ';
  });
}

function dropEmptyBlocks(root) {
  for (const block of [...root.querySelectorAll('p, h2, h3, h4, li, strong, em, u, a')].reverse()) {
    if (block.querySelector('img, br, table') || block.textContent.replace(/[\s\u00a0\u3000]/g, '') !== '') continue;
    if (block.tagName === 'LI' && block.parentElement && block.parentElement.children.length === 1) {
      block.parentElement.remove();
    } else {
      block.remove();
    }
  }
  // the blank text between blocks that Word's source had
  for (const n of [...root.childNodes]) {
    if (n.nodeType === Node.TEXT_NODE && !n.data.trim()) n.replaceWith('\n');
  }
}

/** Word puts each cell's text in a paragraph: a cell of one paragraph keeps just its text. */
function unwrapCellParagraphs(root) {
  for (const cell of root.querySelectorAll('td, th')) {
    const blocks = [...cell.children];
    const text = [...cell.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
    if (blocks.length !== 1 || blocks[0].tagName !== 'P' || text.length) continue;
    const p = blocks[0];
    if (p.getAttribute('align') && !cell.getAttribute('align') && p.getAttribute('align') !== 'justify') {
      cell.setAttribute('align', p.getAttribute('align'));
    }
    cell.replaceChildren(...p.childNodes);
  }
}

// --- Word's list paragraphs -------------------------------------------------------------------

function isListParagraph(p) {
  const style = styleOf(p);
  return /mso-list\s*:\s*l\d+/i.test(style) || (/MsoListParagraph/i.test(p.className) && markerNodes(p).length > 0);
}

/** The nodes between <![if !supportLists]> and <![endif]> (or the span styled mso-list:Ignore). */
function markerNodes(p) {
  const nodes = [];
  const it = p.ownerDocument.createNodeIterator(p, NodeFilter.SHOW_COMMENT);
  for (let c = it.nextNode(); c; c = it.nextNode()) {
    if (/^\[if\s+!supportLists\]$/i.test(c.data.trim())) {
      nodes.push(c);
      for (let n = c.nextSibling; n; n = n.nextSibling) {
        nodes.push(n);
        if (isEndif(n)) break;
      }
      return nodes;
    }
  }
  const ignore = [...p.querySelectorAll('span')].find((s) => /mso-list\s*:\s*ignore/i.test(styleOf(s)));
  return ignore ? [ignore] : [];
}

function listInfo(p) {
  const nodes = markerNodes(p);
  const marker = nodes.map((n) => (n.nodeType === Node.COMMENT_NODE ? '' : n.textContent)).join('').replace(/[\s\u00a0]+/g, '');
  const level = Number((/level(\d+)/i.exec(styleOf(p)) || [0, 1])[1]);
  const symbolFont = nodes.some((n) => n.nodeType === Node.ELEMENT_NODE
    && /font-family\s*:\s*["']?(wingdings|symbol|webdings)/i.test(styleOf(n)));
  let kind = null;
  if (marker && (BULLET.test(marker) || (symbolFont && [...marker].length === 1))) kind = 'ul';
  else if (NUMBERED.test(marker)) kind = 'ol';
  return { nodes, marker, level, kind };
}

function convertListParagraphs(root) {
  for (const p of [...root.querySelectorAll('p')]) {
    if (!p.isConnected || !isListParagraph(p)) continue;
    const run = [p];
    for (let n = nextElement(p); n && n.tagName === 'P' && isListParagraph(n); n = nextElement(n)) run.push(n);
    buildLists(run);
  }
}

function nextElement(el) {
  let n = el.nextSibling;
  while (n && n.nodeType !== Node.ELEMENT_NODE) {
    if (n.nodeType === Node.TEXT_NODE && n.data.trim()) return null;
    n = n.nextSibling;
  }
  return n;
}

/** Consecutive list paragraphs: bullets and numbers become nested lists, Chinese markers stay text. */
function buildLists(paragraphs) {
  const doc = paragraphs[0].ownerDocument;
  let stack = []; // [{list, level}]
  for (const p of paragraphs) {
    const info = listInfo(p);
    for (const n of info.nodes) n.remove();
    if (!info.kind) {
      // 第一条 is followed by a full-width space in official documents; 一、 and （一） end in punctuation
      if (info.marker) p.prepend(doc.createTextNode(/^第.+[编章节条款]$/.test(info.marker) ? `${info.marker}\u3000` : info.marker));
      p.removeAttribute(STYLE);
      p.removeAttribute('class');
      stack = [];
      continue;
    }
    while (stack.length && (stack[stack.length - 1].level > info.level
        || (stack[stack.length - 1].level === info.level && stack[stack.length - 1].list.tagName.toLowerCase() !== info.kind))) {
      stack.pop();
    }
    if (!stack.length || stack[stack.length - 1].level < info.level) {
      const list = doc.createElement(info.kind);
      const start = info.kind === 'ol' ? Number((/\d+/.exec(info.marker) || [1])[0]) : 1;
      if (start > 1) list.setAttribute('start', String(start));
      if (stack.length) {
        const parentList = stack[stack.length - 1].list;
        (parentList.lastElementChild || parentList.appendChild(doc.createElement('li'))).append(list);
      } else {
        p.before(list);
      }
      stack.push({ list, level: info.level });
    }
    const li = doc.createElement('li');
    li.append(...p.childNodes);
    stack[stack.length - 1].list.append(li);
    p.remove();
  }
}

function unwrap(el) {
  el.replaceWith(...el.childNodes);
}

function rename(el, tag) {
  const renamed = el.ownerDocument.createElement(tag);
  for (const a of el.attributes) renamed.setAttribute(a.name, a.value);
  renamed.append(...el.childNodes);
  el.replaceWith(renamed);
  return renamed;
}
