// The organisation's channel tree: add, rename, move (parent, or up and down among its siblings),
// delete when empty.

import { del, etagOf, get, post, put } from './api.js';
import { field, h, replace, select } from './dom.js';
import { clearFieldErrors, notice, showError } from './errors.js';
import { CHANNEL_KINDS, channelTree, kindLabel } from './labels.js';
import { can, current } from './session.js';

export async function channelsView(main) {
  const org = current();
  if (!org) return;
  const channels = (await get(`manage/organisations/${org.slug}/channels`)).data;
  const admin = can('ADMINISTRATOR', org.slug);
  const tree = channelTree(channels);
  const refresh = async (message, focusId) => {
    await channelsView(main);
    notice(message);
    const el = focusId && document.getElementById(focusId);
    (el || main.querySelector('h1')).focus();
  };

  const parentOptions = (exclude) => [
    ['', '（顶级栏目）'],
    ...tree
      .filter(({ channel: c }) => !exclude || (c.code !== exclude && !isBelow(channels, c.code, exclude)))
      .map(({ channel: c, depth }) => [c.code, `${'\u3000'.repeat(depth)}${c.name}`]),
  ];

  const list = h(
    'ul',
    { class: 'tree', id: 'channel-tree' },
    tree.map(({ channel: c, depth }) =>
      h(
        'li',
        { class: `d${Math.min(depth, 4)}`, 'data-code': c.code },
        h('span', { class: 'channel-name' }, c.name),
        h('code', {}, c.code),
        h('span', { class: 'kind' }, kindLabel(c.kind)),
        admin
          ? h('span', { class: 'actions' },
              h('button', {
                type: 'button',
                class: 'small',
                id: `edit-${c.code}`,
                'aria-label': `编辑栏目 ${c.name}`,
                onclick: () => showEditor(c),
              }, '编辑'),
              h('button', {
                type: 'button',
                class: 'small',
                id: `up-${c.code}`,
                'aria-label': `上移栏目 ${c.name}`,
                disabled: siblings(c)[0] === c,
                onclick: () => move(c, -1),
              }, '上移'),
              h('button', {
                type: 'button',
                class: 'small',
                id: `down-${c.code}`,
                'aria-label': `下移栏目 ${c.name}`,
                disabled: siblings(c).at(-1) === c,
                onclick: () => move(c, 1),
              }, '下移'))
          : null,
      ),
    ),
  );

  const editorSlot = h('div', { id: 'channel-editor' });

  /** The channels under the same parent, in their order. */
  function siblings(c) {
    return tree.map((t) => t.channel).filter((x) => (x.parent || '') === (c.parent || ''));
  }

  /** Moves a channel one place among its siblings: every sibling gets its index as position. */
  async function move(c, by) {
    const list = siblings(c);
    const from = list.indexOf(c);
    const to = from + by;
    if (to < 0 || to >= list.length) return;
    [list[from], list[to]] = [list[to], list[from]];
    try {
      for (const [i, x] of list.entries()) {
        if ((x.position ?? 0) === i) continue;
        await put(`manage/channels/${x.id}`, {
          etag: etagOf(x.version),
          json: { code: x.code, name: x.name, parent: x.parent || null, kind: x.kind, article20: x.article20, position: i },
        });
      }
      await refresh(`已${by < 0 ? '上移' : '下移'}栏目“${c.name}”。`, `edit-${c.code}`);
    } catch (error) {
      showError(error, { onStale: () => channelsView(main) });
    }
  }

  function showEditor(c) {
    const name = h('input', { name: 'name', value: c.name, required: true });
    const parent = select('parent', parentOptions(c.code), c.parent || '');
    const position = h('input', { name: 'position', type: 'number', min: 0, value: c.position ?? 0 });
    const form = h(
      'form',
      { class: 'card', id: 'channel-edit-form', novalidate: true, 'aria-labelledby': 'ce-h' },
      h('h2', { id: 'ce-h' }, `编辑栏目：${c.name}（${c.code}）`),
      field('名称', name),
      field('上级栏目（移动）', parent),
      field('排序位置', position, '数字越小越靠前'),
      h(
        'p',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'primary', id: 'channel-save' }, '保存'),
        h('button', { type: 'button', id: 'channel-delete', class: 'danger', onclick: remove }, '删除栏目'),
        h('button', { type: 'button', onclick: () => editorSlot.replaceChildren() }, '取消'),
      ),
    );
    async function remove() {
      try {
        await del(`manage/channels/${c.id}`, { etag: etagOf(c.version) });
        await refresh(`已删除栏目“${c.name}”。`);
      } catch (error) {
        showError(error, { form });
      }
    }
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearFieldErrors(form);
      try {
        await put(`manage/channels/${c.id}`, {
          etag: etagOf(c.version),
          json: {
            code: c.code,
            name: name.value.trim(),
            parent: parent.value || null,
            kind: c.kind,
            article20: c.article20,
            position: position.value === '' ? null : Number(position.value),
          },
        });
        await refresh(`已保存栏目“${name.value.trim()}”。`, `edit-${c.code}`);
      } catch (error) {
        showError(error, { form, onStale: () => channelsView(main) });
      }
    });
    replace(editorSlot, form);
    name.focus();
  }

  let addForm = null;
  if (admin) {
    const code = h('input', { name: 'code', pattern: '[a-z0-9-]+', required: true });
    const name = h('input', { name: 'name', required: true });
    const parent = select('parent', parentOptions(null), '');
    const kind = select('kind', CHANNEL_KINDS, 'ITEM_LIST');
    addForm = h(
      'form',
      { class: 'card', id: 'channel-add-form', novalidate: true, 'aria-labelledby': 'ca-h' },
      h('h2', { id: 'ca-h' }, '新增栏目'),
      field('代码（小写字母、数字和连字符，用于链接，之后不能修改）', code),
      field('名称', name),
      field('上级栏目', parent),
      field('类型', kind),
      h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'channel-add' }, '新增')),
    );
    addForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearFieldErrors(addForm);
      try {
        await post(`manage/organisations/${org.slug}/channels`, {
          json: { code: code.value.trim(), name: name.value.trim(), parent: parent.value || null, kind: kind.value },
        });
        await refresh(`已新增栏目“${name.value.trim()}”。`, `edit-${code.value.trim()}`);
      } catch (error) {
        showError(error, { form: addForm });
      }
    });
  }

  replace(
    main,
    h('h1', {}, `${org.name} · 栏目`),
    admin ? null : h('p', { class: 'hint' }, '只有本机构的管理员可以修改栏目。'),
    h(
      'div',
      { class: 'editor' },
      h('section', { class: 'card', 'aria-labelledby': 'ct-h' }, h('h2', { id: 'ct-h' }, '栏目树'), list),
      h('div', { class: 'side' }, editorSlot, addForm),
    ),
  );
}

function isBelow(channels, code, ancestor) {
  const byCode = new Map(channels.map((c) => [c.code, c]));
  let c = byCode.get(code);
  while (c && c.parent) {
    if (c.parent === ancestor) return true;
    c = byCode.get(c.parent);
  }
  return false;
}
