// Creating and editing one item: catalogue metadata, attachments, workflow and revisions.

import { del, get, post, put } from './api.js';
import { field, formatTime, fromLocalInput, h, replace } from './dom.js';
import { alertBanner, clearFieldErrors, flashNext, notice, showError } from './errors.js';
import { fieldLabel, stateLabel } from './labels.js';
import { collectItem, itemForm } from './item-form.js';
import { go } from './nav.js';
import { rememberUpload } from './rich-text.js';
import { can, current } from './session.js';

let pictureCookie = null;

/**
 * Lets the console's <img> show a draft's pictures: the API puts the token into an HttpOnly cookie
 * sent only to picture addresses (an <img> cannot send a bearer header). Once per page load.
 */
function allowPictures() {
  if (!pictureCookie) pictureCookie = post('manage/me/picture-cookie').catch(() => { pictureCookie = null; });
  return pictureCookie;
}

export async function itemEditView(main, id) {
  const editor = new ItemEditor(main, id);
  await editor.load();
}

class ItemEditor {
  constructor(main, id) {
    this.main = main;
    this.id = id;
    this.view = null;
    this.etag = null;
    this.channels = [];
    this.revisions = [];
    this.dirty = false;
  }

  get slug() {
    return this.view ? this.view.item.organisation.slug : current().slug;
  }

  async load() {
    if (this.id) {
      const r = await get(`manage/items/${this.id}`);
      this.view = r.data;
      this.etag = r.etag;
      this.revisions = (await get(`manage/items/${this.id}/revisions`)).data;
    }
    this.channels = (await get(`manage/organisations/${this.slug}/channels`)).data;
    await allowPictures();
    this.render();
  }

  async reload() {
    await this.load();
    notice('已重新加载当前版本。');
    this.main.querySelector('h1').focus();
  }

  render() {
    const v = this.view;
    this.dirty = false;
    const editable = !v || can(['DRAFT', 'PENDING_REVIEW'].includes(v.state) ? 'EDITOR' : 'REVIEWER', this.slug);
    this.form = itemForm(v ? v.item : null, v, this.channels, editable, v && editable ? (blob, name) => this.uploadImage(blob, name) : null);
    this.form.addEventListener('input', () => {
      this.dirty = true;
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
    replace(
      this.main,
      h('h1', {}, v ? `编辑信息：${v.item.title}` : '新建信息'),
      h('p', { class: 'toolbar' }, h('a', { href: '#/items' }, '← 返回信息列表')),
      h(
        'div',
        { class: 'editor' },
        this.form,
        v
          ? h(
              'div',
              { class: 'side' },
              this.workflowPanel(v),
              this.attachmentsPanel(v),
              this.revisionsPanel(),
            )
          : null,
      ),
    );
  }


  /**
   * Uploads an image of the body as an attachment, one at a time (each upload changes the item's
   * version); resolves to the address the body links it by. The attachment list is redrawn.
   */
  uploadImage(blob, name) {
    const run = async () => {
      const r = await post(`manage/items/${this.id}/attachments`, {
        query: { name: imageName(blob, name) },
        body: blob,
        contentType: blob.type || 'application/octet-stream',
        etag: this.etag,
      });
      this.etag = r.etag;
      this.view.version = Number(String(r.etag).replace(/\D/g, '')) || this.view.version;
      this.view.item.attachments.push(r.data);
      const panel = this.main.querySelector('section[aria-labelledby="att-h"]');
      if (panel) panel.replaceWith(this.attachmentsPanel(this.view));
      rememberUpload(r.data.url, blob);
      return r.data.url;
    };
    const done = (this.uploads || Promise.resolve()).then(run, run);
    this.uploads = done.catch(() => undefined);
    return done.catch((error) => {
      throw { message: error.message || '图片上传失败', remove: true };
    });
  }

  async save() {
    clearFieldErrors(this.form);
    try {
      const input = collectItem(this.form, this.slug);
      if (!this.id) {
        const r = await post('manage/items', { json: input });
        flashNext('草稿已创建。');
        go(`#/items/${r.data.item.id}`);
        return;
      }
      const r = await put(`manage/items/${this.id}`, { json: input, etag: this.etag });
      this.view = r.data;
      this.etag = r.etag;
      this.revisions = (await get(`manage/items/${this.id}/revisions`)).data;
      this.render();
      notice(`已保存（版本 ${this.view.version}）。`);
      this.form.querySelector('#save').focus();
    } catch (error) {
      showError(error, { form: this.form, onStale: () => this.reload() });
    }
  }

  /** Runs a workflow action or another write, then shows the item as it now is. */
  async act(label, request) {
    if (this.dirty) {
      alertBanner('请先保存对内容的修改，再执行此操作。');
      return;
    }
    try {
      const r = await request();
      if (r && r.data && r.data.item) {
        this.view = r.data;
        this.etag = r.etag;
      } else {
        const fresh = await get(`manage/items/${this.id}`);
        this.view = fresh.data;
        this.etag = fresh.etag;
      }
      this.revisions = (await get(`manage/items/${this.id}/revisions`)).data;
      this.render();
      notice(`${label}：完成。当前状态：${stateLabel(this.view.state)}。`);
      this.main.querySelector('#item-state').focus();
    } catch (error) {
      showError(error, { form: this.main.querySelector('.side') || this.form, onStale: () => this.reload() });
    }
  }

  /** 预览: a short-lived link to the public item page showing the saved draft as it will appear. */
  previewPart() {
    const slot = h('span', { id: 'preview-link', 'aria-live': 'polite' });
    const make = async () => {
      try {
        const link = (await post(`manage/items/${this.id}/preview`)).data;
        const until = formatTime(link.expiresAt);
        replace(slot, h('a', { href: link.page, target: '_blank', rel: 'noopener noreferrer', id: 'preview-open' }, '打开预览'),
          h('span', { class: 'hint' }, `（显示已保存的内容；链接 ${until} 前有效，请勿转发）`));
      } catch (error) {
        showError(error);
      }
    };
    return h('p', {}, h('button', { type: 'button', id: 'preview', onclick: make }, '预览'), ' ', slot);
  }

  workflowPanel(v) {
    const id = this.id;
    const state = v.state;
    const reviewer = can('REVIEWER', this.slug);
    const editor = can('EDITOR', this.slug);
    const action = (name, body) => () =>
      post(`manage/items/${id}/${name}`, { etag: this.etag, json: body });
    const parts = [];
    if (editor) parts.push(this.previewPart());
    if (state === 'DRAFT' && editor) {
      parts.push(
        h('p', {}, h('button', { type: 'button', id: 'submit', class: 'primary', onclick: () => this.act('提交审核', action('submit')) }, '提交审核')),
      );
    }
    if (['DRAFT', 'PENDING_REVIEW', 'WITHDRAWN'].includes(state) && reviewer) {
      const at = h('input', { type: 'datetime-local', name: 'at', id: 'publish-at' });
      const form = h(
        'form',
        { class: 'action', id: 'publish-form' },
        field('定时发布时间（留空则立即发布）', at),
        h('button', { type: 'submit', id: 'publish', class: 'primary' }, '发布'),
      );
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const when = fromLocalInput(at.value);
        this.act(when ? '定时发布' : '发布', action('publish', when ? { at: when } : undefined));
      });
      parts.push(form);
    }
    if (state === 'PENDING_REVIEW' && reviewer) {
      parts.push(this.reasonForm('reject', '退回修改', '退回理由', false, action));
    }
    if (state === 'PUBLISHED' && reviewer) {
      parts.push(this.reasonForm('withdraw', '撤稿', '撤稿理由（必填）', true, action));
    }
    if (!parts.length) {
      parts.push(h('p', { class: 'hint' }, '您的角色在此状态下没有可执行的流程操作。'));
    }
    const facts = [
      ['状态', h('span', { class: `state state-${state}` }, stateLabel(state), v.scheduled ? '（已定时）' : '')],
      ['索引号', v.item.indexNumber || '发布时生成'],
      ['发布时间', formatTime(v.publishedAt) || '—'],
      ['创建', `${v.createdBy} · ${formatTime(v.createdAt)}`],
      ['版本', String(v.version)],
    ];
    if (v.withdrawnReason) facts.push(['撤稿/退回理由', v.withdrawnReason]);
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'wf-h' },
      h('h2', { id: 'wf-h' }, '审核与发布'),
      h('dl', { id: 'item-state', tabindex: '-1', class: 'facts', 'data-state': state },
        facts.map(([k, val]) => [h('dt', {}, k), h('dd', {}, val)])),
      parts,
    );
  }

  reasonForm(name, label, reasonLabel, required, action) {
    const reason = h('input', { name: 'reason', id: `${name}-reason`, 'aria-required': required ? 'true' : null });
    const form = h(
      'form',
      { class: 'action', id: `${name}-form`, novalidate: true },
      field(reasonLabel, reason),
      h('button', { type: 'submit', id: name }, label),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearFieldErrors(form);
      const text = reason.value.trim();
      try {
        await this.act(label, action(name, text ? { reason: text } : {}));
      } catch (error) {
        showError(error, { form });
      }
    });
    return form;
  }

  attachmentsPanel(v) {
    const editable = can(['DRAFT', 'PENDING_REVIEW'].includes(v.state) ? 'EDITOR' : 'REVIEWER', this.slug);
    const file = h('input', { type: 'file', name: 'file', id: 'attachment-file' });
    const form = h(
      'form',
      { class: 'action', id: 'upload-form', novalidate: true },
      field('选择文件（PDF、Word、Excel、图片）', file),
      h('button', { type: 'submit', id: 'upload', disabled: !editable }, '上传附件'),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = file.files[0];
      if (!chosen) {
        showError({ status: 400, fields: [{ name: 'file', reason: '请先选择文件' }], problem: {} }, { form });
        return;
      }
      this.act('上传附件', () =>
        post(`manage/items/${this.id}/attachments`, {
          query: { name: chosen.name },
          body: chosen,
          contentType: chosen.type || 'application/octet-stream',
          etag: this.etag,
        }),
      );
    });
    const list = v.item.attachments.length
      ? h(
          'ul',
          { id: 'attachments', class: 'files' },
          v.item.attachments.map((a) =>
            h(
              'li',
              {},
              a.width ? this.thumbnail(a) : null,
              h('span', { class: 'file-name' }, a.fileName),
              ` (${Math.max(1, Math.round(a.size / 1024))} KB) `,
              a.width ? this.pictureForm(v, a, editable) : null,
              editable
                ? h('button', {
                    type: 'button',
                    class: 'small',
                    'aria-label': `删除附件 ${a.fileName}`,
                    onclick: () => this.act('删除附件', () => del(`manage/items/${this.id}/attachments/${a.id}`, { etag: this.etag })),
                  }, '删除')
                : null,
            ),
          ),
        )
      : h('p', { id: 'attachments', class: 'hint' }, '还没有附件。');
    return h('section', { class: 'card', 'aria-labelledby': 'att-h' }, h('h2', { id: 'att-h' }, '附件'), list, form);
  }

  thumbnail(a) {
    const src = a.width > 320 ? `${a.url}?w=320` : a.url;
    return h('img', { class: 'thumb', src, alt: '', width: 160, height: Math.round((160 * a.height) / a.width) });
  }

  /** An image's alternative text and the cover choice: "设为封面", or the current cover marked. */
  pictureForm(v, a, editable) {
    const isCover = Boolean(v.item.cover && v.item.cover.src === a.url);
    const alt = h('input', { type: 'text', name: 'alt', value: a.alt || '', maxlength: 500, disabled: !editable });
    const form = h(
      'form',
      { class: 'picture', 'data-attachment': a.id, novalidate: true },
      field(`替代文字（${a.fileName}）`, alt, '说明图片内容，供读屏软件朗读；发布前必须填写'),
      h('button', { type: 'submit', class: 'small', disabled: !editable }, '保存说明'),
      isCover
        ? h('span', { class: 'cover-mark' }, '当前封面')
        : null,
      h('button', {
        type: 'button',
        class: 'small cover',
        disabled: !editable,
        onclick: () => this.act(isCover ? '取消封面' : '设为封面', () =>
          put(`manage/items/${this.id}/attachments/${a.id}`, { json: { alt: alt.value, cover: !isCover }, etag: this.etag })),
      }, isCover ? '取消封面' : '设为封面'),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.act('保存图片说明', () =>
        put(`manage/items/${this.id}/attachments/${a.id}`, { json: { alt: alt.value }, etag: this.etag }));
    });
    return form;
  }

  revisionsPanel() {
    const rows = [...this.revisions].sort((a, b) => b.number - a.number).map((r, index) =>
      h(
        'tr',
        {},
        h('td', {}, String(r.number)),
        h('td', {}, r.author),
        h('td', {}, formatTime(r.createdAt)),
        h('td', {}, (r.changedFields || []).map(fieldLabel).join('、') || '—'),
        h(
          'td',
          {},
          index === 0
            ? '当前'
            : h('button', {
                type: 'button',
                class: 'small restore',
                'data-revision': r.number,
                'aria-label': `恢复第 ${r.number} 版`,
                onclick: () => this.act(`恢复第 ${r.number} 版`, () => post(`manage/items/${this.id}/revisions/${r.number}/restore`, { etag: this.etag })),
              }, '恢复'),
        ),
      ),
    );
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'rev-h' },
      h('h2', { id: 'rev-h' }, '修订记录'),
      rows.length
        ? h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': '修订记录' }, h('table', { id: 'revisions', class: 'list' },
            h('thead', {}, h('tr', {}, ['版', '修改人', '时间', '修改的字段', '操作'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, rows)))
        : h('p', { class: 'hint' }, '没有修订记录。'),
    );
  }
}

/** A pasted image has no file name of its own: 图片-时间.png. */
function imageName(blob, name) {
  if (name && !/^(mceclip|blobid|imagetools)\d*/.test(name)) return name;
  const ext = (blob.type.split('/')[1] || 'png').replace('jpeg', 'jpg');
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `图片-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}.${ext}`;
}
