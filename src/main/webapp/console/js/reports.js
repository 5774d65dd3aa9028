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
  const published = (await get('reports', { query: { organisation: org.slug } })).data;
  const list = Array.isArray(published) ? published : published.items || [];
  const thisYear = new Date().getFullYear() - 1;

  const file = h('input', { type: 'file', name: 'file', id: 'report-file', accept: '.txt,.md,.html,.htm,.docx' });
  const year = h('input', { type: 'number', name: 'year', id: 'import-year', min: 2008, max: 2100, value: thisYear });
  const importForm = h(
    'form',
    { class: 'card', id: 'report-import-form', novalidate: true, 'aria-labelledby': 'ri-h' },
    h('h2', { id: 'ri-h' }, '导入年度报告'),
    h('p', { class: 'hint' }, '纯文本、HTML 或 Word（.docx）文件；导入为草稿，并列出无法读取的部分。'),
    field('报告文件', file),
    field('报告年度', year),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'report-import' }, '导入')),
  );
  importForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(importForm);
    const chosen = file.files[0];
    if (!chosen) {
      showError({ status: 400, fields: [{ name: 'file', reason: '请先选择文件' }], problem: {} }, { form: importForm });
      return;
    }
    const ext = (chosen.name.split('.').pop() || '').toLowerCase();
    try {
      const r = await post(`manage/organisations/${org.slug}/reports/import`, {
        query: { year: year.value, name: chosen.name },
        body: chosen,
        contentType: TYPES[ext] || chosen.type || 'text/plain; charset=UTF-8',
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

  replace(
    main,
    h('h1', {}, `${org.name} · 政府信息公开工作年度报告`),
    h('div', { class: 'editor' }, importForm, h('div', { class: 'side' }, openForm,
      h('section', { class: 'card', 'aria-labelledby': 'rp-h' }, h('h2', { id: 'rp-h' }, '已发布的报告'),
        list.length
          ? h('ul', {}, list.map((r) => h('li', {}, h('a', { href: `#/reports/${r.year}` }, `${r.year} 年度`), `（${r.format}，${r.publishedOn || ''}）`)))
          : h('p', { class: 'hint' }, '还没有已发布的报告。')))),
  );
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

