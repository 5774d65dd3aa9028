// Editing a report draft in the official table layout; the 勾稽关系 check puts every violation on
// the cell it concerns (highlighted, with its message, linked by aria-describedby).

import { etagOf, post, put } from './api.js';
import { field, h, replace, uid } from './dom.js';
import { alertBanner, clearFieldErrors, notice, showError } from './errors.js';
import { reportPanels } from './report-panels.js';
import { can } from './session.js';

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** One report: sections and tables to edit, the check with its findings on the cells, publication. */
export class ReportEditor {
  constructor({ main, org, year, report, etag, notes, reload, preview }) {
    Object.assign(this, { main, org, year, report, etag, notes, reload, preview: Boolean(preview) });
    this.cells = new Map();
    this.dirty = false;
  }

  render() {
    const r = this.report;
    const draft = r.state === 'DRAFT';
    const { notes } = this;
    this.cells.clear();
    this.violationsSlot = h('section', { class: 'card', id: 'violations', 'aria-labelledby': 'vi-h', tabindex: '-1' });
    this.form = h(
      'form',
      { id: this.preview ? 'preview-form' : 'report-form', novalidate: true, 'aria-label': this.preview ? '预览内容' : '年度报告内容' },
      this.sectionField('overview', '一、总体情况', r.sections.overview),
      r.format.tables.map((t) => this.table(t, draft || this.correcting)),
      this.sectionField('problems', '五、存在的主要问题及改进情况', r.sections.problems),
      this.sectionField('other', '六、其他需要报告的事项', r.sections.other),
    );
    if (this.preview) {
      replace(
        this.main,
        h('h2', { id: 'preview-h' }, `预览：${notes.fileName} · ${this.year} 年度（${r.format.id} 格式）`),
        h('p', { class: 'hint' }, '尚未保存。报告自身的勾稽关系错误已标在单元格上；确认后点击“导入为草稿”。'),
        this.notesPanel(notes),
        this.violationsSlot,
        this.form,
      );
      this.showViolations(r.checks || [], false);
      return;
    }
    this.form.addEventListener('input', () => {
      this.dirty = true;
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
    this.publishedOn = h('input', { type: 'date', id: 'report-published-on', name: 'publishedOn', value: r.publishedOn || '' });
    const reviewer = can('REVIEWER', this.org.slug);
    const buttons = h(
      'p',
      { class: 'actions sticky' },
      draft ? h('button', { type: 'button', id: 'report-save', onclick: () => this.save() }, '保存草稿') : null,
      h('button', { type: 'button', id: 'report-check', class: 'primary', onclick: () => this.check() }, '检查勾稽关系'),
      draft && reviewer
        ? h('span', { class: 'inline-field' },
          h('label', { for: 'report-published-on' }, '发布日期'), this.publishedOn,
          h('button', { type: 'button', id: 'report-publish', onclick: () => this.publish() }, '发布'))
        : null,
    );
    replace(
      this.main,
      h('h1', {}, `${this.org.name} · ${this.year} 年度报告`),
      h('p', { class: 'toolbar' }, h('a', { href: '#/reports' }, '← 返回年度报告'), ' ',
        h('span', { id: 'report-state' }, draft ? `草稿${r.publishedOn ? `（拟发布日期 ${r.publishedOn}）` : ''}` : `已发布 ${r.publishedOn || ''}`),
        ` · 格式 ${r.format.id}（${r.format.basis}）· 版本 ${r.version}`),
      notes ? this.notesPanel(notes) : null,
      this.violationsSlot,
      buttons,
      this.form,
      reportPanels(this),
    );
    this.showViolations(r.checks || [], false);
  }

  sectionField(name, label, value) {
    const readonly = this.preview || (this.report.state !== 'DRAFT' && !this.correcting);
    return h('section', { class: 'card' }, field(label, h('textarea', { name, rows: 6, value: value ?? '', readonly: readonly ? true : null }), 'HTML 段落'));
  }

  notesPanel(notes) {
    const level = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
    return h(
      'section',
      { class: 'card', id: 'import-notes', 'aria-labelledby': 'in-h' },
      h('h2', { id: 'in-h' }, `导入说明：${notes.fileName}（${notes.notes.length} 条）`),
      notes.notes.length
        ? h('ul', { class: 'notes' }, notes.notes.map((n) =>
            h('li', { class: `note-${(n.level || '').toLowerCase()}` },
              h('strong', {}, level[n.level] || n.level), ' ',
              [n.table, n.row, n.column].filter(Boolean).join(' / '), n.table ? '：' : '', n.message)))
        : h('p', {}, '文件中的内容全部读取成功。'),
    );
  }

  table(t, editable) {
    return h(
      'section',
      { class: 'card report-table', 'aria-labelledby': `t-${t.key}` },
      h('h2', { id: `t-${t.key}` }, `${t.numeral}、${t.title}`),
      t.blocks.map((b) =>
        h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': b.caption || `${t.numeral}、${t.title}` }, h(
          'table',
          { class: 'cells', 'data-table': t.key },
          b.caption ? h('caption', {}, b.caption) : null,
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '信息内容'),
            b.columns.map((c) => h('th', { scope: 'col' }, [...(c.groups || []), c.label].join(' · '))))),
          h('tbody', {}, b.rows.map((row) => {
            const rowLabel = [...(row.groups || []), row.label].join(' ');
            return h('tr', { 'data-row': row.key },
              h('th', { scope: 'row' }, rowLabel),
              b.columns.map((c) => this.cell(t, row, c, rowLabel, editable)));
          })),
        )),
      ),
    );
  }

  cell(t, row, column, rowLabel, editable) {
    const value = ((this.report.tables[t.key] || {})[row.key] || {})[column.key];
    const input = h('input', {
      type: 'text',
      inputmode: 'decimal',
      name: `${t.key}.${row.key}.${column.key}`,
      value: value === null || value === undefined ? '' : String(value),
      'aria-label': `${t.numeral} ${rowLabel} ${column.label}`,
      readonly: editable ? null : true,
      'data-table': t.key,
      'data-row': row.key,
      'data-column': column.key,
    });
    this.cells.set(`${t.key}|${row.key}|${column.key}`, input);
    return h('td', {}, input);
  }

  /** The tables as the API takes them; null when a cell is not a number (it is marked). */
  tables() {
    const out = {};
    let bad = null;
    for (const [key, input] of this.cells) {
      const [t, row, column] = key.split('|');
      const raw = input.value.replace(/[,，\s]/g, '');
      let value = null;
      if (raw !== '') {
        if (!NUMBER.test(raw)) {
          bad = bad || input;
          this.markCell(input, 'error', '请填写数字（可为负数或小数），不填表示空白');
          continue;
        }
        value = Number(raw);
      }
      ((out[t] ||= {})[row] ||= {})[column] = value;
    }
    if (bad) {
      alertBanner('有单元格不是数字，已标出。');
      bad.focus();
      return null;
    }
    return out;
  }

  async save() {
    this.clearCells();
    clearFieldErrors(this.form);
    const tables = this.tables();
    if (!tables) return false;
    const f = this.form.elements;
    try {
      const r = await put(`manage/reports/${this.org.slug}/${this.year}`, {
        etag: this.etag,
        json: {
          organisation: this.org.slug,
          year: this.year,
          overview: f.namedItem('overview').value,
          problems: f.namedItem('problems').value,
          other: f.namedItem('other').value,
          tables,
        },
      });
      this.report = r.data;
      this.etag = r.etag;
      this.render();
      notice(`草稿已保存（版本 ${this.report.version}）。`);
      return true;
    } catch (error) {
      showError(error, { form: this.form, onStale: this.reload });
      return false;
    }
  }

  async check() {
    if (this.dirty && this.report.state === 'DRAFT' && !(await this.save())) return;
    try {
      const r = await post(`manage/reports/${this.org.slug}/${this.year}/check`);
      const found = this.showViolations(r.data || [], true);
      if (!found.errors && !found.warnings) notice('检查完成：没有发现问题。');
      else alertBanner(`检查完成：${found.errors} 个错误，${found.warnings} 个警告，已在表格中标出。`);
    } catch (error) {
      showError(error);
    }
  }

  async publish() {
    if (this.dirty && !(await this.save())) return;
    try {
      const r = await post(`manage/reports/${this.org.slug}/${this.year}/publish`, {
        etag: this.etag || etagOf(this.report.version),
        query: { publishedOn: this.publishedOn ? this.publishedOn.value : '' },
      });
      this.report = r.data;
      this.etag = r.etag;
      this.render();
      notice(`${this.year} 年度报告已发布。`);
    } catch (error) {
      if (error.status === 422 && Array.isArray(error.problem.violations)) {
        this.showViolations(error.problem.violations, true);
        alertBanner(`不能发布：${error.problem.detail || ''}。错误已在表格中标出。`);
      } else {
        showError(error, { form: this.form, onStale: this.reload });
      }
    }
  }

  /** Takes a report the API answered with, and shows it. */
  replaced(r, message) {
    this.report = r.data;
    this.etag = r.etag;
    this.dirty = false;
    this.render();
    if (message) notice(message);
  }

  clearCells() {
    for (const el of this.main.querySelectorAll('.cell-msg')) el.remove();
    for (const td of this.main.querySelectorAll('td.violation-error, td.violation-warning, th.violation-error, th.violation-warning')) {
      td.classList.remove('violation-error', 'violation-warning');
    }
    for (const input of this.cells.values()) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }

  markCell(input, severity, message) {
    const td = input.closest('td');
    td.classList.add(`violation-${severity}`);
    if (severity === 'error') input.setAttribute('aria-invalid', 'true');
    const id = uid('cellmsg');
    td.append(h('span', { class: 'cell-msg', id }, message));
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  }

  /** Puts each violation on its cell (or row), and lists them all with links to the cells. */
  showViolations(violations, announce) {
    this.clearCells();
    let errors = 0;
    let warnings = 0;
    const items = violations.map((v) => {
      const severity = v.severity === 'ERROR' ? 'error' : 'warning';
      if (severity === 'error') errors += 1;
      else warnings += 1;
      const text = `${v.rule}：${v.message}${v.expected !== null && v.expected !== undefined ? `（应为 ${v.expected}，实为 ${v.actual ?? '空白'}）` : ''}`;
      const input = this.cells.get(`${v.table}|${v.row}|${v.column}`);
      let target = input;
      if (input) {
        this.markCell(input, severity, text);
      } else if (v.table && v.row) {
        const tr = this.main.querySelector(`table[data-table="${CSS.escape(v.table)}"] tr[data-row="${CSS.escape(v.row)}"]`);
        if (tr) {
          const th = tr.querySelector('th');
          th.classList.add(`violation-${severity}`);
          th.append(h('span', { class: 'cell-msg' }, text));
          target = tr.querySelector('input');
        }
      }
      const where = [v.tableLabel, v.rowLabel, v.columnLabel].filter(Boolean).join(' / ');
      return h('li', { class: `note-${severity}` },
        h('strong', {}, severity === 'error' ? '错误' : '警告'), ' ', where ? `${where}：` : '', text, ' ',
        target ? h('button', { type: 'button', class: 'small link', onclick: () => target.focus() }, '定位') : null);
    });
    replace(
      this.violationsSlot,
      h('h2', { id: 'vi-h' }, violations.length ? `勾稽关系检查：${errors} 个错误，${warnings} 个警告` : '勾稽关系检查：没有发现问题'),
      violations.length ? h('ul', { class: 'notes' }, items) : null,
    );
    if (announce && violations.length) this.violationsSlot.focus();
    return { errors, warnings };
  }
}

