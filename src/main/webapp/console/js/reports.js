// Annual reports: import a file as a draft (with the importer's notes), open a year's report.

import { get, post } from './api.js';
import { field, h, replace } from './dom.js';
import { clearFieldErrors, flashNext, showError } from './errors.js';
import { go } from './nav.js';
import { ReportEditor } from './report-editor.js';
import { current } from './session.js';

/** The notes of the last import, shown above the draft it made. */
let lastImport = null;

const TYPES = {
  txt: 'text/plain; charset=UTF-8',
  text: 'text/plain; charset=UTF-8',
  md: 'text/markdown; charset=UTF-8',
  html: 'text/html; charset=UTF-8',
  htm: 'text/html; charset=UTF-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export async function reportsView(main) {
  const org = current();
  if (!org) return;
  const all = (await get('manage/reports', { query: { organisation: org.slug } })).data || [];
  const thisYear = new Date().getFullYear() - 1;

  const file = h('input', { type: 'file', name: 'file', id: 'report-file', accept: '.txt,.md,.html,.htm,.docx' });
  const year = h('input', { type: 'number', name: 'year', id: 'import-year', min: 2008, max: 2100, value: thisYear });
  const publishedOn = h('input', { type: 'date', name: 'publishedOn', id: 'import-published-on' });
  const previewSlot = h('div', { id: 'report-preview' });
  const importForm = h(
    'form',
    { class: 'card', id: 'report-import-form', novalidate: true, 'aria-labelledby': 'ri-h' },
    h('h2', { id: 'ri-h' }, '导入年度报告'),
    h('p', { class: 'hint' }, '纯文本、HTML 或 Word（.docx）文件。先预览：读取的数据和勾稽关系检查结果标在表格上，确认后再导入为草稿。'),
    field('报告文件', file),
    field('报告年度', year),
    field('原发布日期', publishedOn, '往年报告填写机关当年的发布日期；不填则以发布当天为准'),
    h('p', { class: 'actions' },
      h('button', { type: 'button', id: 'report-preview-button', class: 'primary', onclick: () => preview() }, '预览'),
      h('button', { type: 'submit', id: 'report-import' }, '导入为草稿')),
  );

  const chosenFile = () => {
    const chosen = file.files[0];
    if (!chosen) {
      showError({ status: 400, fields: [{ name: 'file', reason: '请先选择文件' }], problem: {} }, { form: importForm });
    }
    return chosen;
  };
  const typeOf = (chosen) => TYPES[(chosen.name.split('.').pop() || '').toLowerCase()] || chosen.type || 'text/plain; charset=UTF-8';

  async function preview() {
    clearFieldErrors(importForm);
    const chosen = chosenFile();
    if (!chosen) return;
    try {
      const r = await post('manage/reports/parse', {
        query: { organisation: org.slug, year: year.value },
        body: chosen,
        contentType: typeOf(chosen),
      });
      showPreview(previewSlot, org, r.data, chosen.name, Number(year.value));
    } catch (error) {
      showError(error, { form: importForm });
    }
  }

  importForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(importForm);
    const chosen = chosenFile();
    if (!chosen) return;
    try {
      const r = await post(`manage/organisations/${org.slug}/reports/import`, {
        query: { year: year.value, name: chosen.name, publishedOn: publishedOn.value },
        body: chosen,
        contentType: typeOf(chosen),
      });
      lastImport = { slug: org.slug, year: r.data.year, notes: r.data.notes || [], fileName: chosen.name };
      flashNext(`已导入 ${chosen.name}，生成 ${r.data.year} 年度报告草稿。`);
      go(`#/reports/${r.data.year}`);
    } catch (error) {
      showError(error, { form: importForm });
    }
  });

  const openYear = h('input', { type: 'number', name: 'year', id: 'open-year', min: 2008, max: 2100, value: thisYear });
  const openForm = h(
    'form',
    { class: 'card', id: 'report-open-form', 'aria-labelledby': 'ro-h' },
    h('h2', { id: 'ro-h' }, '打开报告'),
    field('年度', openYear),
    h('p', { class: 'actions' }, h('button', { type: 'submit' }, '打开')),
  );
  openForm.addEventListener('submit', (e) => {
    e.preventDefault();
    go(`#/reports/${openYear.value}`);
  });

  const state = (r) => (r.state === 'DRAFT' ? '草稿' : '已发布');
  replace(
    main,
    h('h1', {}, `${org.name} · 政府信息公开工作年度报告`),
    h('div', { class: 'editor' }, importForm, h('div', { class: 'side' }, openForm,
      h('section', { class: 'card', 'aria-labelledby': 'rp-h', id: 'report-list' }, h('h2', { id: 'rp-h' }, '本机构的报告'),
        all.length
          ? h('ul', {}, all.map((r) => h('li', { 'data-year': r.year },
            h('a', { href: `#/reports/${r.year}` }, `${r.year} 年度`),
            `（${state(r)}${r.format ? `，${r.format} 格式` : ''}${r.publishedOn ? `，${r.state === 'DRAFT' ? '拟' : ''}发布于 ${r.publishedOn}` : ''}）`)))
          : h('p', { class: 'hint' }, '还没有报告。')))),
    previewSlot,
  );
}

/** What a file would import as: its cells in the official layout, the checks on them, the notes. */
function showPreview(slot, org, parsed, fileName, givenYear) {
  if (!parsed.layout) {
    replace(slot, h('section', { class: 'card', id: 'preview-no-year' }, h('h2', {}, '预览'),
      h('p', {}, '文件中没有找到报告年度，请在“报告年度”中填写后再预览。')));
    return;
  }
  const report = {
    state: 'PREVIEW',
    format: parsed.layout,
    tables: parsed.tables || {},
    sections: parsed.sections || {},
    checks: parsed.findings || [],
  };
  new ReportEditor({
    main: slot,
    org,
    year: parsed.year ?? givenYear,
    report,
    notes: { fileName, notes: parsed.notes || [] },
    preview: true,
  }).render();
}

export async function reportView(main, year) {
  const org = current();
  if (!org) return;
  let r;
  try {
    r = await get(`manage/reports/${org.slug}/${year}`);
  } catch (error) {
    if (error.status !== 404) throw error;
    const create = h('button', {
      type: 'button',
      class: 'primary',
      id: 'report-create',
      onclick: async () => {
        try {
          await post('manage/reports', { json: { organisation: org.slug, year } });
          go(`#/reports/${year}`);
        } catch (e) {
          showError(e);
        }
      },
    }, `新建 ${year} 年度空白草稿`);
    replace(main, h('h1', {}, `${org.name} · ${year} 年度报告`), h('p', {}, '还没有这一年度的报告。'), h('p', {}, create),
      h('p', {}, h('a', { href: '#/reports' }, '← 返回年度报告')));
    return;
  }
  const notes = lastImport && lastImport.slug === org.slug && lastImport.year === year ? lastImport : null;
  new ReportEditor({ main, org, year, report: r.data, etag: r.etag, notes, reload: () => reportView(main, year) }).render();
}

