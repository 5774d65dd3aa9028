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
      h('td', {}, detail(e.action, e.detail)),
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
