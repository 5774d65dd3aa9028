// The audit log: the organisation's editorial actions, newest first, each by its Chinese label.

import { get } from './api.js';
import { field, formatTime, h, labelCells, replace, select } from './dom.js';
import { showError } from './errors.js';
import { AUDIT_ACTIONS, AUDIT_KINDS, auditLabel, fieldLabel, targetLabel } from './labels.js';
import { go } from './nav.js';
import { can, currentSlug } from './session.js';

const LIMIT = 200;

/** The audit log of the current organisation, filtered by the hash's query (actor, action, from, to). */
export async function auditView(main, params = new URLSearchParams()) {
  const slug = currentSlug();
  if (!can('ADMINISTRATOR', slug)) {
    replace(main, h('h1', {}, '操作记录'), h('p', {}, '只有本机构的管理员可以查看操作记录。'));
    return;
  }
  const chosen = Object.fromEntries(['actor', 'action', 'from', 'to'].map((k) => [k, params.get(k) || '']));
  const filters = filterForm(chosen);
  let entries = [];
  try {
    entries = (await get('manage/audit', { query: { organisation: slug, limit: LIMIT, ...chosen } })).data;
  } catch (error) {
    if (error.status !== 400) throw error;
    replace(main, h('h1', {}, '操作记录'), filters);
    showError(error, { form: filters });
    return;
  }
  const rows = entries.map((e) =>
    h(
      'tr',
      {},
      h('td', {}, formatTime(e.at)),
      h('td', {}, e.actor),
      h('td', { 'data-action': e.action }, auditLabel(e.action)),
      h('td', {}, `${targetLabel(e.targetType)} ${e.targetId ?? ''}`.trim()),
      h('td', {}, detail(e.action, e.detail)),
    ),
  );
  const filtered = Object.values(chosen).some(Boolean);
  replace(
    main,
    h('h1', {}, '操作记录'),
    filters,
    h('p', { class: 'hint', id: 'audit-count' },
      `${filtered ? '符合条件的' : '本机构'}最近 ${entries.length} 条编辑操作${entries.length === LIMIT ? `（最多显示 ${LIMIT} 条）` : ''}，最新的在前。`),
    rows.length
      ? h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': '操作记录' },
          labelCells(h('table', { id: 'audit', class: 'list cards' },
            h('thead', {}, h('tr', {}, ['时间', '操作人', '操作', '对象', '说明'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, rows))))
      : h('p', { class: 'hint', id: 'audit-empty' }, filtered ? '没有符合条件的操作记录。' : '没有操作记录。'),
  );
}

/** The filters: who, which action (or kind of action), which days; submitting puts them in the hash. */
function filterForm(chosen) {
  const actor = h('input', { name: 'actor', value: chosen.actor, autocomplete: 'off', spellcheck: 'false' });
  const kinds = [...new Set(Object.keys(AUDIT_ACTIONS).map((a) => a.split('.')[0]))];
  const action = select('action', [
    ['', '全部操作'],
    ...kinds.map((k) => [`${k}.`, `全部“${AUDIT_KINDS[k] || k}”操作`]),
    ...Object.entries(AUDIT_ACTIONS),
  ], chosen.action);
  const from = h('input', { name: 'from', type: 'date', value: chosen.from });
  const to = h('input', { name: 'to', type: 'date', value: chosen.to });
  const form = h(
    'form',
    { class: 'card filters-grid', id: 'audit-filters', role: 'search', 'aria-label': '筛选操作记录', novalidate: true },
    field('操作人（用户名）', actor),
    field('操作', action),
    field('从（日期）', from),
    field('到（日期）', to),
    h('p', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'audit-filter' }, '筛选'),
      h('a', { href: '#/audit', class: 'button', id: 'audit-reset' }, '清除筛选')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, c] of Object.entries({ actor, action, from, to })) if (c.value.trim()) q.set(k, c.value.trim());
    const s = q.toString();
    go(s ? `#/audit?${s}` : '#/audit');
  });
  return form;
}

/**
 * The detail as the editor reads it. What the server stores for its own entries is terse English
 * (machine-readable: "revision 3: title,body", "… at 2026-01-01T00:00:00Z", "120 bytes"); those
 * shapes are shown in Chinese, anything an editor typed (a title, a reason) as it is.
 */
function detail(action, text) {
  if (!text) return '';
  const shapes = [
    [/^item\.(create|update|restore)$/, /^revision (\d+): (.*)$/, (m) =>
      `第 ${m[1]} 版：${m[2] ? m[2].split(',').map(fieldLabel).join('、') : '—'}`],
    [/^item\.(publish|schedule)$/, /^(.*) at (\S+)$/, (m) => `索引号 ${m[1]}，发布时间 ${formatTime(m[2])}`],
    [/^item\.(import|reimport)$/, /^(.*) from (.*)$/, (m) => `索引号 ${m[1]}，来自 ${m[2]}`],
    [/^items\.import/, /^(\d+) bytes$/, (m) => `${m[1]} 字节`],
    [/^report\.(import|reimport)$/, /^(.*) \(unstructured\)$/, (m) => `${m[1]}（未结构化，只保存原文）`],
  ];
  for (const [forAction, shape, shown] of shapes) {
    const m = forAction.test(action) ? shape.exec(text) : null;
    if (m) return shown(m);
  }
  return text;
}
