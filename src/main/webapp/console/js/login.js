// Logging in: username and password for a token kept in this tab's sessionStorage.

import { field, h, replace } from './dom.js';
import { alertBanner, clearFieldErrors, showError } from './errors.js';
import { login } from './session.js';

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
  replace(main, h('h1', {}, '登录编辑台'), form);
  username.focus();
}
