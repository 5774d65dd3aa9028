import { GongkaiElement } from './lib/element.js';
import { ProblemError } from './lib/api.js';
import { h, replace, uid } from './lib/dom.js';

/**
 * `<gk-request-status>`: looking up an online request by its tracking number (办理状态查询). Shows
 * the organisation, the day it was sent and its state — 待确认, 已受理 with the receipt and due days,
 * 已答复 / 已办结 with the reply day and the outcome in the wording of table 三, 已作废 with the
 * reason. Nothing personal is ever shown (the API holds none of it for this).
 *
 * Attributes: `tracking` (else the page's `?tracking=`: looked up at once), `api`.
 * The host carries `data-result` (the state looked up: PENDING, ACCEPTED …, or `not-found`).
 */
export class GkRequestStatus extends GongkaiElement {
  static get observedAttributes() {
    return ['api', 'tracking'];
  }

  constructor() {
    super();
    this.id_ = uid('gk-rs-');
  }

  async load(current) {
    const input = h('input', {
      id: `${this.id_}-tracking`, name: 'tracking', class: 'gk-input gk-tracking-input', autocomplete: 'off',
      spellcheck: 'false', maxlength: 64, 'aria-describedby': `${this.id_}-hint`,
    });
    this.output = h('div', { class: 'gk-result', role: 'status', 'aria-live': 'polite' });
    const form = h('form', { class: 'gk-form gk-status-form', part: 'form', role: 'search', 'aria-labelledby': `${this.id_}-title` },
      h('div', { class: 'gk-form-field' },
        h('label', { for: input.id }, '查询码'),
        h('span', { class: 'gk-inline' }, input, h('button', { type: 'submit', class: 'gk-button gk-button-primary' }, '查询')),
        h('p', { class: 'gk-hint', id: `${this.id_}-hint` }, '提交网上申请后获得的 16 位查询码，如 7QX4-M2PA-9KDT-W3EB。')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.lookUp(input.value);
    });
    replace(this.view,
      h('section', { class: 'gk-request-status', 'aria-labelledby': `${this.id_}-title` },
        h('h2', { id: `${this.id_}-title`, class: 'gk-title', part: 'heading' }, '申请办理状态查询'),
        form,
        this.output));
    const given = this.param('tracking');
    if (given) {
      input.value = given;
      await this.lookUp(given, current);
    }
  }

  async lookUp(typed, current = () => true) {
    const tracking = String(typed || '').trim();
    delete this.dataset.result;
    if (!tracking) {
      replace(this.output, h('p', { class: 'gk-field-error' }, '请输入查询码。'));
      this.dataset.result = 'empty';
      return;
    }
    replace(this.output, GongkaiElement.loading('正在查询…'));
    try {
      const s = await this.api.get(`request-status/${encodeURIComponent(tracking)}`);
      if (!current()) return;
      replace(this.output, this.status(s));
      this.dataset.result = s.state;
    } catch (e) {
      if (!current()) return;
      const p = e instanceof ProblemError ? e : new ProblemError({ detail: String(e.message || e) });
      replace(this.output, h('div', { class: 'gk-error', part: 'error' },
        h('p', { class: 'gk-error-title' }, p.status === 404 ? '未查询到该申请' : `查询未成功：${p.title}`),
        p.detail ? h('p', { class: 'gk-error-detail' }, p.detail) : null));
      this.dataset.result = p.status === 404 ? 'not-found' : 'error';
    }
  }

  status(s) {
    const rows = [
      ['查询码', s.trackingNumber],
      ['受理机关', s.organisationName],
      ['提交日期', s.submittedOn],
      ['办理状态', s.stateLabel],
      ['收到申请日期', s.receivedOn],
      ['答复期限', s.state === 'ACCEPTED' ? s.dueOn || '中止计时（补正、征求意见等期间不计入答复期限）' : null],
      ['答复日期', s.repliedOn],
      ['办理结果', s.outcomeLabel],
      ['作废原因', s.voidReasonLabel],
    ].filter(([, value]) => value);
    return h('dl', { class: 'gk-status-facts', part: 'meta', 'data-state': s.state },
      rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]));
  }
}
