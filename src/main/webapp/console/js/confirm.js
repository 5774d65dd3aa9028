// Asking before a destructive act: a modal <dialog> (focus kept inside, Esc cancels) whose buttons
// name the act, so nobody disables an account by a stray click.

import { h } from './dom.js';

/**
 * Resolves to true when the person confirms. {@code act} labels the confirming button ("停用"),
 * {@code message} says what will happen.
 */
export function confirmAct(title, message, act) {
  return new Promise((resolve) => {
    const previous = document.activeElement;
    const dialog = h(
      'dialog',
      { id: 'confirm', class: 'confirm', 'aria-labelledby': 'confirm-h', 'aria-describedby': 'confirm-p' },
      h('h2', { id: 'confirm-h' }, title),
      h('p', { id: 'confirm-p' }, message),
      h(
        'p',
        { class: 'actions' },
        h('button', { type: 'button', class: 'danger', id: 'confirm-yes', onclick: () => close(true) }, act),
        h('button', { type: 'button', id: 'confirm-no', onclick: () => close(false) }, '取消'),
      ),
    );
    let answered = false;
    function close(answer) {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      if (previous && previous.isConnected) previous.focus();
      resolve(answer);
    }
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      close(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('#confirm-no').focus();
  });
}
