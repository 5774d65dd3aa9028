import { GongkaiElement, missing } from './lib/element.js';
import { ProblemError } from './lib/api.js';
import { h, replace, fill, uid } from './lib/dom.js';

/** Table 三's applicant columns, as an applicant reads them. */
const APPLICANT_TYPES = [
  ['naturalPerson', '公民（自然人）'],
  ['enterprise', '法人或其他组织：商业企业'],
  ['researchInstitution', '法人或其他组织：科研机构'],
  ['publicInterestOrganisation', '法人或其他组织：社会公益组织'],
  ['legalServiceProvider', '法人或其他组织：法律服务机构'],
  ['otherOrganisation', '法人或其他组织：其他'],
];
const FORMS = [['paper', '纸质文本'], ['electronic', '电子文本'], ['disc', '光盘']];
const DELIVERIES = [
  ['post', '邮寄'], ['express', '快递'], ['email', '电子邮件'], ['fax', '传真'],
  ['pickup', '自行领取'], ['on-site', '当场阅读、抄录'],
];

/**
 * `<gk-request-form organisation="jrjgfwzx">`: the online request form (网上申请) of an
 * organisation, under the 依申请公开 section of its 政府信息公开指南. Sent, it shows the tracking number
 * and how to look the request up. Refused fields are marked where they are, with the API's reason.
 * When the organisation does not accept requests online, it says so and shows the guide's section
 * (where and how to apply) instead.
 *
 * Attributes: `organisation` (else the page's `?organisation=`), `api`, `status-href` (where the
 * tracking number is looked up, default `?tracking={tracking}`), `no-guide`.
 * The host carries `data-online` (`true`/`false`) and, once sent, `data-tracking`.
 */
export class GkRequestForm extends GongkaiElement {
  static get observedAttributes() {
    return ['api', 'organisation', 'status-href', 'no-guide'];
  }

  constructor() {
    super();
    this.id_ = uid('gk-rf-');
  }

  async load(current) {
    const slug = this.param('organisation');
    if (!slug) throw missing('organisation');
    replace(this.view, GongkaiElement.loading());
    const guide = await this.api.get(`organisations/${encodeURIComponent(slug)}/guide`);
    if (!current()) return;
    const organisation = guide.organisation;
    const online = organisation.requestsOnline === true;
    this.dataset.online = String(online);
    delete this.dataset.tracking;
    const section = (guide.sections || []).find((s) => s.heading.includes('依申请公开'));
    replace(this.view,
      h('section', { class: 'gk-request', 'aria-labelledby': `${this.id_}-title` },
        h('h2', { id: `${this.id_}-title`, class: 'gk-title', part: 'heading' }, `${organisation.name} 政府信息公开申请`),
        this.hasAttribute('no-guide') && online ? null : this.guide(section, organisation),
        online
          ? this.form(organisation)
          : h('p', { class: 'gk-notice', role: 'note' },
            `${organisation.name}暂未开通网上申请，请按上述方式（当面提交、邮寄等）提出申请。`)));
  }

  /** The guide's 依申请公开 section and the office's contact. */
  guide(section, organisation) {
    const c = organisation.contact || {};
    return h('section', { class: 'gk-guide', part: 'guide', 'aria-labelledby': `${this.id_}-guide` },
      h('h3', { id: `${this.id_}-guide` }, section ? section.heading : '依申请公开'),
      section ? section.paragraphs.map((p) => h('p', {}, p)) : null,
      c.office ? h('address', { class: 'gk-contact' },
        h('strong', {}, c.office),
        c.address ? h('span', {}, `地址：${c.address}`) : null,
        c.phone ? h('span', {}, `电话：${c.phone}`) : null,
        c.email ? h('span', {}, `电子邮箱：${c.email}`) : null) : null);
  }

  form(organisation) {
    const id = (name) => `${this.id_}-${name}`;
    const text = (name, label, { required = false, type = 'text', hint = null, autocomplete = 'off', max } = {}) =>
      field(id(name), label, required, hint,
        h('input', {
          id: id(name), name, type, class: 'gk-input', autocomplete, maxlength: max,
          required, 'aria-required': required ? 'true' : null,
          'aria-describedby': hint ? `${id(name)}-hint` : null,
        }));
    const choice = (name, legend, options, checked) =>
      h('fieldset', { class: 'gk-choices', role: 'radiogroup', 'aria-required': 'true', id: id(name) },
        h('legend', {}, legend, required()),
        options.map(([value, label]) => h('label', { class: 'gk-choice' },
          h('input', { type: 'radio', name, value, checked: value === checked }), label)));
    this.summary = h('div', { class: 'gk-form-summary', role: 'alert' });
    this.result = h('div', { class: 'gk-result gk-visually-hidden', role: 'status', 'aria-live': 'polite' });
    const form = h('form', { class: 'gk-form', part: 'form', novalidate: true, 'aria-labelledby': `${this.id_}-form` },
      h('h3', { id: `${this.id_}-form` }, '网上申请'),
      h('p', { class: 'gk-hint' }, '带 ', required(), ' 的为必填项。申请人信息仅用于办理本申请，不予公开。'),
      this.summary,
      h('fieldset', { class: 'gk-fieldset' },
        h('legend', {}, '申请人信息'),
        field(id('applicantType'), '申请人类别', true, null,
          h('select', { id: id('applicantType'), name: 'applicantType', class: 'gk-select', required: true, 'aria-required': 'true' },
            APPLICANT_TYPES.map(([value, label]) => h('option', { value }, label)))),
        text('name', '姓名或名称', { required: true, max: 100, autocomplete: 'name' }),
        text('identity', '证件号码', { max: 50, hint: '公民填写身份证件号码，法人或其他组织填写统一社会信用代码。' }),
        text('phone', '联系电话', { required: true, type: 'tel', max: 40, autocomplete: 'tel' }),
        text('email', '电子邮箱', { type: 'email', max: 200, autocomplete: 'email', hint: '选择以电子邮件获取信息时必填。' }),
        text('postalAddress', '通信地址', { max: 200, autocomplete: 'street-address', hint: '选择邮寄或快递时必填。' })),
      h('fieldset', { class: 'gk-fieldset' },
        h('legend', {}, '所需信息情况'),
        field(id('subject'), '所需政府信息的名称、文号或便于查询的其他特征性描述', true, null,
          h('textarea', { id: id('subject'), name: 'subject', class: 'gk-input gk-textarea', rows: 5, maxlength: 4000, required: true, 'aria-required': 'true' })),
        choice('wantedForm', '所需信息的指定提供载体形式', FORMS, 'electronic'),
        choice('delivery', '获取信息的方式', DELIVERIES, 'email')),
      h('div', { class: 'gk-hp', 'aria-hidden': 'true' },
        h('label', { for: id('homepage') }, '请勿填写此项'),
        h('input', { id: id('homepage'), name: 'homepage', type: 'text', tabindex: '-1', autocomplete: 'off' })),
      h('p', { class: 'gk-actions' },
        h('button', { type: 'submit', class: 'gk-button gk-button-primary' }, '提交申请')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.send(form, organisation);
    });
    return [form, this.result];
  }

  async send(form, organisation) {
    const button = form.querySelector('button[type=submit]');
    const value = (name) => {
      const el = form.elements[name];
      return el && el.value !== undefined ? el.value.trim() : '';
    };
    const body = {
      applicantType: value('applicantType'),
      name: value('name'),
      identity: value('identity') || null,
      phone: value('phone'),
      email: value('email') || null,
      postalAddress: value('postalAddress') || null,
      subject: value('subject'),
      wantedForm: value('wantedForm'),
      delivery: value('delivery'),
      homepage: value('homepage') || null,
    };
    clearErrors(form, this.summary);
    button.disabled = true;
    this.result.textContent = '正在提交…';
    try {
      const receipt = await this.api.post(`organisations/${encodeURIComponent(organisation.slug)}/requests`, body);
      this.received(form, receipt);
    } catch (e) {
      this.result.textContent = '';
      button.disabled = false;
      this.refused(form, e);
    }
  }

  /** The tracking number, prominent, with where and how to look the request up. */
  received(form, receipt) {
    const href = fill(this.template('status-href', '?tracking={tracking}'), { tracking: receipt.trackingNumber });
    const heading = h('h3', { tabindex: '-1' }, '申请已提交');
    form.replaceWith(h('div', { class: 'gk-receipt', part: 'receipt' },
      heading,
      h('p', {}, '您的查询码：'),
      h('p', { class: 'gk-tracking', 'data-tracking': receipt.trackingNumber }, receipt.trackingNumber),
      h('p', {}, `受理机关：${receipt.organisationName}　当前状态：${receipt.stateLabel}`),
      h('p', {}, receipt.next),
      h('p', {}, h('a', { href, class: 'gk-button' }, '查询办理状态'))));
    this.result.textContent = `申请已提交，查询码 ${receipt.trackingNumber}`;
    this.dataset.tracking = receipt.trackingNumber;
    heading.focus();
  }

  /** Each refused field marked where it is; anything else said above the form. */
  refused(form, e) {
    const problem = e instanceof ProblemError ? e : new ProblemError({ title: '提交失败', detail: String(e.message || e) });
    let first = null;
    const unplaced = [];
    for (const f of problem.fields || []) {
      const control = form.querySelector(`[name="${CSS.escape(f.name)}"]`);
      const target = control && control.type === 'radio' ? control.closest('fieldset') : control;
      if (!target) {
        unplaced.push(`${f.name}：${f.reason}`);
        continue;
      }
      const message = h('p', { class: 'gk-field-error', id: `${target.id}-error` }, f.reason);
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '));
      (target.closest('.gk-form-field') || target).append(message);
      first = first || (control.type === 'radio' ? control : target);
    }
    const count = (problem.fields || []).length;
    replace(this.summary, h('div', { class: 'gk-error', part: 'error' },
      h('p', { class: 'gk-error-title' }, count > 0 ? `提交未成功：请修改标出的 ${count} 处。` : `提交未成功：${problem.title}`),
      unplaced.length ? h('p', { class: 'gk-error-detail' }, unplaced.join('；'))
        : count === 0 && problem.detail ? h('p', { class: 'gk-error-detail' }, problem.detail) : null));
    if (first) first.focus();
  }
}

function required() {
  return h('span', { class: 'gk-required', 'aria-hidden': 'true' }, '*');
}

function field(id, label, isRequired, hint, control) {
  return h('div', { class: 'gk-form-field' },
    h('label', { for: id }, label, isRequired ? required() : null),
    control,
    hint ? h('p', { class: 'gk-hint', id: `${id}-hint` }, hint) : null);
}

function clearErrors(form, summary) {
  replace(summary);
  for (const m of form.querySelectorAll('.gk-field-error')) m.remove();
  for (const c of form.querySelectorAll('[aria-invalid]')) {
    c.removeAttribute('aria-invalid');
    const kept = (c.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.endsWith('-error'));
    if (kept.length) c.setAttribute('aria-describedby', kept.join(' '));
    else c.removeAttribute('aria-describedby');
  }
}
