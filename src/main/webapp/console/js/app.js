// The console's shell: login state, navigation, the organisation switch and hash routing.

import { h, replace } from './dom.js';
import { alertBanner, clearBanner, showError } from './errors.js';
import { go } from './nav.js';
import {
  ROLE_LABELS,
  current,
  load,
  loggedIn,
  logout,
  session,
  setCurrent,
} from './session.js';
import { loginView } from './login.js';
import { itemListView } from './items.js';
import { itemEditView } from './item-edit.js';
import { channelsView } from './channels.js';
import { reportsView, reportView } from './reports.js';
import { searchView } from './search.js';
import { importsView } from './imports.js';
import { auditView } from './audit.js';
import { requestFormView, requestListView, requestView } from './requests.js';
import { usersView } from './users.js';
import { completeSsoLogin } from './sso.js';

const main = document.getElementById('main');

const routes = [
  [/^#\/items\/new$/, (view) => itemEditView(view, null)],
  [/^#\/items\/(\d+)$/, (view, m) => itemEditView(view, Number(m[1]))],
  [/^#\/items(?:\?(.*))?$/, (view, m) => itemListView(view, new URLSearchParams(m[1] || ''))],
  [/^#\/channels$/, (view) => channelsView(view)],
  [/^#\/reports\/(\d{4})$/, (view, m) => reportView(view, Number(m[1]))],
  [/^#\/reports$/, (view) => reportsView(view)],
  [/^#\/search$/, (view) => searchView(view)],
  [/^#\/imports$/, (view) => importsView(view)],
  [/^#\/requests\/new$/, (view) => requestFormView(view, null)],
  [/^#\/requests\/(\d+)\/edit$/, (view, m) => requestFormView(view, Number(m[1]))],
  [/^#\/requests\/(\d+)$/, (view, m) => requestView(view, Number(m[1]))],
  [/^#\/requests(?:\?(.*))?$/, (view, m) => requestListView(view, new URLSearchParams(m[1] || ''))],
  [/^#\/audit(?:\?(.*))?$/, (view, m) => auditView(view, new URLSearchParams(m[1] || ''))],
  [/^#\/users$/, (view) => usersView(view)],
];

let expired = false;
let latest = 0;

/**
 * Renders the screen the hash names. Each screen is built in its own container and shown only if
 * no later navigation has started meanwhile, so a slow answer never paints over a newer screen.
 * main[data-route] names the screen on show (tests and assistive code can wait for it).
 */
async function route() {
  const generation = ++latest;
  clearBanner();
  if (expired) {
    expired = false;
    alertBanner('登录已失效，请重新登录。');
  }
  delete main.dataset.route;
  if (!loggedIn()) {
    renderChrome();
    const view = h('div', { class: 'view' });
    loginView(view, async () => {
      renderChrome();
      go('#/items');
    });
    show(view, '#/login');
    view.querySelector('input').focus();
    return;
  }
  if (!session.me) {
    try {
      await load();
    } catch (e) {
      if (!loggedIn()) return undefined;
      showError(e);
      return undefined;
    }
    if (generation !== latest) return undefined;
  }
  renderChrome();
  if (!current()) return undefined;
  const hash = location.hash || '#/items';
  for (const [pattern, render] of routes) {
    const m = hash.match(pattern);
    if (m) {
      replace(main, h('p', { class: 'loading' }, '正在加载…'));
      const view = h('div', { class: 'view' });
      try {
        await render(view, m);
      } catch (e) {
        if (generation !== latest) return undefined;
        replace(view, h('h1', {}, '无法显示'), h('p', {}, h('a', { href: '#/items' }, '返回信息列表')));
        show(view, hash);
        showError(e);
        return undefined;
      }
      if (generation !== latest) return undefined;
      show(view, hash);
      markCurrentLink(hash);
      const heading = view.querySelector('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
      return undefined;
    }
  }
  go('#/items');
  return undefined;
}

function show(view, hash) {
  main.replaceChildren(view);
  main.dataset.route = hash;
}

function renderChrome() {
  const who = document.getElementById('who');
  const nav = document.getElementById('nav');
  if (!loggedIn() || !session.me) {
    who.replaceChildren();
    nav.hidden = true;
    nav.replaceChildren();
    return;
  }
  const org = current();
  const switcher = h(
    'select',
    {
      id: 'organisation',
      onchange: (e) => {
        setCurrent(e.target.value);
        route();
      },
    },
    session.organisations.map((o) =>
      h('option', { value: o.slug, selected: org && o.slug === org.slug }, `${o.name}（${ROLE_LABELS[o.role]}）`),
    ),
  );
  replace(
    who,
    h('span', { class: 'user' }, '用户 ', h('strong', { id: 'username' }, session.me.username)),
    h('label', { for: 'organisation', class: 'org-label' }, '机构'),
    switcher,
    h(
      'button',
      {
        type: 'button',
        id: 'logout',
        title: '结束本账号在所有设备上的登录',
        onclick: async () => {
          await logout();
          go('#/login');
        },
      },
      '退出登录',
    ),
  );
  const links = [
    ['#/items', '信息'],
    ['#/items/new', '新建信息'],
    ['#/channels', '栏目'],
    ['#/reports', '年度报告'],
    ['#/requests', '依申请公开'],
    ['#/search', '搜索索引'],
    ['#/imports', '迁移导入'],
    ['#/audit', '操作记录'],
  ];
  // only administrators manage users: an organisation's administrator their organisation's
  if (session.organisations.some((o) => o.role === 'ADMINISTRATOR')) links.push(['#/users', '用户管理']);
  replace(nav, h('ul', {}, links.map(([href, text]) => h('li', {}, h('a', { href }, text)))));
  nav.hidden = false;
  if (!org) replace(main, h('h1', {}, '没有权限'), h('p', {}, '您在任何机构都没有编辑权限。'));
}

function markCurrentLink(hash) {
  for (const a of document.querySelectorAll('#nav a')) {
    const href = a.getAttribute('href');
    const here = hash.split('?')[0] === href
      || (href === '#/items' && /^#\/items(\?|\/\d|$)/.test(hash))
      || (href === '#/requests' && /^#\/requests(\?|\/\d|$)/.test(hash));
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

/** The SSO's answer (?code&state) is finished before the first screen; its failure is shown there. */
async function start() {
  try {
    await completeSsoLogin();
  } catch (e) {
    await route();
    alertBanner(e.problem && e.problem.detail ? e.problem.detail : e.message);
    return;
  }
  route();
}

window.addEventListener('hashchange', route);
window.addEventListener('gongkai:route', route);
window.addEventListener('gongkai:unauthenticated', () => {
  session.me = null;
  expired = true;
  if (location.hash !== '#/login') location.hash = '#/login';
  else route();
});
start();
