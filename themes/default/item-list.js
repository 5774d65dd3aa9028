import { GongkaiElement, missing } from './lib/element.js';
import { h, replace, fill, uid, pager, coverImage } from './lib/dom.js';

/**
 * `<gk-item-list organisation="jrjgfwzx" channel="notices">`: a channel's published items, newest
 * first, with a year filter and paging.
 *
 * Attributes: `organisation`, `channel` (else the page's `?organisation=` / `?channel=`), `year`,
 * `size` (items a page, default 20), `api`, `item-href` (default `?item={id}`), `layout`
 * (`pictures` for a grid of cover pictures, `list` for the list; default: the grid for a picture
 * channel, the catalogue's `pictures`).
 */
export class GkItemList extends GongkaiElement {
  static get observedAttributes() {
    return ['api', 'organisation', 'channel', 'year', 'size', 'item-href', 'layout'];
  }

  constructor() {
    super();
    this.id_ = uid('gk-list-');
  }

  async load(current) {
    const organisation = this.param('organisation');
    if (!organisation) throw missing('organisation');
    const channel = this.param('channel');
    this.state = {
      organisation,
      channel,
      year: this.param('year') || '',
      page: 1,
      size: Number(this.getAttribute('size')) || 20,
    };
    replace(this.view, GongkaiElement.loading());
    const [catalogue, years] = await Promise.all([
      this.api.get(`organisations/${encodeURIComponent(organisation)}/catalogue`),
      this.years(organisation, channel),
    ]);
    if (!current()) return;
    const node = channel ? find(catalogue, channel) : null;
    const title = node ? node.name : '全部公开信息';
    const layout = this.getAttribute('layout');
    this.pictures = layout === 'pictures' || (layout !== 'list' && Boolean(node && node.pictures));
    this.results = h('div', { class: 'gk-results' });
    this.status = h('p', { class: 'gk-status', role: 'status', 'aria-live': 'polite' });
    replace(this.view,
      h('section', { class: 'gk-item-list', 'aria-labelledby': `${this.id_}-title` },
        h('h2', { id: `${this.id_}-title`, class: 'gk-title', part: 'heading', tabindex: '-1' }, title),
        h('form', { class: 'gk-filters', onsubmit: (e) => e.preventDefault() },
          h('label', { for: `${this.id_}-year` }, '年份'),
          h('select', {
            id: `${this.id_}-year`,
            class: 'gk-select',
            onchange: (e) => { this.state.year = e.target.value; this.state.page = 1; this.show(); },
          },
          h('option', { value: '' }, '全部年份'),
          years.map((y) => h('option', { value: y.value, selected: String(y.value) === String(this.state.year) },
            y.count === undefined ? `${y.value}年` : `${y.value}年（${y.count}）`)))),
        this.status,
        this.results));
    await this.show(current);
  }

  /** Years that have items in this channel (from the search facets), else the last 15 years. */
  async years(organisation, channel) {
    try {
      const r = await this.api.get('search', { organisation, channel, type: 'item', size: 1 });
      const years = (r.facets && r.facets.year) || [];
      if (years.length > 0) {
        return years.map((y) => ({ value: y.value, count: y.count }))
          .sort((a, b) => Number(b.value) - Number(a.value));
      }
    } catch (ignored) {
      // the list still works without counts per year
    }
    const now = new Date().getFullYear();
    return Array.from({ length: 15 }, (_, i) => ({ value: now - i }));
  }

  async show(current = this.current) {
    const { organisation, channel, year, page, size } = this.state;
    this.results.setAttribute('aria-busy', 'true');
    let result;
    try {
      result = await this.api.get('items', { organisation, channel, year, page, size });
    } catch (e) {
      if (current()) replace(this.results, this.problem(e));
      this.results.removeAttribute('aria-busy');
      return;
    }
    if (!current()) return;
    this.results.removeAttribute('aria-busy');
    const pages = Math.ceil(result.total / result.size);
    this.status.textContent = `共 ${result.total} 条${year ? `（${year}年）` : ''}`;
    const template = this.template('item-href', '?item={id}');
    replace(this.results,
      result.items.length === 0
        ? h('p', { class: 'gk-empty' }, '暂无信息。')
        : this.pictures ? this.grid(result.items, template)
        : h('ul', { class: 'gk-list', part: 'list' }, result.items.map((item) =>
          h('li', { class: 'gk-list-item' },
            h('a', { href: fill(template, { id: item.id }), class: 'gk-list-title' }, item.title),
            h('span', { class: 'gk-list-meta' },
              item.documentNumber ? h('span', { class: 'gk-docno' }, item.documentNumber) : null,
              h('time', { datetime: item.publishedOn || '' }, item.publishedOn || ''))))),
      pager({
        page: result.page,
        pages,
        label: `${this.shadowRoot.querySelector('.gk-title')?.textContent || ''}分页`,
        go: (p) => {
          this.state.page = p;
          this.show().then(() => this.view.querySelector('.gk-title')?.focus());
        },
      }));
  }

  /** Picture news: each item as a card with its cover picture, title and date. */
  grid(items, template) {
    const resolve = (url) => (url.startsWith('/api/') ? this.api.resolve(url) : url);
    return h('ul', { class: 'gk-grid', part: 'list grid' }, items.map((item) =>
      h('li', { class: 'gk-card' },
        h('a', { href: fill(template, { id: item.id }), class: 'gk-card-link' },
          item.cover
            ? coverImage(item.cover, resolve, '(max-width: 40em) 100vw, (max-width: 64em) 50vw, 33vw')
            : h('span', { class: 'gk-card-blank', 'aria-hidden': 'true' }, '暂无图片'),
          h('span', { class: 'gk-card-title' }, item.title)),
        h('time', { class: 'gk-card-date', datetime: item.publishedOn || '' }, item.publishedOn || ''))));
  }
}

function find(nodes, code) {
  for (const n of nodes) {
    if (n.code === code) return n;
    const inner = find(n.children || [], code);
    if (inner) return inner;
  }
  return null;
}
