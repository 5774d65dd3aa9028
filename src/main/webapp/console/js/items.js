// The organisation's items by state, newest first, a page at a time.

import { get } from './api.js';
import { formatTime, h, labelCells, replace, select } from './dom.js';
import { STATES, stateLabel } from './labels.js';
import { go } from './nav.js';
import { current } from './session.js';

const SIZE = 20;

export async function itemListView(main, params) {
  const org = current();
  if (!org) return;
  const state = params.get('state') || '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const result = (
    await get('manage/items', { query: { organisation: org.slug, state, page, size: SIZE } })
  ).data;

  const stateSelect = select('state', [['', '全部状态'], ...STATES], state);
  stateSelect.id = 'state-filter';
  const filters = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': '筛选信息' },
    h('label', { for: 'state-filter' }, '状态'),
    stateSelect,
    h('button', { type: 'submit' }, '筛选'),
  );
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    go(link(stateSelect.value, 1));
  });

  const rows = result.items.map((v) =>
    h(
      'tr',
      { 'data-id': v.item.id },
      h('td', {}, h('a', { href: `#/items/${v.item.id}` }, v.item.title)),
      h('td', {}, h('span', { class: `state state-${v.state}` }, stateLabel(v.state)), v.scheduled ? '（定时）' : ''),
      h('td', {}, v.item.channel ? v.item.channel.name : ''),
      h('td', {}, v.item.indexNumber || '—'),
      h('td', {}, formatTime(v.item.updatedAt)),
    ),
  );
  const pages = Math.max(1, Math.ceil(result.total / SIZE));
  replace(
    main,
    h('h1', {}, `${org.name} · 信息`),
    h('p', { class: 'toolbar' }, h('a', { href: '#/items/new', class: 'button primary' }, '新建信息')),
    filters,
    result.items.length
      ? h(
          'div',
          { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': '信息列表' },
          labelCells(h(
            'table',
            { class: 'list cards', id: 'items' },
            h('caption', {}, `共 ${result.total} 条${state ? `（${stateLabel(state)}）` : ''}`),
            h('thead', {}, h('tr', {}, ['标题', '状态', '栏目', '索引号', '修改时间'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, rows),
          )),
        )
      : h('p', { id: 'items-empty' }, '没有符合条件的信息。'),
    h(
      'nav',
      { class: 'pager', 'aria-label': '分页' },
      page > 1 ? h('a', { href: link(state, page - 1), rel: 'prev' }, '上一页') : null,
      h('span', {}, `第 ${page} / ${pages} 页`),
      page < pages ? h('a', { href: link(state, page + 1), rel: 'next' }, '下一页') : null,
    ),
  );
}

function link(state, page) {
  const p = new URLSearchParams();
  if (state) p.set('state', state);
  if (page > 1) p.set('page', page);
  const q = p.toString();
  return q ? `#/items?${q}` : '#/items';
}
