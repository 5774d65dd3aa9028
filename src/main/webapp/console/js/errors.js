// Showing what the API refused: next to the field it names, else in the alert banner.

import { h, replace, uid } from './dom.js';
import { fieldLabel } from './labels.js';

const banner = () => document.getElementById('banner');

/** Shows a message in the banner (role=alert); actions are extra nodes such as a reload button. */
export function alertBanner(message, ...actions) {
  const el = banner();
  el.classList.remove('ok');
  replace(el, h('p', {}, message), actions.length ? h('p', { class: 'actions' }, actions) : null);
  el.hidden = false;
  el.scrollIntoView({ block: 'nearest' });
}

/** A non-alarming notice in the same place (role=alert is fine for short confirmations too). */
export function notice(message) {
  const el = banner();
  replace(el, h('p', {}, message));
  el.hidden = false;
  el.classList.add('ok');
}

let flash = null;

/** A notice to show after the next screen change (e.g. "saved" before moving to the new item). */
export function flashNext(message) {
  flash = message;
}

export function clearBanner() {
  const el = banner();
  el.hidden = true;
  el.classList.remove('ok');
  el.replaceChildren();
  if (flash) {
    notice(flash);
    flash = null;
  }
}

/** Removes the field messages a previous attempt left in {@code form}. */
export function clearFieldErrors(form) {
  for (const m of form.querySelectorAll('.field-error')) m.remove();
  for (const c of form.querySelectorAll('[aria-invalid="true"]')) {
    c.removeAttribute('aria-invalid');
    const describedBy = (c.getAttribute('aria-describedby') || '')
      .split(' ')
      .filter((id) => id && !id.startsWith('err-'))
      .join(' ');
    if (describedBy) c.setAttribute('aria-describedby', describedBy);
    else c.removeAttribute('aria-describedby');
  }
}

/** Marks one control invalid with a message placed right after it. */
export function markField(control, message) {
  const id = uid('err');
  const msg = h('p', { class: 'field-error', id }, message);
  control.setAttribute('aria-invalid', 'true');
  control.setAttribute(
    'aria-describedby',
    [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '),
  );
  const anchor = control.closest('.field') || control;
  if (anchor === control) control.after(msg);
  else anchor.append(msg);
  return msg;
}

function controlFor(form, name) {
  return (
    form.querySelector(`[data-field="${CSS.escape(name)}"]`) ||
    form.querySelector(`[name="${CSS.escape(name)}"]`)
  );
}

/**
 * Shows an API error: each of problem.fields next to its control in {@code form}; whatever has no
 * control, and any other problem, in the banner. {@code onStale} offers a reload for a 412.
 */
export function showError(error, { form, onStale } = {}) {
  if (form) clearFieldErrors(form);
  if (error.status === 412) {
    alertBanner(
      '此信息已被他人修改：您看到的是旧版本，保存被拒绝（412）。请重新加载后再次修改。',
      onStale ? h('button', { type: 'button', class: 'reload', onclick: onStale }, '重新加载') : null,
    );
    const reload = banner().querySelector('.reload');
    if (reload) reload.focus();
    return;
  }
  const unplaced = [];
  let first = null;
  for (const f of error.fields || []) {
    const control = form && controlFor(form, f.name);
    if (control) {
      markField(control, f.reason);
      first = first || control;
    } else {
      unplaced.push(`${fieldLabel(f.name)}：${f.reason}`);
    }
  }
  if (first) {
    clearBanner();
    alertBanner('输入有误：请按标出的字段修改后再保存。');
    first.focus();
  }
  if (!first || unplaced.length) {
    const detail = unplaced.length ? unplaced.join('；') : error.message;
    alertBanner(`${error.problem.title ? `${error.problem.title}：` : ''}${detail}`);
  }
}
