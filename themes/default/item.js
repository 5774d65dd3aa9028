import { GongkaiElement, missing } from './lib/element.js';
import { h, replace, richText, fileSize, uid, coverImage } from './lib/dom.js';

/**
 * `<gk-item item-id="42">`: one disclosure item — the catalogue metadata block (索引号, 发布机构,
 * 主题分类, 体裁分类, 成文日期, 发布日期, 文号, 有效性 …), the body and the attachments. The body's
 * pictures come with the widths the server lists (`srcset`); an item whose body shows none shows
 * its cover picture.
 *
 * Attributes: `item-id` (else the page's `?item=`), `api`. A page opened from an editor's preview
 * link (`?preview=…`, or the `preview` attribute) shows that draft instead, as it will be published.
 */
export class GkItem extends GongkaiElement {
  static get observedAttributes() {
    return ['api', 'item-id', 'preview'];
  }

  async load(current) {
    const preview = this.param('preview');
    const id = this.param('item-id', 'item');
    if (!preview && (!id || !/^\d+$/.test(id))) throw missing('item-id');
    replace(this.view, GongkaiElement.loading());
    const item = await this.api.get(preview ? `preview/${encodeURIComponent(preview)}` : `items/${id}`);
    if (!current()) return;
    const key = uid('gk-item-');
    replace(this.view,
      preview ? h('p', { class: 'gk-preview-note', role: 'note' }, '预览：这是尚未发布或尚未保存到公开页面的内容，仅供编辑核对，请勿转发此链接。') : null,
      h('article', { class: 'gk-item', 'aria-labelledby': `${key}-title` },
        h('h1', { id: `${key}-title`, class: 'gk-item-title', part: 'heading' }, item.title),
        item.documentNumber ? h('p', { class: 'gk-item-docno' }, item.documentNumber) : null,
        h('h2', { class: 'gk-visually-hidden' }, '信息索引'),
        h('dl', { class: 'gk-meta', part: 'meta' }, meta(item)),
        h('h2', { class: 'gk-visually-hidden' }, '正文'),
        this.cover(item),
        h('div', { class: 'gk-body', part: 'body' }, richText(item.body, '正文表格', { resolve: (url) => this.own(url) })),
        item.attachments.length > 0 ? this.attachments(item, key) : null));
  }

  /** Gongkai's own addresses (`/api/v1/…`) resolved against the API, so they work cross-origin. */
  own(url) {
    return url.startsWith('/api/') ? this.api.resolve(url) : url;
  }

  /** The cover picture, when the body shows no picture of its own. */
  cover(item) {
    if (!item.cover || (item.body || '').includes('<img')) return null;
    return h('figure', { class: 'gk-item-cover' },
      coverImage(item.cover, (url) => this.own(url), '(max-width: 800px) 100vw, 800px', { lazy: false }));
  }

  attachments(item, key) {
    return h('section', { class: 'gk-attachments', 'aria-labelledby': `${key}-files`, part: 'attachments' },
      h('h2', { id: `${key}-files` }, '附件'),
      h('ul', {}, item.attachments.map((a) => h('li', {},
        h('a', { href: this.api.resolve(a.url), download: a.fileName, class: 'gk-file' }, a.fileName),
        h('span', { class: 'gk-file-size' }, `（${fileSize(a.size)}）`)))));
  }
}

function meta(item) {
  const validity = item.validity
    ? item.validity + (item.invalidSince ? `（${item.invalidSince}起）` : '')
    : '';
  const fields = [
    ['索引号', item.indexNumber],
    ['发布机构', item.publisher || (item.organisation && item.organisation.name)],
    ['主题分类', item.theme],
    ['体裁分类', item.genre],
    ['成文日期', item.writtenOn],
    ['发布日期', item.publishedOn],
    ['文号', item.documentNumber],
    ['有效性', validity],
    ['公开方式', item.disclosureMethod],
    ['公开范围', item.scope],
    ['公开时限', item.timeLimit],
    ['所属栏目', [item.channel, ...(item.extraChannels || [])].filter(Boolean).map((c) => c.name).join('、')],
    ['关键词', (item.keywords || []).join('，')],
    ['内容概述', item.summary],
  ];
  return fields.map(([label, value]) =>
    h('div', { class: `gk-meta-row${label === '内容概述' || label === '关键词' ? ' gk-meta-wide' : ''}` },
      h('dt', {}, label), h('dd', {}, value || '—')));
}
