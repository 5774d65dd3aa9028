import { GongkaiElement, missing } from './lib/element.js';
import { h, replace, richText, scrollRegion, uid, dateOf } from './lib/dom.js';

/**
 * `<gk-report organisation="jrjgfwzx" year="2019">`: an organisation's annual reports
 * (政府信息公开工作年度报告): the years published, and one report with its text sections and the
 * official tables 二, 三 and 四 in the printed layout. The layout is the server's
 * (`GET /reports/{slug}/{year}/layout`, the same one the HTML fragment and the Word file are
 * rendered from): this element only draws its rows of cells, knowing nothing of the form. Every
 * data cell names its row and column headers through `headers`, so a screen reader reads a figure
 * with its labels. Printable on A4.
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
    let layout = null;
    try {
      const path = `reports/${encodeURIComponent(organisation)}/${year}`;
      report = await this.api.get(path);
      if (report.structured !== false) layout = await this.api.get(`${path}/layout`);
    } catch (e) {
      if (current()) replace(this.body, this.problem(e));
      this.body.removeAttribute('aria-busy');
      return;
    }
    if (!current()) return;
    this.body.removeAttribute('aria-busy');
    this.dataset.year = String(year);
    replace(this.body, this.report(report, layout));
    if (focus) this.body.querySelector('h1').focus();
  }

  report(r, layout) {
    const key = uid(`${this.key}-${r.year}-`);
    const title = r.title || `${r.organisation.name}${r.year}年政府信息公开工作年度报告`;
    if (r.structured === false) return this.pastPage(r, key, title);
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
      layout.parts.map((part, i) => (part.table
        ? table(`${key}-p${i + 1}`, part.heading, part.table)
        : section(`${key}-p${i + 1}`, part.heading, r.sections[part.section]))),
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

/**
 * A table of the layout under its heading, in a region that scrolls sideways on a phone: its row
 * groups as thead/tbody, each cell with the spans, scope and header ids the server gave (ids made
 * unique on the page by the element's own prefix).
 */
function table(id, heading, t) {
  const ref = (local) => `${id}-${local}`;
  const cell = (c) => {
    const attrs = {
      colspan: c.colspan > 1 ? c.colspan : null,
      rowspan: c.rowspan > 1 ? c.rowspan : null,
      headers: c.headers.length > 0 ? c.headers.map(ref).join(' ') : null,
    };
    return c.header
      ? h('th', { id: ref(c.id), scope: c.scope, ...attrs }, c.text)
      : h('td', { 'data-cell': c.cell, class: c.text === null ? 'gk-blank' : null, ...attrs }, c.text ?? '');
  };
  return h('section', { class: 'gk-report-table', 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h` }, heading),
    scrollRegion(
      h('table', { class: 'gk-table', 'data-table': t.key, 'aria-labelledby': `${id}-h`, part: 'table' },
        t.groups.map((g) => h(g.head ? 'thead' : 'tbody', {}, g.rows.map((row) => h('tr', {}, row.map(cell)))))),
      `${heading}（表格）`));
}
