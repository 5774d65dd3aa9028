// 用户管理: accounts and their roles per organisation, for administrators. An organisation's
// administrator sees and manages the accounts of the organisations they administer; the
// installation administrator every account, roles everywhere, and passwords.

import { del, get, post, put } from './api.js';
import { confirmAct } from './confirm.js';
import { field, h, labelCells, replace, select } from './dom.js';
import { alertBanner, clearFieldErrors, markField, notice, showError } from './errors.js';
import { ROLES, ROLE_LABELS, isInstallationAdministrator, session } from './session.js';

const EVERYWHERE = '*';
const ROLE_OPTIONS = [['', '无'], ...Object.entries(ROLE_LABELS)];

export async function usersView(main, selected = null) {
  const administered = session.organisations.filter((o) => o.role === 'ADMINISTRATOR');
  if (!administered.length) {
    replace(main, h('h1', {}, '用户管理'), h('p', {}, '只有管理员可以管理用户。'));
    return;
  }
  const users = (await get('manage/users')).data;
  const installation = isInstallationAdministrator();
  const scopes = [
    ...(installation ? [{ slug: EVERYWHERE, name: '全部机构（整个系统）' }] : []),
    ...administered.map((o) => ({ slug: o.slug, name: o.name })),
  ];
  const names = new Map(session.organisations.map((o) => [o.slug, o.name]));
  const panel = h('div', { id: 'user-panel' });
  const ctx = { main, panel, scopes, names, installation };

  const rows = users.map((u) =>
    h(
      'tr',
      { 'data-username': u.username },
      h('td', {}, h('strong', {}, u.username)),
      h('td', {}, u.displayName || '—'),
      h('td', {}, h('span', { class: `state ${u.enabled ? 'state-PUBLISHED' : 'state-WITHDRAWN'}` }, u.enabled ? '启用' : '已停用')),
      h('td', {}, grantsText(u, names)),
      h('td', {}, h('button', {
        type: 'button',
        class: 'small',
        id: `manage-${u.username}`,
        'aria-label': `管理用户 ${u.username}`,
        onclick: () => showUser(ctx, u),
      }, '管理')),
    ),
  );
  replace(
    main,
    h('h1', {}, '用户管理'),
    h('p', { class: 'hint' }, installation
      ? '您是系统管理员：可管理所有用户、任何机构的权限和密码。'
      : '您可管理在您所管理的机构中有权限的用户，并授予这些机构的权限。'),
    h(
      'div',
      { class: 'editor' },
      h('section', { class: 'card', 'aria-labelledby': 'ul-h' },
        h('h2', { id: 'ul-h' }, `用户（${users.length}）`),
        h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': '用户列表' },
          labelCells(h('table', { class: 'list cards', id: 'users' },
            h('thead', {}, h('tr', {}, ['用户名', '姓名', '状态', '权限', '操作'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, rows))))),
      h('div', { class: 'side' }, panel, createForm(ctx)),
    ),
  );
  const again = selected && users.find((u) => u.username === selected);
  if (again) showUser(ctx, again, false);
}

function grantsText(u, names) {
  if (!u.grants.length) return '没有权限';
  return u.grants
    .map((g) => `${g.organisation === null ? '全部机构' : names.get(g.organisation) || g.organisation}：${ROLE_LABELS[g.role] || g.role}`)
    .join('；');
}

/** Renders the screen again with the user's panel open and a notice of what was done. */
async function refresh(ctx, username, message, focusId) {
  await usersView(ctx.main, username);
  notice(message);
  const el = focusId && document.getElementById(focusId);
  (el || ctx.main.querySelector('h1')).focus();
}

function createForm(ctx) {
  const username = h('input', { name: 'username', required: true, autocomplete: 'off', spellcheck: 'false' });
  const displayName = h('input', { name: 'displayName', autocomplete: 'off' });
  const password = h('input', { name: 'password', type: 'text', autocomplete: 'new-password', spellcheck: 'false' });
  const scope = select('organisation', ctx.scopes.map((s) => [s.slug, s.name]), ctx.scopes.find((s) => s.slug !== EVERYWHERE)?.slug);
  // an account without any role is the installation administrator's alone: an agency's administrator
  // could not see it again
  const role = select('role', ctx.installation ? ROLE_OPTIONS : ROLE_OPTIONS.slice(1), 'EDITOR');
  const form = h(
    'form',
    { class: 'card', id: 'user-create-form', novalidate: true, 'aria-labelledby': 'uc-h' },
    h('h2', { id: 'uc-h' }, '新建用户'),
    field('用户名', username, '2–64 个字符：小写字母、数字、“.”、“_”、“-”，用于登录，之后不能修改'),
    field('姓名', displayName),
    field('初始密码', password, '至少 10 个字符；不填则只能通过统一身份认证登录'),
    h('p', {}, h('button', { type: 'button', id: 'user-generate', onclick: () => { password.value = strongPassword(); password.focus(); } }, '生成强密码')),
    field('机构', scope),
    field('角色', role),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'user-create' }, '新建用户')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    const name = username.value.trim();
    try {
      await post('manage/users', {
        json: { username: name, displayName: displayName.value.trim() || null, password: password.value || null },
      });
    } catch (error) {
      if (error.status === 409) {
        markField(username, error.message);
        alertBanner('输入有误：请按标出的字段修改后再保存。');
        username.focus();
      } else {
        showError(error, { form });
      }
      return;
    }
    const shown = password.value;
    try {
      if (role.value) await post(`manage/users/${encodeURIComponent(name)}/grants`, { json: grantOf(scope.value, role.value) });
    } catch (error) {
      showError(error);
      return;
    }
    await refresh(ctx, name, `已新建用户 ${name}${shown ? '：请把初始密码安全地交给本人。' : '（只能通过统一身份认证登录）。'}`, `manage-${name}`);
  });
  return form;
}

function grantOf(scope, role) {
  return { organisation: scope === EVERYWHERE ? null : scope, role };
}

/** The panel of one user: state, password, sessions, roles per organisation. */
function showUser(ctx, u, focus = true) {
  const self = session.me && session.me.username === u.username;
  const panel = h(
    'section',
    { class: 'card', id: 'user-detail', 'data-username': u.username, 'aria-labelledby': 'ud-h' },
    h('h2', { id: 'ud-h' }, `用户：${u.username}${u.displayName ? `（${u.displayName}）` : ''}`),
    h('p', {}, '状态：', h('span', { id: 'user-state', class: `state ${u.enabled ? 'state-PUBLISHED' : 'state-WITHDRAWN'}` }, u.enabled ? '启用' : '已停用')),
    h('p', { class: 'actions' },
      self ? h('span', { class: 'hint' }, '不能停用自己的账号。')
        : u.enabled
          ? h('button', { type: 'button', class: 'danger', id: 'user-disable', onclick: () => disable(ctx, u) }, '停用账号')
          : h('button', { type: 'button', id: 'user-enable', onclick: () => enable(ctx, u) }, '启用账号'),
      h('button', { type: 'button', class: 'danger', id: 'user-logout', onclick: () => endSessions(ctx, u) }, '结束所有会话')),
    passwordForm(ctx, u),
    grantsForm(ctx, u),
    h('p', {}, h('a', { href: `#/audit?actor=${encodeURIComponent(u.username)}` }, '查看此用户的操作记录')),
  );
  replace(ctx.panel, panel);
  if (focus) panel.querySelector('h2').setAttribute('tabindex', '-1');
  if (focus) panel.querySelector('h2').focus();
}

async function disable(ctx, u) {
  if (!(await confirmAct('停用账号', `停用后 ${u.username} 立即无法登录，所有会话随即结束。可随时重新启用。`, '停用'))) return;
  try {
    await post(`manage/users/${encodeURIComponent(u.username)}/disable`);
    await refresh(ctx, u.username, `已停用用户 ${u.username}。`, 'user-enable');
  } catch (error) {
    showError(error);
  }
}

async function enable(ctx, u) {
  try {
    await post(`manage/users/${encodeURIComponent(u.username)}/enable`);
    await refresh(ctx, u.username, `已启用用户 ${u.username}。`, 'user-disable');
  } catch (error) {
    showError(error);
  }
}

async function endSessions(ctx, u) {
  if (!(await confirmAct('结束所有会话', `${u.username} 在所有设备上的登录将立即失效，需要重新登录。`, '结束会话'))) return;
  try {
    await post(`manage/users/${encodeURIComponent(u.username)}/logout`);
    if (session.me && session.me.username === u.username) {
      window.dispatchEvent(new CustomEvent('gongkai:unauthenticated'));
      return;
    }
    await refresh(ctx, u.username, `已结束 ${u.username} 的所有会话。`, 'user-logout');
  } catch (error) {
    showError(error);
  }
}

function passwordForm(ctx, u) {
  const self = session.me && session.me.username === u.username;
  if (!ctx.installation && !self) {
    return h('p', { class: 'hint' }, '只有系统管理员可以重设他人的密码。');
  }
  const password = h('input', { name: 'password', type: 'text', autocomplete: 'new-password', spellcheck: 'false' });
  const shown = h('div', { id: 'password-shown', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'action', id: 'user-password-form', novalidate: true, 'aria-labelledby': 'up-h' },
    h('h3', { id: 'up-h' }, '重设密码'),
    field('新密码', password, '至少 10 个字符。可自行输入，或生成一个只显示一次的强密码。重设后该用户的所有会话结束。'),
    h('p', { class: 'actions' },
      h('button', { type: 'button', id: 'password-generate', onclick: () => { password.value = strongPassword(); password.focus(); } }, '生成强密码'),
      h('button', { type: 'submit', class: 'danger', id: 'password-reset' }, '重设密码')),
    shown,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    const value = password.value;
    if (!(await confirmAct('重设密码', `${u.username} 的旧密码将失效，所有会话随即结束。`, '重设'))) return;
    try {
      await put(`manage/users/${encodeURIComponent(u.username)}/password`, { json: { password: value } });
    } catch (error) {
      showError(error, { form });
      return;
    }
    password.value = '';
    notice(`已重设 ${u.username} 的密码。`);
    replace(shown, h('p', { class: 'once' }, '新密码（只显示这一次，请安全地交给本人）：', h('code', { id: 'password-once' }, value)));
    shown.querySelector('code').setAttribute('tabindex', '-1');
    shown.querySelector('code').focus();
  });
  return form;
}

/**
 * The user's highest role in each organisation where they hold one and the caller may grant, as
 * selects to change, and a row to give a role in one more organisation (a list of every agency
 * would be hundreds of selects on a county's installation).
 */
function grantsForm(ctx, u) {
  const current = new Map();
  for (const g of u.grants) {
    const key = g.organisation === null ? EVERYWHERE : g.organisation;
    if (!current.has(key) || ROLES[g.role] > ROLES[current.get(key)]) current.set(key, g.role);
  }
  const held = ctx.scopes.filter((s) => current.has(s.slug));
  const selects = held.map((s) => {
    const control = select(`role-${s.slug}`, ROLE_OPTIONS, current.get(s.slug));
    return [s, control];
  });
  const free = ctx.scopes.filter((s) => !current.has(s.slug));
  const addScope = select('grant-organisation', [['', '（选择机构）'], ...free.map((s) => [s.slug, s.name])], '');
  const addRole = select('grant-role', ROLE_OPTIONS.slice(1), 'EDITOR');
  const others = u.grants.filter((g) => !ctx.scopes.some((s) => s.slug === (g.organisation === null ? EVERYWHERE : g.organisation)));
  const form = h(
    'form',
    { class: 'action', id: 'user-grants-form', novalidate: true, 'aria-labelledby': 'ug-h' },
    h('h3', { id: 'ug-h' }, '各机构的权限'),
    h('p', { class: 'hint' }, '编辑：起草和提交；审核：另可发布和撤稿；管理员：另可管理栏目、用户和查看操作记录。收回或降低权限会结束该用户的所有会话。'),
    selects.length ? selects.map(([s, control]) => field(s.name, control)) : h('p', { class: 'hint' }, '在您管理的机构中没有权限。'),
    free.length
      ? h('fieldset', { class: 'grant-add' }, h('legend', {}, '在另一个机构授予权限'), field('机构', addScope), field('角色', addRole))
      : null,
    others.length ? h('p', { class: 'hint' }, `另有您不管理的机构的权限：${grantsText({ grants: others }, ctx.names)}`) : null,
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'grants-save' }, '保存权限')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    const changes = selects
      .filter(([s, c]) => current.get(s.slug) !== c.value)
      .map(([s, c]) => [s.slug, c.value]);
    if (addScope.value) changes.push([addScope.value, addRole.value]);
    if (!changes.length) {
      notice('权限没有变化。');
      return;
    }
    const lowering = changes.some(([slug, role]) => current.has(slug) && (!role || ROLES[role] < ROLES[current.get(slug)]));
    if (lowering && !(await confirmAct('收回权限', `收回或降低权限会立即结束 ${u.username} 的所有会话。`, '保存'))) return;
    try {
      for (const [slug, role] of changes) await setRole(u, slug, role);
    } catch (error) {
      showError(error, { form });
      return;
    }
    await refresh(ctx, u.username, `已保存 ${u.username} 的权限。`, 'grants-save');
  });
  return form;
}

/** Makes {@code role} (or none) the user's only role in the organisation: grant first, then revoke. */
async function setRole(u, scope, role) {
  const base = `manage/users/${encodeURIComponent(u.username)}/grants`;
  const organisation = scope === EVERYWHERE ? null : scope;
  if (role) await post(base, { json: { organisation, role } });
  for (const g of u.grants) {
    if (g.organisation === organisation && g.role !== role) {
      await del(base, { query: { organisation, role: g.role } });
    }
  }
}

/** 16 characters from letters and digits that cannot be mistaken for each other. */
export function strongPassword() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const out = [];
  const bytes = new Uint32Array(16);
  crypto.getRandomValues(bytes);
  for (const b of bytes) out.push(alphabet[b % alphabet.length]);
  return out.join('');
}
