// 依申请公开登记: the register of disclosure requests — what is due and overdue, the request form,
// each request's timeline, and its steps (pause, extension, answer with an outcome of table 三,
// closing, reviews and lawsuits). Every word of the choices comes from the API (…/requests/choices).

import { get, post, put } from './api.js';
import { field, h, labelCells, replace, select } from './dom.js';
import { clearFieldErrors, flashNext, showError } from './errors.js';
import { go } from './nav.js';
import { filesPanel } from './request-files.js';
import { can, current } from './session.js';
import { submissionsPanel } from './request-submissions.js';

const SIZE = 20;
/** Open requests due within this many working days are shown as 即将到期. */
const SOON = 5;
const STATES = [
  ['OPEN', '办理中'],
  ['ANSWERED', '已答复'],
  ['CLOSED', '已办结'],
];
const stateLabel = (s) => (STATES.find(([k]) => k === s) || [s, s])[1];
const base = (org) => `manage/organisations/${org.slug}/requests`;
const today = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10); // 北京时间

const choicesByYear = new Map();
async function choices(org, year) {
  const key = `${org.slug}:${year}`;
  if (!choicesByYear.has(key)) {
    choicesByYear.set(key, (await get(`${base(org)}/choices`, { query: { year } })).data);
  }
  return choicesByYear.get(key);
}

const pairs = (list) => list.map((c) => [c.code, c.label]);

/** The register: filters, and each request with its deadline; overdue and due-soon marked. */
export async function requestListView(main, params) {
  const org = current();
  if (!org) return;
  const view = params.get('view') || '';
  const state = params.get('state') || '';
  const year = params.get('year') || '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = { state, year, page, size: SIZE };
  if (view === 'overdue') Object.assign(query, { overdue: true, state: 'OPEN' });
  if (view === 'soon') Object.assign(query, { dueWithin: SOON, state: 'OPEN' });
  const [result, overdue, soon, submissions] = await Promise.all([
    get(base(org), { query }),
    get(base(org), { query: { overdue: true, state: 'OPEN', size: 1 } }),
    get(base(org), { query: { dueWithin: SOON, state: 'OPEN', size: 1 } }),
    submissionsPanel(org),
  ]);
  const viewSelect = select('view', [['', '全部申请'], ['soon', `${SOON} 个工作日内到期`], ['overdue', '已逾期']], view);
  viewSelect.id = 'rq-view';
  const stateSelect = select('state', [['', '全部状态'], ...STATES], state);
  stateSelect.id = 'rq-state';
  const yearInput = h('input', { type: 'number', name: 'year', id: 'rq-year', min: 2008, max: 2100, value: year, inputmode: 'numeric' });
  const filters = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': '筛选申请' },
    h('label', { for: 'rq-view' }, '范围'), viewSelect,
    h('label', { for: 'rq-state' }, '状态'), stateSelect,
    h('label', { for: 'rq-year' }, '收到年份'), yearInput,
    h('button', { type: 'submit' }, '筛选'),
  );
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    go(link({ view: viewSelect.value, state: stateSelect.value, year: yearInput.value }));
  });
  const rows = result.data.items.map((r) =>
    h(
      'tr',
      { 'data-id': r.id, class: urgency(r) },
      h('td', {}, h('a', { href: `#/requests/${r.id}` }, r.subject)),
      h('td', {}, r.receivedOn),
      h('td', {}, r.applicantTypeLabel),
      h('td', {}, h('span', { class: `state state-${r.state}` }, stateLabel(r.state))),
      h('td', {}, deadline(r)),
    ),
  );
  const pages = Math.max(1, Math.ceil(result.data.total / SIZE));
  replace(
    main,
    h('h1', {}, `${org.name} · 依申请公开登记`),
    h(
      'p',
      { class: 'toolbar' },
      h('a', { href: '#/requests/new', class: 'button primary' }, '登记新申请'),
      ' ',
      h('a', { href: '#/requests?view=overdue', id: 'rq-overdue', class: overdue.data.total ? 'badge overdue' : 'badge' }, `已逾期 ${overdue.data.total} 件`),
      ' ',
      h('a', { href: '#/requests?view=soon', id: 'rq-soon', class: soon.data.total ? 'badge soon' : 'badge' }, `${SOON} 个工作日内到期 ${soon.data.total} 件`),
    ),
    submissions,
    filters,
    rows.length
      ? h(
          'div',
          { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': '申请列表' },
          labelCells(h(
            'table',
            { class: 'list cards', id: 'requests' },
            h('caption', {}, `共 ${result.data.total} 件`),
            h('thead', {}, h('tr', {}, ['申请内容', '收到日期', '申请人类别', '状态', '答复期限'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, rows),
          )),
        )
      : h('p', { id: 'requests-empty' }, '没有符合条件的申请。'),
    h(
      'nav',
      { class: 'pager', 'aria-label': '分页' },
      page > 1 ? h('a', { href: link({ view, state, year, page: page - 1 }), rel: 'prev' }, '上一页') : null,
      h('span', {}, `第 ${page} / ${pages} 页`),
      page < pages ? h('a', { href: link({ view, state, year, page: page + 1 }), rel: 'next' }, '下一页') : null,
    ),
  );
}

function urgency(r) {
  const left = r.clock && r.clock.workingDaysLeft;
  if (r.state !== 'OPEN' || left === null || left === undefined) return null;
  if (left < 0) return 'overdue';
  return left <= SOON ? 'soon' : null;
}

/** The deadline in words: due date and working days left, or why there is none. */
function deadline(r) {
  const c = r.clock || {};
  if (r.state !== 'OPEN') return r.repliedOn ? `已于 ${r.repliedOn} 答复${c.late ? '（逾期）' : ''}` : '—';
  if (c.paused) return `中止计时${c.pauseEndsBy ? `，最迟 ${c.pauseEndsBy} 恢复` : ''}`;
  if (!c.dueOn) return '—';
  const left = c.workingDaysLeft;
  const words = left < 0 ? `已逾期 ${-left} 个工作日` : left === 0 ? '今天到期' : `剩 ${left} 个工作日`;
  return `${c.dueOn}（${words}${c.provisional ? '，节假日未定' : ''}）`;
}

function link({ view, state, year, page }) {
  const p = new URLSearchParams();
  if (view) p.set('view', view);
  if (state) p.set('state', state);
  if (year) p.set('year', year);
  if (page > 1) p.set('page', page);
  const q = p.toString();
  return q ? `#/requests?${q}` : '#/requests';
}

/** Registering a request, or correcting its registration while it is open. */
export async function requestFormView(main, id) {
  const org = current();
  if (!org) return;
  const existing = id ? await get(`${base(org)}/${id}`) : null;
  const r = existing ? existing.data : null;
  const c = await choices(org, Number(today().slice(0, 4)));
  const applicant = (r && r.applicant) || {};
  const form = h(
    'form',
    { id: 'request-form', novalidate: true },
    field('收到方式', select('channel', pairs(c.channels), r ? r.channel : 'online')),
    field('收到日期', h('input', { type: 'date', name: 'receivedOn', value: r ? r.receivedOn : today(), required: true }),
      '当面提交以提交之日、邮寄以签收之日、网络申请以确认之日为收到日期（条例第三十一条）。'),
    field('申请人类别', select('applicantType', pairs(c.applicantTypes), r ? r.applicantType : 'naturalPerson'),
      '即年度报告表三的列。'),
    field('申请人姓名或名称', h('input', { name: 'applicant.name', value: applicant.name || '', autocomplete: 'off' })),
    field('证件号码', h('input', { name: 'applicant.identity', value: applicant.identity || '', autocomplete: 'off' })),
    field('联系方式', h('input', { name: 'applicant.contact', value: applicant.contact || '', autocomplete: 'off' }),
      '申请人信息属个人信息，只有本机构编辑及以上可见，不公开、不进入搜索、默认不导出。'),
    field('申请公开的政府信息', h('textarea', { name: 'subject', rows: 3, value: r ? r.subject : '', required: true })),
    field('获取信息的方式', h('input', { name: 'wantedForm', value: r ? r.wantedForm || '' : '' })),
    h('p', { class: 'actions' }, h('button', { type: 'submit', id: 'request-save', class: 'primary' }, r ? '保存登记' : '登记')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    const v = (name) => form.elements[name].value.trim();
    const json = {
      channel: v('channel'),
      receivedOn: v('receivedOn') || null,
      applicantType: v('applicantType'),
      applicant: { name: v('applicant.name'), identity: v('applicant.identity') || null, contact: v('applicant.contact') || null },
      subject: v('subject'),
      wantedForm: v('wantedForm') || null,
    };
    try {
      const saved = r
        ? await put(`${base(org)}/${r.id}`, { json, etag: existing.etag })
        : await post(base(org), { json });
      flashNext(r ? '登记已保存。' : `已登记，答复期限 ${saved.data.clock.dueOn || '—'}。`);
      go(`#/requests/${saved.data.id}`);
    } catch (error) {
      showError(error, { form, onStale: () => go(`#/requests/${r.id}/edit`) });
    }
  });
  replace(main, h('h1', {}, r ? '修改登记' : '登记新申请'), form);
}

/** One request: its clock, its timeline, and the step it can take next. */
export async function requestView(main, id) {
  const org = current();
  if (!org) return;
  const reply = await get(`${base(org)}/${id}`);
  const r = reply.data;
  const path = `${base(org)}/${r.id}`;
  const reload = () => go(`#/requests/${r.id}`);
  const act = async (done, action, json, form) => {
    try {
      await post(`${path}/${action}`, { json, etag: reply.etag });
      flashNext(done);
      reload();
    } catch (error) {
      showError(error, { form, onStale: reload });
    }
  };
  const year = r.repliedOn ? Number(r.repliedOn.slice(0, 4)) : Number(today().slice(0, 4));
  const c = await choices(org, year);
  const panels = [];
  const last = (r.pauses || [])[(r.pauses || []).length - 1];
  const lapsed = last && last.lapsed && r.state !== 'CLOSED' && (r.state === 'OPEN' ? !r.clock.paused : r.answeredBy === 'system');
  if (r.state === 'OPEN') {
    panels.push(r.clock && r.clock.paused ? endPausePanel(act, false) : pausePanel(c, act));
    if (lapsed) panels.push(endPausePanel(act, true));
    if (!r.extension && can('REVIEWER', org.slug)) panels.push(extensionPanel(act));
    panels.push(answerPanel(org, act));
  }
  if (lapsed && r.state === 'ANSWERED') panels.push(endPausePanel(act, true));
  if (r.state === 'ANSWERED' && can('REVIEWER', org.slug)) {
    panels.push(h('section', { class: 'card', id: 'close' },
      h('h2', {}, '办结'),
      h('p', { class: 'hint' }, '审核人确认答复无误后办结。'),
      h('button', { type: 'button', id: 'close-request', onclick: () => act('已办结。', 'close', undefined) }, '确认办结')));
  }
  if (r.state !== 'OPEN') panels.push(appealsPanel(r, c, act));
  replace(
    main,
    h('h1', {}, r.subject),
    h('p', { class: 'toolbar' },
      h('a', { href: '#/requests' }, '返回登记簿'),
      r.state === 'OPEN' ? [' ', h('a', { href: `#/requests/${r.id}/edit`, id: 'edit-request' }, '修改登记')] : null),
    h('dl', { class: 'facts', id: 'request-facts' },
      h('dt', {}, '状态'), h('dd', { id: 'request-state' }, stateLabel(r.state)),
      h('dt', {}, '答复期限'), h('dd', { id: 'request-due', class: urgency(r) }, deadline(r)),
      h('dt', {}, '申请人'), h('dd', {}, `${r.applicantTypeLabel}${r.applicant && r.applicant.name ? ` · ${r.applicant.name}` : ''}`),
      h('dt', {}, '办理结果'), h('dd', { id: 'request-outcome' }, r.outcomeLabel || '—'),
      r.reportYear ? [h('dt', {}, '计入年度报告'), h('dd', {}, `${r.reportYear} 年`)] : null),
    h('section', { class: 'card', 'aria-labelledby': 'tl-h' },
      h('h2', { id: 'tl-h' }, '办理经过'),
      h('ol', { class: 'timeline', id: 'timeline' }, timeline(r).map(([date, text]) => h('li', {}, h('time', { datetime: date }, date), ' ', text)))),
    filesPanel(org, r, reply.etag, reload, c),
    panels,
  );
}

const LAPSED = {
  correction: '补正期限届满，申请人未补正：视为放弃申请（系统自动处理）',
  consultation: '第三方逾期未提出意见，恢复计时（系统自动处理）',
  fee: '缴费期限届满，申请人未缴费：视为放弃申请（系统自动处理）',
};

/** Received, paused and resumed, extended, answered, reviewed or sued: in the order of their days. */
function timeline(r) {
  const steps = [[r.receivedOn, '收到申请']];
  if (r.clock && r.clock.countsFrom && r.clock.countsFrom !== r.receivedOn) steps.push([r.clock.countsFrom, '开始计算答复期限']);
  for (const p of r.pauses || []) {
    steps.push([p.startedOn, `${p.kindLabel}：中止计时${p.dueOn ? `，期限至 ${p.dueOn}` : ''}${p.note ? `（${p.note}）` : ''}`]);
    if (p.endedOn) steps.push([p.endedOn, p.lapsed ? LAPSED[p.kind] : p.kind === 'correction' ? '收到补正后的申请，重新计算期限' : `${p.kindLabel}结束，恢复计时`]);
  }
  if (r.extension) {
    steps.push([r.extension.extendedOn, `延长答复期限 ${r.extension.days} 个工作日（${r.extension.reason}，批准人 ${r.extension.approvedBy}）`]);
  }
  if (r.repliedOn) steps.push([r.repliedOn, `答复：${r.outcomeLabel}`]);
  for (const a of r.appeals || []) {
    steps.push([a.filedOn, `${a.kindLabel}`]);
    if (a.decidedOn) steps.push([a.decidedOn, `${a.kindLabel}：${a.resultLabel}`]);
  }
  return steps.filter(([d]) => d).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function dateField(label, name) {
  return field(label, h('input', { type: 'date', name, value: today(), required: true }));
}

function stepForm(id, title, hint, controls, button, submit) {
  const form = h('form', { id, novalidate: true }, controls, h('p', { class: 'actions' }, h('button', { type: 'submit' }, button)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit(form, (name) => form.elements[name].value.trim() || null);
  });
  return h('section', { class: 'card' }, h('h2', {}, title), hint ? h('p', { class: 'hint' }, hint) : null, form);
}

function pausePanel(c, act) {
  return stepForm('pause-form', '中止计时', '补正（第三十条，须在 7 个工作日内一次性告知，并载明补正期限）、征求第三方意见（第三十二条，15 个工作日）或收费通知（20 个工作日内缴费）期间不计入答复期限。期限届满仍未收到的，系统自动处理：征求意见恢复计时；逾期不补正、逾期未缴费视为放弃申请，按“其他处理”答复，待审核人办结。',
    [field('原因', select('kind', pairs(c.pauseKinds), 'correction')), dateField('开始日期', 'startedOn'),
      field('期限', h('input', { type: 'date', name: 'dueOn', 'aria-describedby': 'due-hint' })),
      h('p', { class: 'hint', id: 'due-hint' }, '补正须填写通知载明的补正期限；征求意见、收费不填时按 15、20 个工作日计算。'),
      field('说明', h('input', { name: 'note' }))],
    '登记中止',
    (form, v) => act('已登记中止。', 'pauses', { kind: v('kind'), startedOn: v('startedOn'), dueOn: v('dueOn'), note: v('note') }, form));
}

function endPausePanel(act, lapsed) {
  const hint = lapsed
    ? '系统已因期限届满自动处理。如补正后的申请、第三方意见或费用实际已按期收到，请登记收到之日：系统撤回自动处理，恢复计时。'
    : '收到补正后的申请、第三方意见或缴费之日。';
  return stepForm('resume-form', lapsed ? '更正：已按期收到' : '恢复计时', hint, [dateField('日期', 'endedOn')], '恢复计时',
    (form, v) => act('已恢复计时。', 'pauses/end', { endedOn: v('endedOn') }, form));
}

function extensionPanel(act) {
  return stepForm('extension-form', '延长答复期限', '需要延长的，经负责人同意，延长期限最长不超过 20 个工作日（条例第三十三条），只能延长一次。',
    [field('延长工作日', h('input', { type: 'number', name: 'days', min: 1, max: 20, value: 20, inputmode: 'numeric' })),
      field('理由', h('input', { name: 'reason' })), dateField('决定日期', 'extendedOn')],
    '延长期限',
    (form, v) => act('已延长答复期限。', 'extension', { days: Number(v('days')), reason: v('reason'), extendedOn: v('extendedOn') }, form));
}

/** The outcome picker: the result rows of table 三 of the reply's year, grouped as the table groups them. */
function answerPanel(org, act) {
  const outcome = h('select', { name: 'outcome', id: 'outcome', required: true });
  const repliedOn = h('input', { type: 'date', name: 'repliedOn', value: today(), required: true });
  const fill = async () => {
    const year = Number((repliedOn.value || today()).slice(0, 4));
    try {
      const c = await choices(org, year);
      const groups = new Map();
      const nodes = [h('option', { value: '' }, '请选择办理结果')];
      for (const o of c.outcomes) {
        if (!o.group) nodes.push(h('option', { value: o.key }, o.label));
        else {
          if (!groups.has(o.group)) {
            groups.set(o.group, h('optgroup', { label: o.group }));
            nodes.push(groups.get(o.group));
          }
          groups.get(o.group).append(h('option', { value: o.key }, o.label));
        }
      }
      const chosen = outcome.value;
      outcome.replaceChildren(...nodes);
      outcome.value = chosen;
    } catch (error) {
      showError(error);
    }
  };
  repliedOn.addEventListener('change', fill);
  fill();
  return stepForm('answer-form', '答复', '办理结果即答复年度的年度报告表三的结果行，用其正式表述；每件申请只有一个办理结果。',
    [field('答复日期', repliedOn), field('办理结果', outcome)],
    '登记答复',
    (form, v) => act('已登记答复。', 'answer', { outcome: v('outcome'), repliedOn: v('repliedOn') }, form));
}

function appealsPanel(r, c, act) {
  const list = (r.appeals || []).map((a) => {
    const decide = a.result === 'pending'
      ? stepForm(`decide-${a.id}`, `${a.kindLabel}（${a.filedOn}）的结果`, null,
        [field('结果', select('result', pairs(c.appealResults).filter(([k]) => k !== 'pending'), 'upheld')), dateField('审结日期', 'decidedOn')],
        '登记结果',
        (form, v) => act('已登记结果。', `appeals/${a.id}/result`, { result: v('result'), decidedOn: v('decidedOn') }, form))
      : null;
    return h('li', {}, `${a.kindLabel}，${a.filedOn} 提起：${a.resultLabel}${a.decidedOn ? `（${a.decidedOn}）` : ''}`, decide);
  });
  return h('section', { class: 'card', id: 'appeals' },
    h('h2', {}, '行政复议和行政诉讼'),
    h('p', { class: 'hint' }, '即年度报告表四；复议后起诉须先登记行政复议。'),
    list.length ? h('ul', {}, list) : h('p', {}, '没有。'),
    stepForm('appeal-form', '登记复议或诉讼', null,
      [field('类别', select('kind', pairs(c.appealKinds), 'review')), dateField('提起日期', 'filedOn')],
      '登记',
      (form, v) => act('已登记。', 'appeals', { kind: v('kind'), filedOn: v('filedOn') }, form)));
}
