import { GongkaiElement } from './lib/element.js';
import { h, replace, fill, uid, pager, highlighted, dateOf } from './lib/dom.js';

const FILTERS = ['q', 'organisation', 'channel', 'type', 'year', 'genre', 'validity', 'from', 'to', 'sort', 'page', 'exact'];
const GENRES = ['通知', '公告', '通告', '决定', '意见', '办法', '规定', '规章', '行政规范性文件', '报告',
  '规划', '计划', '方案', '批复', '函', '纪要', '命令', '其他'];
const FACETS = [['organisation', '发布机构'], ['channel', '栏目'], ['type', '类型'], ['year', '年份']];
const MAX_RESULTS = 10000;

/**
 * `<gk-search>`: the search page — a query box with suggestions (a combobox whose listbox is
 * driven by the arrow keys), filters, facets with counts, highlighted results, "did you mean",
 * sort and paging. The query lives in the page address (`?q=…&page=…`), so results can be linked
 * and the back button works.
 *
 * Attributes: `api`, `size` (hits a page, default 10), `organisation` (preselected),
 * `item-href` (default `?item={id}`), `report-href` (default `?organisation={organisation}&year={year}`),
 * `no-history` (keep the state out of the address).
 */
export class GkSearch extends GongkaiElement {
  static get observedAttributes() {
    return ['api'];
  }

  constructor() {
    super();
    this.key = uid('gk-search-');
    this.suggestions = [];
    this.active = -1;
    window.addEventListener('popstate', () => {
      if (this.form) this.search({ state: this.fromAddress(), history: false });
    });
  }

  async load(current) {
    replace(this.view, GongkaiElement.loading());
    const organisations = await this.api.get('organisations');
    if (!current()) return;
    this.organisations = organisations;
    this.build();
    await this.search({ state: this.fromAddress(), history: false, current });
  }

  fromAddress() {
    const params = this.hasAttribute('no-history') ? new URLSearchParams() : new URL(location.href).searchParams;
    const state = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || '']));
    if (!state.organisation && this.getAttribute('organisation')) state.organisation = this.getAttribute('organisation');
    return state;
  }

  toAddress(state, push) {
    if (this.hasAttribute('no-history')) return;
    const url = this.address(state);
    if (url.href === location.href) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  address(state) {
    const url = new URL(location.href);
    for (const f of FILTERS) url.searchParams.delete(f);
    for (const f of FILTERS) {
      if (state[f] && !(f === 'page' && state[f] === '1')) url.searchParams.set(f, state[f]);
    }
    return url;
  }

  build() {
    const k = this.key;
    this.input = h('input', {
      id: `${k}-q`, type: 'search', name: 'q', class: 'gk-input gk-query', autocomplete: 'off',
      role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${k}-suggest`,
      maxlength: '1000', enterkeyhint: 'search', placeholder: '输入关键词、文号或索引号',
      oninput: () => this.typed(), onkeydown: (e) => this.keys(e), onblur: () => setTimeout(() => { if (this.input.getRootNode().activeElement !== this.input) this.close(); }, 150),
    });
    this.listbox = h('ul', { id: `${k}-suggest`, role: 'listbox', class: 'gk-suggestions', 'aria-label': '搜索建议', hidden: true, part: 'suggestions' });
    this.fields = {
      organisation: select(`${k}-org`, '发布机构', [['', '全部机构'], ...this.organisations.map((o) => [o.slug, o.name])]),
      channel: select(`${k}-channel`, '栏目', [['', '全部栏目']]),
      type: select(`${k}-type`, '类型', [['', '全部类型'], ['item', '公开信息'], ['report', '年度报告']]),
      year: select(`${k}-year`, '年份', [['', '全部年份'], ...years().map((y) => [String(y), `${y}年`])]),
      genre: select(`${k}-genre`, '体裁', [['', '全部体裁'], ...GENRES.map((g) => [g, g])]),
      validity: select(`${k}-validity`, '有效性', [['', '不限'], ['有效', '有效'], ['失效', '失效'], ['废止', '废止']]),
      from: input(`${k}-from`, '发布日期从', 'date'),
      to: input(`${k}-to`, '至', 'date'),
    };
    this.fields.channel.wrapper.hidden = true;
    for (const [name, field] of Object.entries(this.fields)) {
      field.control.addEventListener('change', () => {
        const state = this.read();
        if (name === 'organisation') state.channel = '';
        state.page = '';
        this.search({ state });
      });
    }
    this.sortSelect = h('select', { id: `${k}-sort`, class: 'gk-select', onchange: () => this.search({ state: { ...this.read(), page: '' } }) },
      h('option', { value: 'relevance' }, '按相关度'), h('option', { value: '-date' }, '按日期（新→旧）'), h('option', { value: 'date' }, '按日期（旧→新）'));
    this.form = h('form', {
      role: 'search', 'aria-label': '政府信息搜索', class: 'gk-search-form', part: 'form',
      onsubmit: (e) => { e.preventDefault(); this.close(); this.search({ state: { ...this.read(), page: '' } }); },
    },
    h('div', { class: 'gk-searchbox' },
      h('label', { for: this.input.id, class: 'gk-searchbox-label' }, '搜索政府信息'),
      h('div', { class: 'gk-combo' }, this.input, this.listbox),
      h('button', { type: 'submit', class: 'gk-button gk-button-primary' }, '搜索')),
    h('details', { class: 'gk-filters-box', open: matchMedia('(min-width: 40em)').matches || filtered(this.fromAddress()) },
      h('summary', {}, '筛选条件'),
      h('fieldset', { class: 'gk-filters' },
        h('legend', { class: 'gk-visually-hidden' }, '筛选条件'),
        Object.values(this.fields).map((f) => f.wrapper),
        h('button', { type: 'button', class: 'gk-button', onclick: () => this.search({ state: { q: this.input.value } }) }, '清除筛选'))));
    this.status = h('p', { id: `${k}-status`, class: 'gk-status', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
    this.didYouMean = h('div', { class: 'gk-did-you-mean' });
    this.facets = h('aside', { class: 'gk-facets', 'aria-label': '分类统计', part: 'facets' });
    this.hits = h('div', { class: 'gk-hits-area' });
    replace(this.view, h('div', { class: 'gk-search' },
      this.form,
      h('div', { class: 'gk-search-layout' },
        h('section', { class: 'gk-search-results', 'aria-labelledby': `${k}-results` },
          h('h2', { id: `${k}-results`, class: 'gk-visually-hidden' }, '搜索结果'),
          h('div', { class: 'gk-results-bar' },
            this.status,
            h('span', { class: 'gk-sort' }, h('label', { for: this.sortSelect.id }, '排序'), this.sortSelect)),
          this.didYouMean,
          this.hits),
        this.facets)));
  }

  read() {
    const state = { q: this.input.value.trim() };
    for (const [name, field] of Object.entries(this.fields)) state[name] = field.control.value;
    state.sort = this.sortSelect.value === 'relevance' ? '' : this.sortSelect.value;
    return state;
  }

  async write(state) {
    this.input.value = state.q || '';
    for (const [name, field] of Object.entries(this.fields)) {
      if (name === 'year' && state.year && ![...field.control.options].some((o) => o.value === state.year)) {
        field.control.append(h('option', { value: state.year }, `${state.year}年`));
      }
      if (name !== 'channel') field.control.value = state[name] || '';
    }
    await this.channels(state.organisation);
    this.fields.channel.control.value = state.channel || '';
    this.sortSelect.value = state.sort || 'relevance';
  }

  /** The channel filter lists the chosen organisation's channels; hidden without one. */
  async channels(organisation) {
    const field = this.fields.channel;
    if (this.channelsOf === organisation) return;
    this.channelsOf = organisation;
    field.wrapper.hidden = !organisation;
    replace(field.control, h('option', { value: '' }, '全部栏目'));
    if (!organisation) return;
    try {
      const tree = await this.api.get(`organisations/${encodeURIComponent(organisation)}/catalogue`);
      const add = (nodes, depth) => nodes.forEach((n) => {
        if (n.kind === 'ITEM_LIST') field.control.append(h('option', { value: n.code }, `${'　'.repeat(depth)}${n.name}`));
        add(n.children || [], depth + 1);
      });
      add(tree, 0);
    } catch (ignored) {
      field.wrapper.hidden = true;
    }
  }

  async search({ state, history: push = true, focus = false, current = this.current }) {
    const mine = (this.sequence = (this.sequence || 0) + 1);
    const full = Object.fromEntries(FILTERS.map((f) => [f, state[f] || '']));
    if (!full.organisation) full.channel = '';
    await this.write(full);
    this.toAddress(full, push);
    this.hits.setAttribute('aria-busy', 'true');
    const size = Number(this.getAttribute('size')) || 10;
    const params = { ...full, size };
    if (!full.q && !full.sort) params.sort = '-date';
    let result;
    try {
      result = await this.api.get('search', params);
    } catch (e) {
      if (!current() || mine !== this.sequence) return;
      this.hits.removeAttribute('aria-busy');
      this.status.textContent = '搜索未能完成';
      replace(this.didYouMean);
      replace(this.facets);
      replace(this.hits, this.problem(e, { retry: false }));
      return;
    }
    if (!current() || mine !== this.sequence) return;
    this.hits.removeAttribute('aria-busy');
    this.state = full;
    this.render(result, full, size);
    if (focus) this.status.focus();
  }

  render(result, state, size) {
    const shown = result.correctedQuery || state.q;
    this.status.textContent = result.total > 0
      ? `${shown ? `“${shown}”` : ''}共找到 ${result.total} 条结果`
      : `没有找到${state.q ? `与“${state.q}”` : ''}相关的结果`;
    const follow = (q, extra, text, cls) => h('a', {
      href: this.address({ ...state, q, page: '', ...extra }).href,
      class: cls,
      onclick: (e) => { e.preventDefault(); this.search({ state: { ...state, q, page: '', ...extra }, focus: true }); },
    }, text);
    let note = null;
    if (result.correctedQuery) {
      note = h('p', { class: 'gk-corrected' },
        `已显示“${result.correctedQuery}”的搜索结果。仍然搜索：`,
        follow(state.q, { exact: '1' }, state.q, 'gk-original-query'));
    } else if (result.relaxed) {
      note = h('p', { class: 'gk-relaxed' }, '没有完全匹配的结果，以下为部分匹配的结果。');
    } else if (result.didYouMean) {
      note = h('p', {}, '您是不是要找：', follow(result.didYouMean, { exact: '' }, result.didYouMean, 'gk-suggested-query'));
    }
    replace(this.didYouMean, note);
    replace(this.facets, this.facetGroups(result.facets || {}, state));
    const page = result.page;
    const pages = Math.ceil(Math.min(result.total, MAX_RESULTS) / size);
    replace(this.hits,
      result.hits.length === 0
        ? h('p', { class: 'gk-empty' }, '建议：检查输入的文字，或换用更少、更常用的词语，或清除筛选条件。')
        : h('ol', { class: 'gk-hits', start: (page - 1) * size + 1, part: 'hits' }, result.hits.map((hit) => this.hit(hit))),
      pager({
        page,
        pages,
        label: '搜索结果分页',
        href: (p) => this.address({ ...state, page: String(p) }).href,
        go: (p) => this.search({ state: { ...state, page: String(p) }, focus: true }),
      }));
  }

  hit(hit) {
    const href = hit.type === 'report'
      ? fill(this.template('report-href', '?organisation={organisation}&year={year}'),
        { organisation: hit.organisation && hit.organisation.slug, year: hit.reportYear })
      : fill(this.template('item-href', '?item={id}'), { id: hit.id });
    return h('li', { class: 'gk-hit', part: 'hit' },
      h('h3', { class: 'gk-hit-title' }, h('a', { href }, highlighted(hit.title))),
      hit.snippet ? h('p', { class: 'gk-snippet' }, highlighted(hit.snippet)) : null,
      h('p', { class: 'gk-hit-meta' },
        h('span', { class: `gk-badge gk-badge-${hit.type}` }, hit.type === 'report' ? '年度报告' : '公开信息'),
        hit.organisation ? h('span', {}, hit.organisation.name) : null,
        hit.channels && hit.channels.length ? h('span', {}, hit.channels.map((c) => c.name).join('、')) : null,
        hit.documentNumber ? h('span', {}, hit.documentNumber) : null,
        hit.indexNumber ? h('span', {}, `索引号 ${hit.indexNumber}`) : null,
        hit.publishedAt ? h('time', { datetime: dateOf(hit.publishedAt) }, dateOf(hit.publishedAt)) : null));
  }

  facetGroups(facets, state) {
    return FACETS.filter(([dim]) => facets[dim] && facets[dim].length > 0).map(([dim, title]) => {
      const id = `${this.key}-facet-${dim}`;
      return h('section', { class: 'gk-facet', 'aria-labelledby': id },
        h('h3', { id }, title),
        h('ul', {}, facets[dim].map((f) => {
          const selected = state[dim] === f.value && (dim !== 'channel' || state.organisation === f.organisation);
          const next = { ...state, page: '' };
          if (selected) next[dim] = '';
          else {
            next[dim] = f.value;
            if (dim === 'channel') next.organisation = f.organisation;
            if (dim === 'organisation') next.channel = '';
          }
          const label = dim === 'year' ? `${f.label}年` : f.label;
          return h('li', {}, h('button', {
            type: 'button',
            class: 'gk-facet-value',
            'aria-pressed': selected ? 'true' : 'false',
            'data-facet': dim,
            'data-value': f.value,
            onclick: () => this.search({ state: next, focus: true }),
          }, h('span', { class: 'gk-facet-label' }, label), h('span', { class: 'gk-count' }, String(f.count))));
        })));
    });
  }

  /** Suggestions, 200 ms after the last keystroke. */
  typed() {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (q === '') { this.close(); return; }
    this.timer = setTimeout(async () => {
      try {
        const r = await this.api.get('search/suggest', { q });
        if (this.input.value.trim() !== q) return;
        this.open(r.suggestions || []);
        this.listbox.dataset.for = q;
      } catch (ignored) {
        this.close();
      }
    }, 200);
  }

  open(suggestions) {
    // a list that arrives again (a repeated or slower answer) keeps the option the user moved to
    const was = this.active >= 0 && this.suggestions ? this.suggestions[this.active].text : null;
    this.suggestions = suggestions.slice(0, 10);
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    replace(this.listbox, this.suggestions.map((s, i) => h('li', {
      id: `${this.key}-option-${i}`, role: 'option', class: 'gk-option', 'aria-selected': 'false',
      onmousedown: (e) => e.preventDefault(),
      onclick: () => this.choose(i),
    }, s.text)));
    const open = this.suggestions.length > 0;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    const again = was === null ? -1 : this.suggestions.findIndex((s) => s.text === was);
    if (again >= 0) this.activate(again);
  }

  close() {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  keys(e) {
    const open = !this.listbox.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) return;
      e.preventDefault();
      const n = this.suggestions.length;
      this.activate(e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n);
    } else if (e.key === 'Enter' && open && this.active >= 0) {
      e.preventDefault();
      this.choose(this.active);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      this.close();
    }
  }

  activate(i) {
    this.active = i;
    this.listbox.querySelectorAll('[role=option]').forEach((o, j) => {
      o.setAttribute('aria-selected', String(i === j));
      if (i === j) o.scrollIntoView({ block: 'nearest' });
    });
    this.input.setAttribute('aria-activedescendant', `${this.key}-option-${i}`);
  }

  choose(i) {
    this.input.value = this.suggestions[i].text;
    this.close();
    this.search({ state: { ...this.read(), page: '' } });
  }
}

function filtered(state) {
  return ['organisation', 'channel', 'type', 'year', 'genre', 'validity', 'from', 'to'].some((f) => state[f]);
}

function years() {
  const now = new Date().getFullYear();
  return Array.from({ length: now - 2007 }, (_, i) => now - i);
}

function select(id, label, options) {
  const control = h('select', { id, class: 'gk-select' }, options.map(([value, text]) => h('option', { value }, text)));
  return { control, wrapper: h('span', { class: 'gk-field' }, h('label', { for: id }, label), control) };
}

function input(id, label, type) {
  const control = h('input', { id, type, class: 'gk-input' });
  return { control, wrapper: h('span', { class: 'gk-field' }, h('label', { for: id }, label), control) };
}
