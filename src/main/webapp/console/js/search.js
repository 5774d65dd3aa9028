// The search index: its state, a rebuild with its progress, and the queries that found nothing.

import { get, post } from './api.js';
import { formatTime, h, labelCells, replace, select } from './dom.js';
import { notice, showError } from './errors.js';
import { isInstallationAdministrator } from './session.js';

let polling = null;

export async function searchView(main) {
  stop();
  const status = h('section', { class: 'card', id: 'index-status', 'aria-labelledby': 'is-h' });
  const progressText = h('p', { id: 'rebuild-progress', 'aria-live': 'polite' });
  const rebuild = isInstallationAdministrator()
    ? h('button', { type: 'button', id: 'rebuild', class: 'primary', onclick: () => startRebuild() }, '重建索引')
    : h('p', { class: 'hint' }, '只有管理员可以重建索引。');
  const days = select('days', [['7', '最近 7 天'], ['30', '最近 30 天'], ['90', '最近 90 天'], ['366', '最近一年']], '30');
  days.id = 'misses-days';
  const missesSlot = h('div', { id: 'misses' });
  const missesForm = h(
    'form',
    { class: 'filters', 'aria-label': '无结果查询的时间范围' },
    h('label', { for: 'misses-days' }, '时间范围'),
    days,
    h('button', { type: 'submit' }, '刷新'),
  );
  missesForm.addEventListener('submit', (e) => {
    e.preventDefault();
    loadMisses();
  });

  replace(
    main,
    h('h1', {}, '搜索索引'),
    h('div', { class: 'editor' },
      h('div', {}, status, h('section', { class: 'card', 'aria-labelledby': 'rb-h' }, h('h2', { id: 'rb-h' }, '重建'),
        h('p', { class: 'hint' }, '从数据库重建索引；重建期间原索引继续提供搜索。'), rebuild, progressText)),
      h('section', { class: 'card', 'aria-labelledby': 'ms-h' }, h('h2', { id: 'ms-h' }, '无结果的查询'),
        h('p', { class: 'hint' }, '公众搜索过但没有找到任何结果的词，按次数排列（长数字已隐去）。'), missesForm, missesSlot)),
  );

  function showStatus(s) {
    const r = s.rebuild;
    const rows = [
      ['状态', s.ready ? '就绪' : '正在追赶'],
      ['文档数', String(s.documents)],
      ['已应用的变更', `${s.appliedPosition} / ${s.logPosition}`],
      ['延迟', `${s.lag} 条${s.lagSeconds !== null && s.lagSeconds !== undefined ? `，${s.lagSeconds.toFixed(1)} 秒` : ''}`],
      ['索引大小', `${(s.sizeBytes / 1024 / 1024).toFixed(1)} MB`],
      ['上次重建', r ? `${rebuildState(r.state)}（${r.reason || ''}）${formatTime(r.startedAt)}${r.finishedAt ? ` — ${formatTime(r.finishedAt)}` : ''}` : '—'],
    ];
    const progress = r && r.total > 0 ? h('progress', { max: r.total, value: r.done, 'aria-label': '重建进度' }) : null;
    replace(
      status,
      h('h2', { id: 'is-h' }, '索引状态'),
      h('dl', { class: 'facts', 'data-rebuild': r ? r.state : 'none' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      progress,
      r && r.error ? h('p', { class: 'field-error' }, r.error) : null,
    );
    return r;
  }

  async function refresh() {
    const s = (await get('manage/search/status')).data;
    return showStatus(s);
  }

  async function startRebuild() {
    try {
      const started = (await post('manage/search/rebuild')).data;
      progressText.textContent = `重建已开始：${started.done} / ${started.total}`;
      poll();
    } catch (error) {
      showError(error);
    }
  }

  function poll() {
    stop();
    polling = setInterval(async () => {
      if (!document.body.contains(status)) return stop();
      try {
        const r = await refresh();
        if (!r || r.state !== 'running') {
          stop();
          progressText.textContent = r && r.state === 'failed' ? `重建失败：${r.error}` : `重建完成：${r ? r.done : 0} 个文档。`;
          progressText.dataset.state = r ? r.state : 'none';
          if (r && r.state === 'done') notice('索引重建完成。');
        } else {
          progressText.textContent = `正在重建：${r.done} / ${r.total}`;
        }
      } catch (error) {
        stop();
        showError(error);
      }
    }, 500);
  }

  async function loadMisses() {
    try {
      const misses = (await get('manage/search/misses', { query: { days: days.value, limit: 100 } })).data;
      replace(
        missesSlot,
        misses.length
          ? h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': '无结果查询' }, labelCells(h('table', { class: 'list cards', id: 'misses-table' },
              h('thead', {}, h('tr', {}, ['查询', '次数', '最近一次'].map((t) => h('th', { scope: 'col' }, t)))),
              h('tbody', {}, misses.map((m) => h('tr', {}, h('td', {}, m.query), h('td', {}, String(m.times)), h('td', {}, formatTime(m.lastAt))))))))
          : h('p', { id: 'misses-empty' }, '这段时间没有无结果的查询。'),
      );
    } catch (error) {
      showError(error);
    }
  }

  const r = await refresh();
  await loadMisses();
  if (r && r.state === 'running') poll();
}

function rebuildState(state) {
  return { running: '进行中', done: '已完成', failed: '失败' }[state] || state;
}

function stop() {
  if (polling) clearInterval(polling);
  polling = null;
}
