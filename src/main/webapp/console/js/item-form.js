// The item form: every catalogue field, named as the API names it, so problem fields find their input.

import { field, h, fromLocalInput, select, toLocalInput, uid } from './dom.js';
import { GENRES, METHODS, SCOPES, TIME_LIMITS, VALIDITIES, channelTree } from './labels.js';
import { richText, syncRichText } from './rich-text.js';

/**
 * The form of {@code item} (null for a new one); {@code editable} false disables saving.
 * {@code upload} (blob, fileName) → Promise of an image's URL, or null before the item has an id.
 */
export function itemForm(item, view, channels, editable, upload = null) {
  const i = item || {};
  const input = (name, attrs = {}) =>
    h('input', { name, value: i[name] ?? '', ...attrs });
  const tree = channelTree(channels);
  const primary = i.channel ? i.channel.code : (tree.find((t) => t.channel.kind === 'ITEM_LIST') || {}).channel?.code;
  const indent = (depth, name) => `${'\u3000'.repeat(depth)}${name}`;
  const channel = h(
    'select',
    { name: 'channel' },
    tree.map(({ channel: c, depth }) =>
      h(
        'option',
        { value: c.code, selected: c.code === primary, disabled: c.kind !== 'ITEM_LIST' },
        indent(depth, c.name),
      ),
    ),
  );
  const extra = new Set((i.extraChannels || []).map((c) => c.code));
  const extraBox = h(
    'fieldset',
    { class: 'checks', 'data-field': 'extraChannels', tabindex: '-1' },
    h('legend', {}, '同时发布到其他栏目'),
    h(
      'div',
      { class: 'check-list' },
      tree
        .filter(({ channel: c }) => c.kind === 'ITEM_LIST')
        .map(({ channel: c, depth }) => {
          const id = uid('extra');
          return h(
            'div',
            { class: `check d${Math.min(depth, 4)}` },
            h('input', { type: 'checkbox', id, name: 'extraChannel', value: c.code, checked: extra.has(c.code) }),
            h('label', { for: id }, c.name),
          );
        }),
    ),
  );
  const form = h(
    'form',
    { id: 'item-form', class: 'card', novalidate: true, 'aria-label': '信息内容与目录信息' },
    h(
      'fieldset',
      {},
      h('legend', {}, '内容'),
      field('标题（必填，最多 200 字）', input('title', { maxlength: 200, 'aria-required': 'true', class: 'wide' })),
      field('内容概述（最多 300 字，留空则取正文开头）', h('textarea', { name: 'summary', rows: 3, maxlength: 300, value: i.summary ?? '' })),
      bodyField(i.body, editable, upload),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, '栏目'),
      field('主栏目', channel),
      extraBox,
    ),
    h(
      'fieldset',
      { class: 'grid' },
      h('legend', {}, '目录信息'),
      field('发布机构', input('publisher', { maxlength: 200 }), '默认为本单位名称；由下属机构发布时填写，如“县政府办公室”'),
      field('文号', input('documentNumber', { placeholder: '如 句机服〔2019〕3号' })),
      field('成文日期', input('writtenOn', { type: 'date' })),
      field('主题分类', input('theme', { placeholder: '如 综合政务' })),
      field('体裁分类', select('genre', [['', '（未选择）'], ...GENRES], i.genre)),
      field('关键词', input('keywords', { value: (i.keywords || []).join('，') }), '用逗号或空格分隔'),
    ),
    h(
      'fieldset',
      { class: 'grid' },
      h('legend', {}, '公开属性与有效性'),
      field('公开方式', select('disclosureMethod', METHODS, i.disclosureMethod || '主动公开')),
      field('公开范围', select('scope', SCOPES, i.scope || '面向社会')),
      field('公开时限', select('timeLimit', TIME_LIMITS, i.timeLimit || '长期')),
      field('有效性', select('validity', VALIDITIES, i.validity || '有效')),
      field('失效/废止日期', input('invalidSince', { type: 'date' }), '仅用于失效或废止的信息'),
      field('到期自动撤稿时间', input('expiresAt', { type: 'datetime-local', value: toLocalInput(view && view.expiresAt) })),
    ),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'submit', id: 'save', class: 'primary', disabled: !editable }, view ? '保存' : '创建草稿'),
      editable ? null : h('span', { class: 'hint' }, '已发布或已撤稿的信息只有审核人员可以修改。'),
    ),
  );
  return form;
}

/** The body: a rich-text editor over the textarea, which stays the field (and the editor without JavaScript). */
function bodyField(body, editable, upload) {
  const textarea = h('textarea', { name: 'body', rows: 12, class: 'code', value: body ?? '' });
  richText(textarea, { editable, upload });
  return field(
    '正文',
    textarea,
    upload
      ? '可从 Word、WPS 直接粘贴，格式会自动整理；图片可粘贴、拖入或用“插入图片”上传，上传后请填写图片说明。'
      : '可从 Word、WPS 直接粘贴，格式会自动整理。保存草稿后才能上传图片。',
  );
}

/** The form as the API takes an item (ItemInput). */
export function collectItem(form, slug) {
  syncRichText();
  const f = form.elements;
  const value = (name) => {
    const v = f.namedItem(name).value.trim();
    return v === '' ? null : v;
  };
  return {
    organisation: slug,
    title: f.namedItem('title').value.trim(),
    summary: value('summary'),
    body: f.namedItem('body').value,
    channel: value('channel'),
    extraChannels: [...form.querySelectorAll('input[name="extraChannel"]:checked')].map((c) => c.value),
    publisher: value('publisher'),
    documentNumber: value('documentNumber'),
    writtenOn: value('writtenOn'),
    theme: value('theme'),
    genre: value('genre'),
    keywords: f.namedItem('keywords').value.split(/[,，、;；\s]+/).map((k) => k.trim()).filter(Boolean),
    disclosureMethod: value('disclosureMethod'),
    scope: value('scope'),
    timeLimit: value('timeLimit'),
    validity: value('validity'),
    invalidSince: value('invalidSince'),
    expiresAt: fromLocalInput(f.namedItem('expiresAt').value),
  };
}
