// 网上申请待确认: requests sent through the public online form (the theme's <gk-request-form>) wait
// here until an editor confirms them into the register — 条例第三十一条: received on the day of
// confirmation — or voids them (spam, a test, a duplicate). Administrators also switch the online
// form on and off here (the organisation's requestsOnline).

import { get, post, put } from './api.js';
import { confirmAct } from './confirm.js';
import { field, h, select } from './dom.js';
import { flashNext, showError } from './errors.js';
import { go } from './nav.js';
import { can } from './session.js';

const VOID_REASONS = [
  ['spam', '无效或恶意提交'],
  ['test', '测试提交'],
  ['duplicate', '重复提交'],
  ['other', '其他原因'],
];
const today = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10); // 北京时间

/** The panel on the register's screen: the waiting submissions, and the setting for administrators. */
export async function submissionsPanel(org) {
  const base = `manage/organisations/${org.slug}/requests/submissions`;
  const admin = can('ADMINISTRATOR', org.slug);
  const [waiting, managed] = await Promise.all([
    get(base),
    admin ? get(`manage/organisations/${org.slug}`) : Promise.resolve(null),
  ]);
  const list = waiting.data;
  if (list.length === 0 && !managed) return null;
  return h(
    'section',
    { class: 'card', id: 'submissions', 'aria-labelledby': 'submissions-h' },
    h('h2', { id: 'submissions-h' }, `网上申请待确认（${list.length} 件）`),
    managed ? setting(org, managed) : null,
    h('p', { class: 'hint' }, '网上提交的申请，以本机关确认之日为收到申请之日（条例第三十一条）。确认受理后登记到登记簿并开始计算答复期限；无效、测试或重复的申请可作废，申请人凭查询码可看到作废原因。'),
    list.length
      ? h('ul', { class: 'submissions', id: 'submission-list' }, list.map((s) => card(base, s)))
      : h('p', { id: 'submissions-empty' }, '没有待确认的网上申请。'),
  );
}

/** 网上申请 on or off: the organisation's requestsOnline, through the organisation API. */
function setting(org, managed) {
  const on = managed.data.requestsOnline === true;
  const toggle = async () => {
    const json = { ...managed.data, requestsOnline: !on };
    delete json.version;
    try {
      await put(`manage/organisations/${org.slug}`, { json, etag: managed.etag });
      flashNext(on ? '已关闭网上申请。' : '已开通网上申请，公众可在门户的依申请公开页面提交申请。');
      go(location.hash);
    } catch (error) {
      showError(error);
    }
  };
  return h('p', { class: 'toolbar', id: 'online-setting' },
    h('span', { id: 'online-state' }, on ? '网上申请：已开通' : '网上申请：未开通'), ' ',
    h('button', { type: 'button', id: 'online-toggle', onclick: toggle }, on ? '关闭网上申请' : '开通网上申请'));
}

function card(base, s) {
  const a = s.applicant || {};
  const path = `${base}/${s.id}`;
  const receivedOn = h('input', { type: 'date', name: 'receivedOn', value: today(), required: true });
  const accept = h('form', { class: 'inline', 'data-action': 'accept', novalidate: true },
    field('收到日期（确认之日）', receivedOn),
    h('button', { type: 'submit', class: 'primary', 'aria-label': `确认受理 ${s.trackingNumber}` }, '确认受理'));
  accept.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const done = await post(`${path}/accept`, { json: { receivedOn: receivedOn.value || null } });
      flashNext(`已受理并登记，查询码 ${s.trackingNumber}。`);
      go(`#/requests/${done.data.request}`);
    } catch (error) {
      showError(error, { form: accept });
    }
  });
  const reason = select('reason', VOID_REASONS, 'spam');
  const note = h('input', { name: 'note', maxlength: 500 });
  const voidForm = h('form', { class: 'inline', 'data-action': 'void', novalidate: true },
    field('作废原因', reason), field('说明（仅编辑可见）', note),
    h('button', { type: 'submit', class: 'danger', 'aria-label': `作废 ${s.trackingNumber}` }, '作废'));
  voidForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const label = VOID_REASONS.find(([k]) => k === reason.value)[1];
    if (!(await confirmAct('作废网上申请', `查询码 ${s.trackingNumber} 的申请将作废（${label}），不登记、不答复。`, '作废'))) return;
    try {
      await post(`${path}/void`, { json: { reason: reason.value, note: note.value.trim() || null } });
      flashNext(`已作废，查询码 ${s.trackingNumber}。`);
      go(location.hash);
    } catch (error) {
      showError(error, { form: voidForm });
    }
  });
  const contact = [a.phone, a.email, a.postalAddress].filter(Boolean).join('；');
  return h('li', { class: 'submission', 'data-tracking': s.trackingNumber },
    h('h3', {}, s.subject),
    h('dl', { class: 'facts' },
      h('dt', {}, '查询码'), h('dd', {}, s.trackingNumber),
      h('dt', {}, '提交时间'), h('dd', {}, new Date(s.submittedAt).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' })),
      h('dt', {}, '申请人'), h('dd', {}, `${s.applicantTypeLabel} · ${a.name}`),
      a.identity ? [h('dt', {}, '证件号码'), h('dd', {}, a.identity)] : null,
      h('dt', {}, '联系方式'), h('dd', {}, contact || '—'),
      h('dt', {}, '载体形式'), h('dd', {}, s.wantedFormLabel),
      h('dt', {}, '获取方式'), h('dd', {}, s.deliveryLabel)),
    h('div', { class: 'actions' }, accept, voidForm));
}
