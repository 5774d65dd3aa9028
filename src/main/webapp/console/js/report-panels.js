// Around a report being edited: the figures Gongkai proposes from the items it holds (accept or
// leave them), corrections of a published report with their reason, the file the report came
// from, and the corrections already made.

import { BASE, etagOf, get, post, put } from './api.js';
import { field, h, replace } from './dom.js';
import { alertBanner, showError } from './errors.js';
import { can } from './session.js';

const OFFICE_FILES = '.doc,.docx,.pdf,.wps,.ofd,.txt,.html,.htm';

/** The panels for a report, by its state and the user's role. */
export function reportPanels(editor) {
  const r = editor.report;
  const editor_ = can('EDITOR', editor.org.slug);
  return h(
    'div',
    { class: 'report-panels' },
    r.state === 'DRAFT' && editor_ ? derivedPanel(editor) : null,
    r.state === 'PUBLISHED' && can('REVIEWER', editor.org.slug) ? correctionPanel(editor) : null,
    originalPanel(editor, editor_),
    (r.corrections || []).length ? historyPanel(r) : null,
  );
}

/** table.row.column, where a row key may hold a dot (requests.withheld.stateSecret.naturalPerson). */
function cellPath(path) {
  const first = path.indexOf('.');
  const last = path.lastIndexOf('.');
  return [path.slice(0, first), path.slice(first + 1, last), path.slice(last + 1)];
}

/** "proactive.regulations.inForce" → "二、主动公开政府信息情况 / 规章 / 现行有效件数". */
function labelOf(format, path) {
  const [table, row, column] = cellPath(path);
  const t = format.tables.find((x) => x.key === table);
  if (!t) return path;
  for (const b of t.blocks) {
    const rw = b.rows.find((x) => x.key === row);
    const c = b.columns.find((x) => x.key === column);
    if (rw && c) return `${t.numeral}、${t.title} / ${[...(rw.groups || []), rw.label].join(' ')} / ${c.label}`;
  }
  return path;
}

function valueOf(report, path) {
  const [table, row, column] = cellPath(path);
  const v = ((report.tables[table] || {})[row] || {})[column];
  return v === null || v === undefined ? '空白' : String(v);
}

function derivedPanel(editor) {
  const slot = h('div', { id: 'derived-list' });
  const load = async () => {
    try {
      const r = await get(`manage/reports/${editor.org.slug}/${editor.year}/derived`);
      showProposals(editor, slot, r.data);
    } catch (error) {
      showError(error);
    }
  };
  return h(
    'section',
    { class: 'card', id: 'derived', 'aria-labelledby': 'de-h' },
    h('h2', { id: 'de-h' }, '根据本系统信息建议的数据'),
    h('p', { class: 'hint' }, '按本机构在本系统发布的信息和依申请公开登记簿统计（表三、表四），仅为建议：勾选采用，未勾选的保持不变；采用后仍可在表格中修改。'),
    h('p', { class: 'actions' }, h('button', { type: 'button', id: 'derived-load', onclick: load }, '读取建议数据')),
    slot,
  );
}

function showProposals(editor, slot, proposal) {
  const accepted = new Set(editor.report.derived || []);
  const boxes = [];
  const option = (key, label, current, proposed) => {
    const box = h('input', { type: 'checkbox', name: 'accept', value: key, id: `accept-${key.replaceAll('.', '-')}` });
    boxes.push(box);
    return h('li', {},
      box, ' ',
      h('label', { for: box.id }, label),
      h('span', { class: 'hint' }, `（现为 ${current}，建议 ${proposed}${accepted.has(key) ? '，已采用' : ''}）`));
  };
  const items = [];
  if (proposal.overview) {
    items.push(option('overview', '一、总体情况：追加统计句', '—', proposal.overview.sentence));
  }
  for (const [path, value] of Object.entries(proposal.cells || {})) {
    items.push(option(path, labelOf(editor.report.format, path), valueOf(editor.report, path), String(value)));
  }
  const accept = async () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!chosen.length) {
      alertBanner('请先勾选要采用的数据。');
      return;
    }
    try {
      const r = await post(`manage/reports/${editor.org.slug}/${editor.year}/derived`, {
        etag: editor.etag || etagOf(editor.report.version),
        json: { accept: chosen },
      });
      editor.replaced(r, `已采用 ${chosen.length} 项建议数据。`);
    } catch (error) {
      showError(error, { onStale: editor.reload });
    }
  };
  replace(
    slot,
    items.length ? h('ul', { class: 'proposals' }, items) : h('p', {}, '没有可建议的数据。'),
    items.length
      ? h('p', { class: 'actions' },
        h('button', { type: 'button', id: 'derived-all', onclick: () => boxes.forEach((b) => { b.checked = true; }) }, '全部勾选'),
        ' ',
        h('button', { type: 'button', id: 'derived-accept', class: 'primary', onclick: accept }, '采用所选'))
      : null,
  );
}

function correctionPanel(editor) {
  const reason = h('textarea', { name: 'reason', id: 'correction-reason', rows: 3, maxlength: 500 });
  const start = () => {
    editor.correcting = true;
    editor.render();
    document.getElementById('correction-reason')?.focus();
  };
  const submit = async () => {
    const text = reason.value.trim();
    if (!text) {
      showError({ status: 400, fields: [{ name: 'reason', reason: '请填写更正原因' }], problem: {} }, { form: reason.form });
      reason.focus();
      return;
    }
    const tables = editor.tables();
    if (!tables) return;
    const f = editor.form.elements;
    try {
      const r = await post(`manage/reports/${editor.org.slug}/${editor.year}/corrections`, {
        etag: editor.etag || etagOf(editor.report.version),
        json: {
          reason: text,
          overview: f.namedItem('overview').value,
          problems: f.namedItem('problems').value,
          other: f.namedItem('other').value,
          tables,
        },
      });
      editor.correcting = false;
      editor.replaced(r, '更正已发布，原内容与更正原因一并公开。');
    } catch (error) {
      if (error.status === 422 && Array.isArray(error.problem.violations)) {
        editor.showViolations(error.problem.violations, true);
        alertBanner(`不能更正：${error.problem.detail || ''}。错误已在表格中标出。`);
      } else {
        showError(error, { onStale: editor.reload });
      }
    }
  };
  return h(
    'form',
    { class: 'card', id: 'correction', 'aria-labelledby': 'co-h', novalidate: true, onsubmit: (e) => { e.preventDefault(); submit(); } },
    h('h2', { id: 'co-h' }, '更正已发布的报告'),
    editor.correcting
      ? [
        h('p', { class: 'hint' }, '表格和文字现在可以修改。提交后，更正前的内容和更正原因会一并公开。'),
        field('更正原因', reason, '必填，最多 500 字'),
        h('p', { class: 'actions' }, h('button', { type: 'submit', id: 'correction-submit', class: 'primary' }, '提交更正')),
      ]
      : h('p', { class: 'actions' }, h('button', { type: 'button', id: 'correction-start', onclick: start }, '开始更正')),
  );
}

function originalPanel(editor, mayUpload) {
  const r = editor.report;
  const o = r.original;
  const file = h('input', { type: 'file', id: 'original-file', name: 'original', accept: OFFICE_FILES });
  const upload = async () => {
    const chosen = file.files[0];
    if (!chosen) {
      alertBanner('请先选择原件文件。');
      return;
    }
    try {
      const res = await put(`manage/reports/${editor.org.slug}/${editor.year}/original`, {
        etag: editor.etag || etagOf(r.version),
        query: { name: chosen.name },
        body: chosen,
        contentType: chosen.type || 'application/octet-stream',
      });
      editor.replaced(res, `原件 ${chosen.name} 已保存。`);
    } catch (error) {
      showError(error, { onStale: editor.reload });
    }
  };
  const size = o ? `${Math.max(1, Math.round(o.size / 1024))} KB` : '';
  return h(
    'section',
    { class: 'card', id: 'original', 'aria-labelledby': 'or-h' },
    h('h2', { id: 'or-h' }, '报告原件'),
    o
      ? h('p', { id: 'original-current' }, r.state === 'PUBLISHED'
        ? h('a', { href: new URL(o.url.replace(/^\/api\/v1\//, ''), BASE).href, download: o.fileName }, o.fileName)
        : o.fileName, `（${size}）`)
      : h('p', { class: 'hint' }, '还没有原件。可上传机关印发的 Word 或 PDF 文件，报告发布后供公众下载。'),
    mayUpload
      ? [field(o ? '替换原件' : '上传原件', file, 'Word、WPS、PDF、OFD 或网页文件'),
        h('p', { class: 'actions' }, h('button', { type: 'button', id: 'original-upload', onclick: upload }, '上传'))]
      : null,
  );
}

function historyPanel(r) {
  return h(
    'section',
    { class: 'card', id: 'corrections', 'aria-labelledby': 'ch-h' },
    h('h2', { id: 'ch-h' }, `更正记录（${r.corrections.length} 次）`),
    h('ol', {}, r.corrections.map((c) => h('li', {}, `${(c.correctedAt || '').slice(0, 10)}：${c.reason}`))),
  );
}
