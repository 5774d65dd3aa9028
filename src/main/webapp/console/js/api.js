// The API client: bearer token from sessionStorage, ETags for If-Match, problem+json as ApiError.

const TOKEN = 'gongkai.console.token';
export const BASE = new URL('../../api/v1/', import.meta.url);

/** A refused request: status and the problem document (RFC 9457), if any. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `请求失败（HTTP ${status}）`);
    this.status = status;
    this.problem = problem || {};
  }

  get fields() {
    return Array.isArray(this.problem.fields) ? this.problem.fields : [];
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN);
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN, value);
  else sessionStorage.removeItem(TOKEN);
}

/**
 * Calls the API. options: json (a body to send as JSON), body + contentType (raw), etag
 * (sent as If-Match), query (an object of parameters). Resolves to {status, data, etag}.
 * A 401 clears the token and fires 'gongkai:unauthenticated' so the console shows the login.
 */
export async function call(method, path, options = {}) {
  const url = new URL(path, BASE);
  for (const [k, v] of Object.entries(options.query || {})) {
    if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
  }
  // the console is Chinese: the API's texts (problems, report findings) match it whatever language
  // the browser prefers
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': 'zh-CN' };
  const t = token();
  if (t && !options.anonymous) headers.Authorization = `Bearer ${t}`;
  if (options.etag) headers['If-Match'] = options.etag;
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType || 'application/octet-stream';
    body = options.body;
  }
  let response;
  try {
    response = await fetch(url, { method, headers, body, cache: 'no-store' });
  } catch (e) {
    throw new ApiError(0, { title: '网络错误', detail: `无法连接服务器：${e.message}` });
  }
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (response.status !== 204 && /json/.test(type)) {
    data = await response.json().catch(() => null);
  } else if (response.status !== 204) {
    data = await response.text();
  }
  if (!response.ok) {
    if (response.status === 401 && !options.anonymous) {
      setToken(null);
      window.dispatchEvent(new CustomEvent('gongkai:unauthenticated'));
    }
    throw new ApiError(response.status, data && typeof data === 'object' ? data : null);
  }
  return { status: response.status, data, etag: response.headers.get('ETag') };
}

export const get = (path, options) => call('GET', path, options);
export const post = (path, options) => call('POST', path, options);
export const put = (path, options) => call('PUT', path, options);
export const del = (path, options) => call('DELETE', path, options);

/** "3" from a version number, as an If-Match value. */
export function etagOf(version) {
  return `"${version}"`;
}
