// Migration: upload an old site's items (NDJSON or zip), follow the job with a progress bar, read
// the row errors; the organisation's recent imports below.

import { get, post } from './api.js';
import { field, formatTime, h, labelCells, replace } from './dom.js';
import { notice, showError } from './errors.js';
import { can, currentSlug } from './session.js';

let polling = null;

const STATES = { QUEUED: '排队中', RUNNING: '进行中', DONE: '已完成', FAILED: '失败' };

export async function importsView(main) {
  stop();
  const slug = currentSlug();
  if (!can('ADMINISTRATOR', slug)) {
    replace(main, h('h1', {}, '迁移导入'), h('p', {}, '只有本机构的管理员可以导入信息。'));
    return;
  }
  const file = h('input', { type: 'file', name: 'file', id: 'import-file', accept: '.ndjson,.jsonl,.json,.zip', 'aria-required': 'true' });
  const dryRun = h('input', { type: 'checkbox', name: 'dryRun', id: 'import-dry-run' });
  const channels = (await get(`manage/organisations/${slug}/channels`)).data.filter((c) => c.kind === 'ITEM_LIST');
  const defaultChannel = h('select', { name: 'defaultChannel', id: 'import-default-channel' },
    h('option', { value: '' }, '（每行须给出栏目）'),
    channels.map((c) => h('option', { value: c.code }, c.name)));
  const job = h('section', { class: 'card', id: 'import-job', 'aria-labelledby': 'ij-h', 'aria-live': 'polite' });
  const recent = h('div', { id: 'import-recent' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'if-h' },
    h('h2', { id: 'if-h' }, '上传'),
    h('p', { class: 'hint' }, '每行一条信息的 NDJSON 文件，或包含 items.ndjson 与附件的 zip。已导入过的行（相同 externalId）不会重复创建；原索引号、发布日期和原网址都会保留。'),
    field('文件', file),
    field('未注明栏目的行放入', defaultChannel),
    h('p', {}, h('label', {}, dryRun, ' 只检查，不保存')),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'import-start' }, '开始导入')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = file.files[0];
    if (!chosen) {
      file.focus();
      return;
    }
    try {
      const started = (await post(`manage/organisations/${slug}/imports`, {
        body: chosen,
        contentType: /\.zip$/i.test(chosen.name) ? 'application/zip' : 'application/x-ndjson',
        query: { dryRun: dryRun.checked ? 'true' : null, defaultChannel: defaultChannel.value },
      })).data;
      follow(started.id);
    } catch (error) {
      showError(error);
    }
  });

  replace(main, h('h1', {}, '迁移导入'), h('div', { class: 'editor' }, h('div', {}, form, job), h('section', { class: 'card', 'aria-labelledby': 'ir-h' }, h('h2', { id: 'ir-h' }, '最近的导入'), recent)));

  function show(j) {
    const rows = [
      ['状态', `${STATES[j.state] || j.state}${j.dryRun ? '（只检查）' : ''}`],
      ['进度', `${j.done} / ${j.total}`],
      ['新建', String(j.created)], ['更新', String(j.updated)], ['未变', String(j.unchanged)], ['失败', String(j.failed)],
    ];
    replace(job,
      h('h2', { id: 'ij-h' }, `导入 #${j.id}`),
      h('progress', { max: Math.max(1, j.total), value: j.done, 'aria-label': '导入进度' }),
      h('dl', { class: 'facts', 'data-state': j.state }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      j.errors.length
        ? h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': '出错的行' }, labelCells(h('table', { class: 'list cards', id: 'import-errors' },
            h('thead', {}, h('tr', {}, ['行', 'externalId', '字段', '原因'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, j.errors.map((x) => h('tr', {}, h('td', {}, String(x.line)), h('td', {}, x.externalId || ''), h('td', {}, x.field || ''), h('td', {}, x.message)))))))
        : null);
  }

  function follow(id) {
    stop();
    const tick = async () => {
      if (!document.body.contains(job)) return stop();
      try {
        const j = (await get(`manage/organisations/${slug}/imports/${id}`)).data;
        show(j);
        if (j.state === 'DONE' || j.state === 'FAILED') {
          stop();
          notice(j.state === 'DONE' ? `导入完成：新建 ${j.created}，更新 ${j.updated}，失败 ${j.failed}。` : '导入失败。');
          loadRecent();
        }
      } catch (error) {
        stop();
        showError(error);
      }
      return undefined;
    };
    tick();
    polling = setInterval(tick, 500);
  }

  async function loadRecent() {
    const jobs = (await get(`manage/organisations/${slug}/imports`)).data;
    replace(recent, jobs.length
      ? h('ul', { id: 'import-list' }, jobs.map((j) => h('li', {},
          h('a', { href: '#/imports', onclick: (e) => { e.preventDefault(); follow(j.id); } }, `#${j.id}`),
          ` ${formatTime(j.createdAt)} ${STATES[j.state] || j.state}${j.dryRun ? '（只检查）' : ''}：新建 ${j.created}，更新 ${j.updated}，未变 ${j.unchanged}，失败 ${j.failed}`)))
      : h('p', {}, '还没有导入过。'));
  }

  await loadRecent();
}

function stop() {
  if (polling) clearInterval(polling);
  polling = null;
}
