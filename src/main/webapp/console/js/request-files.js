// 材料: the files kept with a disclosure request — the applicant's letter, the reply, notices. They are
// personal data: each is fetched with the editor's token and handed to the browser as a download,
// never as a plain address another person could open; removing one asks first.

import { ApiError, BASE, del, post, setToken, token } from './api.js';
import { confirmAct } from './confirm.js';
import { field, formatTime, h, select } from './dom.js';
import { clearFieldErrors, flashNext, showError } from './errors.js';

function size(bytes) {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const address = (f) => new URL(f.url.replace(/^\/api\/v1\//, ''), BASE);

/** Fetches a file with the session's token and saves it under its own name. */
async function download(f) {
  const response = await fetch(address(f), {
    headers: { Authorization: `Bearer ${token()}`, 'Accept-Language': 'zh-CN' },
    cache: 'no-store',
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    if (response.status === 401) {
      setToken(null);
      window.dispatchEvent(new CustomEvent('gongkai:unauthenticated'));
    }
    throw new ApiError(response.status, problem);
  }
  const href = URL.createObjectURL(await response.blob());
  const a = h('a', { href, download: f.fileName, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // the browser has taken the file once the click is handled; the address is freed a while later
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * The 材料 section of a request's screen: its files (kind, name, size, who and when, a download
 * link), an upload form with the kind picker and a remove button each — until the request is closed.
 * {@code etag} is the request's version as shown; {@code reload} renders the screen again.
 */
export function filesPanel(org, r, etag, reload, choices) {
  const path = `manage/organisations/${org.slug}/requests/${r.id}/files`;
  const open = r.state !== 'CLOSED';
  const remove = async (f) => {
    const yes = await confirmAct('删除材料', `删除“${f.kindLabel}”${f.fileName}？删除后不能恢复。`, '删除');
    if (!yes) return;
    try {
      await del(`${path}/${f.id}`, { etag });
      flashNext(`已删除 ${f.fileName}。`);
      reload();
    } catch (error) {
      showError(error, { onStale: reload });
    }
  };
  const files = r.files || [];
  const list = files.length
    ? h('ul', { id: 'request-files', class: 'files' }, files.map((f) => h('li', { 'data-id': f.id },
        h('span', { class: 'file-kind' }, f.kindLabel), '：',
        h('a', {
          href: address(f).href,
          class: 'file-name',
          download: f.fileName,
          onclick: (e) => {
            e.preventDefault();
            download(f).catch((error) => showError(error));
          },
        }, f.fileName),
        `（${size(f.size)}，${f.uploadedBy} ${formatTime(f.uploadedAt)} 上传）`,
        open
          ? [' ', h('button', { type: 'button', class: 'small', 'aria-label': `删除材料 ${f.fileName}`, onclick: () => remove(f) }, '删除')]
          : null)))
    : h('p', { id: 'request-files', class: 'hint' }, '还没有材料。');
  return h('section', { class: 'card', id: 'files', 'aria-labelledby': 'files-h' },
    h('h2', { id: 'files-h' }, '材料'),
    h('p', { class: 'hint' }, '申请书、答复书、告知书等材料属个人信息：只有本机构编辑及以上可见，不公开、不进入搜索、不导出。'),
    list,
    open ? uploadForm(path, etag, reload, choices) : h('p', { class: 'hint' }, '申请已办结，材料不能再上传或删除。'));
}

function uploadForm(path, etag, reload, choices) {
  // named apart from the pause form's kind on the same screen; the API's field is still 'kind'
  const kind = select('fileKind', choices.fileKinds.map((c) => [c.code, c.label]), 'letter');
  kind.id = 'request-file-kind';
  kind.dataset.field = 'kind';
  const file = h('input', { type: 'file', name: 'file', id: 'request-file', 'aria-required': 'true' });
  const form = h('form', { id: 'request-file-form', novalidate: true },
    field('材料类别', kind),
    field('选择文件（PDF、Word、Excel、图片）', file),
    h('p', { class: 'actions' }, h('button', { type: 'submit', id: 'request-file-upload' }, '上传材料')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    const chosen = file.files[0];
    if (!chosen) {
      showError({ status: 400, fields: [{ name: 'file', reason: '请先选择文件' }], problem: {} }, { form });
      return;
    }
    try {
      await post(path, {
        query: { kind: kind.value, name: chosen.name },
        body: chosen,
        contentType: chosen.type || 'application/octet-stream',
        etag,
      });
      flashNext(`已上传 ${chosen.name}。`);
      reload();
    } catch (error) {
      showError(error, { form, onStale: reload });
    }
  });
  return form;
}
