// The demo pages' own script (a portal has its own): default organisations, the large-text toggle.
const params = new URL(location.href).searchParams;
for (const el of document.querySelectorAll('[data-default-organisation]')) {
  if (!params.get('organisation')) el.setAttribute('organisation', el.dataset.defaultOrganisation);
}
for (const el of document.querySelectorAll('[data-default-channel]')) {
  if (!params.get('channel')) el.setAttribute('channel', el.dataset.defaultChannel);
}

const toggle = document.querySelector('#large-text');
const elements = () => document.querySelectorAll('gk-catalogue, gk-item-list, gk-item, gk-search, gk-report, gk-focus, gk-request-form, gk-request-status');
function apply(on) {
  for (const el of elements()) el.toggleAttribute('large-text', on);
  if (toggle) toggle.setAttribute('aria-pressed', String(on));
  document.documentElement.classList.toggle('large-text', on);
}
apply(localStorage.getItem('gk-large-text') === '1' || params.get('large-text') === '1');
toggle?.addEventListener('click', () => {
  const on = toggle.getAttribute('aria-pressed') !== 'true';
  localStorage.setItem('gk-large-text', on ? '1' : '0');
  apply(on);
});

for (const a of document.querySelectorAll('.site-nav a')) {
  if (new URL(a.href).pathname === location.pathname) a.setAttribute('aria-current', 'page');
}

// The item page opened without an item shows the newest published one.
const item = document.querySelector('gk-item[data-default-latest]');
if (item && !params.get('item') && !params.get('preview')) {
  fetch('../api/v1/items?size=1')
    .then((r) => r.json())
    .then((page) => {
      if (page.items && page.items.length > 0) location.replace(`?item=${page.items[0].id}`);
    })
    .catch(() => {});
}
