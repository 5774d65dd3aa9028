// Logging in: username and password for a token kept in this tab's sessionStorage.

import { field, h, replace } from './dom.js';
import { alertBanner, clearFieldErrors, showError } from './errors.js';
import { login } from './session.js';
import { ssoConfiguration, startSsoLogin } from './sso.js';

export function loginView(main, done) {
  const username = h('input', { name: 'username', autocomplete: 'username', required: true });
  const password = h('input', {
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const form = h(
    'form',
    { id: 'login', class: 'card narrow', novalidate: true },
    field('用户名', username),
    field('密码', password),
    h('p', {}, h('button', { type: 'submit', class: 'primary' }, '登录')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    try {
      await login(username.value.trim(), password.value);
      password.value = '';
      done();
    } catch (error) {
      if (error.status === 401) {
        alertBanner('用户名或密码错误。');
        password.select();
      } else if (error.status === 429) {
        alertBanner('尝试次数过多，请稍后再试。');
      } else {
        showError(error, { form });
      }
    }
  });
  const sso = h('div', { id: 'sso', class: 'card narrow sso', hidden: true });
  replace(main, h('h1', {}, '登录编辑台'), sso, form);
  username.focus();
  offerSso(sso);
}

/** Shows the SSO's login above the password form when the installation has one. */
async function offerSso(slot) {
  const config = await ssoConfiguration();
  if (!config.configured || !slot.isConnected) return;
  replace(
    slot,
    h(
      'button',
      {
        type: 'button',
        id: 'sso-login',
        class: 'primary',
        onclick: async (e) => {
          e.target.disabled = true;
          await startSsoLogin(config, '#/items');
        },
      },
      '使用统一身份认证登录',
    ),
    h('p', { class: 'hint' }, '或使用本系统的用户名和密码登录：'),
  );
  slot.hidden = false;
}
