// Who is logged in, the organisations they hold grants for, and their role in each.

import { get, post, setToken, token } from './api.js';

export const ROLES = { EDITOR: 1, REVIEWER: 2, ADMINISTRATOR: 3 };
export const ROLE_LABELS = { EDITOR: '编辑', REVIEWER: '审核', ADMINISTRATOR: '管理员' };
const ORG = 'gongkai.console.organisation';

export const session = { me: null, organisations: [] };

export async function login(username, password) {
  const r = await post('auth/token', { json: { username, password }, anonymous: true });
  setToken(r.data.token);
  await load();
}

/**
 * Logs out: the server ends every session of the user (their tokens stop working everywhere, so a
 * copied token is useless too), then the tab forgets its token.
 */
export async function logout() {
  if (session.me && token()) {
    try {
      await post(`manage/users/${encodeURIComponent(session.me.username)}/logout`);
    } catch {
      // already logged out or unreachable: forgetting the token below is all that is left
    }
  }
  setToken(null);
  session.me = null;
  session.organisations = [];
}

export function loggedIn() {
  return Boolean(token());
}

/**
 * Reads /manage/me. A grant without organisation (the installation administrator) covers every
 * organisation, so those come from the public list.
 */
export async function load() {
  const me = (await get('manage/me')).data;
  const best = new Map();
  let everywhere = null;
  for (const g of me.grants) {
    if (g.organisation === null) {
      if (!everywhere || ROLES[g.role] > ROLES[everywhere]) everywhere = g.role;
    } else if (!best.has(g.organisation) || ROLES[g.role] > ROLES[best.get(g.organisation)]) {
      best.set(g.organisation, g.role);
    }
  }
  const all = (await get('organisations')).data;
  const list = Array.isArray(all) ? all : all.items || [];
  session.organisations = list
    .map((o) => {
      let role = best.get(o.slug) || null;
      if (everywhere && (!role || ROLES[everywhere] > ROLES[role])) role = everywhere;
      return { slug: o.slug, name: o.name, role };
    })
    .filter((o) => o.role);
  session.me = me;
  if (!session.organisations.some((o) => o.slug === currentSlug())) {
    setCurrent(session.organisations[0] ? session.organisations[0].slug : null);
  }
  return session;
}

export function currentSlug() {
  return sessionStorage.getItem(ORG);
}

export function setCurrent(slug) {
  if (slug) sessionStorage.setItem(ORG, slug);
  else sessionStorage.removeItem(ORG);
}

export function current() {
  return session.organisations.find((o) => o.slug === currentSlug()) || null;
}

/** Whether the user holds at least {@code role} in organisation {@code slug}. */
export function can(role, slug = currentSlug()) {
  const o = session.organisations.find((x) => x.slug === slug);
  return Boolean(o && ROLES[o.role] >= ROLES[role]);
}

/** Whether the user administers the whole installation (a grant without organisation). */
export function isInstallationAdministrator() {
  return Boolean(session.me && session.me.grants.some((g) => g.organisation === null && g.role === 'ADMINISTRATOR'));
}
