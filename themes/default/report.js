import { GongkaiElement, missing } from './lib/element.js';
import { h, replace, richText, scrollRegion, uid, dateOf } from './lib/dom.js';

/**
 * `<gk-report organisation="jrjgfwzx" year="2019">`: an organisation's annual reports
 * (政府信息公开工作年度报告): the years published, and one report with its text sections and the
 * official tables 二, 三 and 四 in the printed layout (the same row and column spans as the
 * server's HTML fragment, ReportHtml). Every data cell names its row and column headers through
 * `headers`, so a screen reader reads a figure with its labels. Printable on A4.
 *
 * Attributes: `organisation` (else `?organisation=`), `year` (else `?year=`, else the latest),
 * `api`, `no-years` (hide the list of years).
 */
export class GkReport extends GongkaiElement {
  static get observedAttributes() {
    return ['api', 'organisation', 'year', 'no-years'];
  }

  async load(current) {
    const organisation = this.param('organisation');
    if (!organisation) throw missing('organisation');
    replace(this.view, GongkaiElement.loading());
    const reports = await this.api.get('reports', { organisation });
    if (!current()) return;
    const key = uid('gk-report-');
    this.key = key;
    this.body = h('div', { class: 'gk-report-body' });
    if (reports.length === 0) {
      replace(this.view, h('p', { class: 'gk-empty' }, '暂无已发布的年度报告。'));
      return;
    }
    const wanted = this.param('year');
    const year = reports.some((r) => String(r.year) === wanted) ? Number(wanted) : reports[0].year;
    this.years = this.hasAttribute('no-years') ? null : h('nav', { class: 'gk-years', 'aria-label': '报告年度', part: 'years' },
      h('ul', {}, reports.map((r) => h('li', {},
        h('a', {
          href: `?organisation=${encodeURIComponent(organisation)}&year=${r.year}`,
          class: 'gk-year',
          'data-year': r.year,
          onclick: (e) => { e.preventDefault(); this.show(organisation, r.year, { focus: true }); },
        }, `${r.year}年`)))));
    replace(this.view, h('div', { class: 'gk-report-page' }, this.years, this.body));
    await this.show(organisation, year, { current });
  }

  async show(organisation, year, { current = this.current, focus = false } = {}) {
    for (const a of this.years ? this.years.querySelectorAll('a') : []) {
      if (a.dataset.year === String(year)) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    this.body.setAttribute('aria-busy', 'true');
    let report;
    try {
      report = await this.api.get(`reports/${encodeURIComponent(organisation)}/${year}`);
    } catch (e) {
      if (current()) replace(this.body, this.problem(e));
      this.body.removeAttribute('aria-busy');
      return;
    }
    if (!current()) return;
    this.body.removeAttribute('aria-busy');
    this.dataset.year = String(year);
    replace(this.body, this.report(report));
    if (focus) this.body.querySelector('h1').focus();
  }

  report(r) {
    const key = uid(`${this.key}-${r.year}-`);
    const title = r.title || `${r.organisation.name}${r.year}年政府信息公开工作年度报告`;
    if (r.structured === false) return this.pastPage(r, key, title);
    const tables = Object.fromEntries(r.format.tables.map((t) => [t.key, t]));
    const values = r.tables || {};
    const base = `reports/${encodeURIComponent(r.organisation.slug)}/${r.year}`;
    return h('article', { class: 'gk-report', 'aria-labelledby': `${key}-title`, 'data-format': r.format.id, part: 'report' },
      h('h1', { id: `${key}-title`, class: 'gk-report-title', tabindex: '-1', part: 'heading' }, title),
      h('p', { class: 'gk-report-meta' },
        r.publishedOn ? h('span', {}, `发布日期：${dateOf(r.publishedOn)}`) : null,
        h('span', {}, `表格格式：${r.format.basis}`)),
      h('ul', { class: 'gk-report-downloads', 'aria-label': '下载' },
        h('li', {}, h('a', { href: this.api.url(`${base}/docx`).href, download: `${title}.docx` }, '下载 Word 版')),
        r.original ? h('li', {}, h('a', { href: this.api.resolve(r.original.url), download: r.original.fileName }, `下载原件（${r.original.fileName}）`)) : null,
        h('li', { class: 'gk-no-print' }, h('button', { type: 'button', class: 'gk-button gk-button-link', onclick: () => window.print() }, '打印'))),
      section(`${key}-s1`, '一、总体情况', r.sections.overview),
      proactive(`${key}-t2`, tables.proactive, values.proactive || {}),
      requests(`${key}-t3`, tables.requests, values.requests || {}),
      appeals(`${key}-t4`, tables.appeals, values.appeals || {}),
      section(`${key}-s5`, '五、存在的主要问题及改进情况', r.sections.problems),
      section(`${key}-s6`, '六、其他需要报告的事项', r.sections.other),
      corrections(r.corrections || []));
  }

  /**
   * A past year's report brought over from the old site whose tables were not read: its text as
   * published, and the original page to download. Nothing is shown as a table that was not read.
   */
  pastPage(r, key, title) {
    const paragraphs = (r.text || '').split('\n').map((p) => p.trim()).filter(Boolean);
    return h('article', { class: 'gk-report gk-report-text', 'aria-labelledby': `${key}-title`, 'data-structured': 'false', part: 'report' },
      h('h1', { id: `${key}-title`, class: 'gk-report-title', tabindex: '-1', part: 'heading' }, title),
      h('p', { class: 'gk-report-meta' },
        r.publishedOn ? h('span', {}, `发布日期：${dateOf(r.publishedOn)}`) : null),
      h('p', { class: 'gk-note', role: 'note' }, '本报告由原网站迁移，以原文呈现，未逐表核对。'),
      r.original ? h('ul', { class: 'gk-report-downloads', 'aria-label': '下载' },
        h('li', {}, h('a', { href: this.api.resolve(r.original.url), download: r.original.fileName }, '下载原网页')),
        /^https?:\/\//i.test(r.originalUrl || '') ? h('li', {}, h('a', { href: r.originalUrl, rel: 'noopener noreferrer' }, '原网址')) : null) : null,
      h('div', { class: 'gk-report-original' }, paragraphs.map((p) => h('p', {}, p))));
  }
}

function section(id, heading, html) {
  return h('section', { class: 'gk-report-section', 'aria-labelledby': id },
    h('h2', { id }, heading),
    html ? richText(html) : h('p', {}, '无。'));
}

function corrections(list) {
  if (list.length === 0) return null;
  return h('section', { class: 'gk-corrections', 'aria-label': '更正记录' },
    h('h2', {}, '更正说明'),
    h('ul', {}, list.map((c) => h('li', {}, `${dateOf(c.correctedAt)}　第${c.number}次更正：${c.reason || ''}`))));
}

/** A table under its heading, in a region that scrolls sideways on a phone. */
function table(id, t, ...rows) {
  const heading = `${t.numeral}、${t.title}`;
  return h('section', { class: 'gk-report-table', 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h` }, heading),
    scrollRegion(
      h('table', { class: 'gk-table', 'data-table': t.key, 'aria-labelledby': `${id}-h`, part: 'table' }, rows),
      `${heading}（表格）`));
}

function th(id, label, { colspan = 1, rowspan = 1, scope = 'col', headers = null, className = null } = {}) {
  return h('th', {
    id,
    class: className,
    scope,
    headers,
    colspan: colspan > 1 ? colspan : null,
    rowspan: rowspan > 1 ? rowspan : null,
  }, label);
}

function td(value, headers, cell, colspan = 1) {
  const empty = value === null || value === undefined;
  return h('td', {
    headers: headers.filter(Boolean).join(' '),
    'data-cell': cell,
    colspan: colspan > 1 ? colspan : null,
    class: empty ? 'gk-blank' : null,
  }, empty ? '' : String(value));
}

function valueOf(values, row, column) {
  const r = values[row];
  return r ? r[column] : null;
}

/** 二: one block per 第二十条 item — caption row, header row (信息内容 …), data rows. */
function proactive(id, t, values) {
  const width = Math.max(...t.blocks.map((b) => b.columns.length)) + 1;
  const bodies = t.blocks.map((b, bi) => {
    const block = `${id}-b${bi}`;
    const spanOf = (i) => (i === b.columns.length - 1 ? width - b.columns.length : 1);
    return h('tbody', {},
      h('tr', { class: 'gk-block-caption' }, th(block, b.caption, { colspan: width, scope: 'colgroup' })),
      h('tr', {},
        th(`${block}-label`, '信息内容'),
        b.columns.map((c, ci) => th(`${block}-c${ci}`, c.label, { colspan: spanOf(ci) }))),
      b.rows.map((r, ri) => h('tr', {},
        th(`${block}-r${ri}`, r.label, { scope: 'row', headers: `${block}-label` }),
        b.columns.map((c, ci) => td(valueOf(values, r.key, c.key),
          [block, `${block}-c${ci}`, `${block}-r${ri}`], `${r.key}.${c.key}`, spanOf(ci))))));
  });
  return table(id, t, bodies);
}

/**
 * 三: three label columns (the 勾稽 note above them), 申请人情况 over 自然人, 法人或其他组织 (five
 * kinds) and 总计; results nest 三、本年度办理结果 → （三）不予公开 → 1.属于国家秘密.
 */
function requests(id, t, values) {
  const b = t.blocks[0];
  const corner = `${id}-corner`;
  const applicants = `${id}-applicants`;
  const organisations = `${id}-organisations`;
  const columnHeaders = b.columns.map((c, ci) =>
    [applicants, ci >= 1 && ci <= 5 ? organisations : null, `${id}-c${ci}`]);
  const head = h('thead', {},
    h('tr', {},
      th(corner, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { colspan: 3, rowspan: 3, className: 'gk-corner' }),
      th(applicants, '申请人情况', { colspan: 7, scope: 'colgroup' })),
    h('tr', {},
      th(`${id}-c0`, b.columns[0].label, { rowspan: 2 }),
      th(organisations, '法人或其他组织', { colspan: 5, scope: 'colgroup' }),
      th(`${id}-c6`, b.columns[6].label, { rowspan: 2 })),
    h('tr', {}, b.columns.slice(1, 6).map((c, i) => th(`${id}-c${i + 1}`, c.label))));
  const rows = b.rows;
  const results = rows.filter((r) => r.groups.length > 0).length;
  const groupIds = new Map();
  const body = h('tbody', {}, rows.map((r, i) => {
    const cells = [];
    const rowHeaders = [];
    if (r.groups.length === 0) {
      cells.push(th(`${id}-r${i}`, r.label, { colspan: 3, scope: 'row', headers: corner }));
    } else {
      const outer = r.groups[0];
      if (!groupIds.has(outer)) {
        groupIds.set(outer, `${id}-g${groupIds.size}`);
        cells.push(th(groupIds.get(outer), outer, { rowspan: results, scope: 'rowgroup', headers: corner }));
      }
      rowHeaders.push(groupIds.get(outer));
      if (r.groups.length === 1) {
        cells.push(th(`${id}-r${i}`, r.label, { colspan: 2, scope: 'row', headers: corner }));
      } else {
        const inner = r.groups[1];
        if (!groupIds.has(inner)) {
          groupIds.set(inner, `${id}-g${groupIds.size}`);
          const size = rows.filter((x) => x.groups.includes(inner)).length;
          cells.push(th(groupIds.get(inner), inner, { rowspan: size, scope: 'rowgroup', headers: corner }));
        }
        rowHeaders.push(groupIds.get(inner));
        cells.push(th(`${id}-r${i}`, r.label, { scope: 'row', headers: corner }));
      }
    }
    rowHeaders.push(`${id}-r${i}`);
    b.columns.forEach((c, ci) =>
      cells.push(td(valueOf(values, r.key, c.key), [...columnHeaders[ci], ...rowHeaders], `${r.key}.${c.key}`)));
    return h('tr', {}, cells);
  }));
  return table(id, t, head, body);
}

/** 四: 行政复议 (five results) and 行政诉讼 (未经复议直接起诉, 复议后起诉: five each) in one row. */
function appeals(id, t, values) {
  const b = t.blocks[0];
  const groups = { review: `${id}-review`, litigation: `${id}-litigation` };
  const rowIds = b.rows.map((r, ri) => `${id}-r${ri}`);
  const head = h('thead', {},
    h('tr', {},
      th(groups.review, b.rows[0].label, { colspan: 5, scope: 'colgroup' }),
      th(groups.litigation, '行政诉讼', { colspan: 10, scope: 'colgroup' })),
    h('tr', {},
      b.columns.map((c, ci) => th(`${rowIds[0]}-c${ci}`, c.label, { rowspan: 2 })),
      b.rows.slice(1).map((r, ri) => th(rowIds[ri + 1], r.label, { colspan: 5, scope: 'colgroup' }))),
    h('tr', {}, b.rows.slice(1).map((r, ri) =>
      b.columns.map((c, ci) => th(`${rowIds[ri + 1]}-c${ci}`, c.label)))));
  const body = h('tbody', {}, h('tr', {}, b.rows.map((r, ri) =>
    b.columns.map((c, ci) => td(valueOf(values, r.key, c.key),
      [ri === 0 ? groups.review : groups.litigation, ri === 0 ? null : rowIds[ri], `${rowIds[ri]}-c${ci}`],
      `${r.key}.${c.key}`)))));
  return table(id, t, head, body);
}
