// The audit log: the organisation's editorial actions, newest first, each by its Chinese label.

import { get } from './api.js';
import { formatTime, h, replace } from './dom.js';
import { auditLabel, fieldLabel, targetLabel } from './labels.js';
import { can, currentSlug } from './session.js';

export async function auditView(main) {
  const slug = currentSlug();
  if (!can('ADMINISTRATOR', slug)) {
    replace(main, h('h1', {}, '操作记录'), h('p', {}, '只有本机构的管理员可以查看操作记录。'));
    return;
  }
  const entries = (await get('manage/audit', { query: { organisation: slug, limit: 200 } })).data;
  const rows = entries.map((e) =>
    h(
      'tr',
      {},
      h('td', {}, formatTime(e.at)),
      h('td', {}, e.actor),
      h('td', { 'data-action': e.action }, auditLabel(e.action)),
      h('td', {}, `${targetLabel(e.targetType)} ${e.targetId ?? ''}`.trim()),
      h('td', {}, detail(e.detail)),
    ),
  );
  replace(
    main,
    h('h1', {}, '操作记录'),
    h('p', { class: 'hint' }, '本机构最近 200 条编辑操作，最新的在前。'),
    rows.length
      ? h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': '操作记录' },
          h('table', { id: 'audit', class: 'list' },
            h('thead', {}, h('tr', {}, ['时间', '操作人', '操作', '对象', '说明'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, rows)))
      : h('p', { class: 'hint' }, '没有操作记录。'),
  );
}

/** A save's detail is stored as "revision 3: title,body"; shown as 第 3 版：标题、正文. */
function detail(text) {
  const saved = /^revision (\d+): (.*)$/.exec(text || '');
  if (!saved) return text || '';
  const fields = saved[2] ? saved[2].split(',').map(fieldLabel).join('、') : '—';
  return `第 ${saved[1]} 版：${fields}`;
}
