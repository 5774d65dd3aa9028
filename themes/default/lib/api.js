/**
 * The Gongkai JSON API as the elements call it: one base URL (the element's `api` attribute,
 * default same-origin `/api/v1`), JSON in, `application/problem+json` turned into a ProblemError.
 */

/** An error the API (or the network) answered, with what a reader can be told. */
export class ProblemError extends Error {
  constructor({ status = 0, title = '', detail = '', type = '', fields = [] } = {}) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = type;
    /** The refused fields of a validation problem: [{name, reason}]. */
    this.fields = fields;
  }
}

export class Api {
  /** @param {string|null} base the API's base URL; relative URLs resolve against the page */
  constructor(base) {
    const raw = (base && base.trim()) || '/api/v1';
    this.base = new URL(raw.endsWith('/') ? raw : raw + '/', document.baseURI);
  }

  /** The absolute URL of an API path (`items/1`) with query parameters (nulls and '' left out). */
  url(path, params = {}) {
    const url = new URL(path.replace(/^\//, ''), this.base);
    for (const [name, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && value !== '') {
        url.searchParams.set(name, String(value));
      }
    }
    return url;
  }

  /**
   * A URL the API sent back, such as an attachment's `/api/v1/items/1/attachments/2`: resolved
   * against the API's origin, so it also works when the portal lives on another origin.
   */
  resolve(href) {
    return new URL(href, this.base).href;
  }

  /** GET a JSON document; rejects with a ProblemError. */
  async get(path, params = {}, { signal } = {}) {
    return this.send(this.url(path, params), {
      // the elements speak Chinese: the API's texts (problems, report findings) match them,
      // whatever language the reader's browser prefers
      headers: { Accept: 'application/json', 'Accept-Language': 'zh-CN' },
      signal,
    });
  }

  /** POST a JSON body (a public form); resolves to the JSON answer, rejects with a ProblemError. */
  async post(path, body) {
    return this.send(this.url(path), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': 'zh-CN', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
  }

  async send(url, init) {
    let response;
    try {
      response = await fetch(url, init);
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new ProblemError({ title: '网络连接失败', detail: '无法连接到服务器，请检查网络后重试。' });
    }
    if (!response.ok) {
      let problem = {};
      try {
        problem = await response.json();
      } catch (ignored) {
        // not JSON: the status alone
      }
      throw new ProblemError({
        status: response.status,
        type: problem.type,
        title: problem.title || titleOf(response.status),
        detail: fieldsOf(problem) || problem.detail || '',
        fields: Array.isArray(problem.fields) ? problem.fields : [],
      });
    }
    return response.json();
  }
}

function titleOf(status) {
  if (status === 404) return '未找到相关内容';
  if (status >= 500) return '服务暂时不可用';
  return '请求未能完成';
}

function fieldsOf(problem) {
  if (!Array.isArray(problem.fields) || problem.fields.length === 0) return '';
  return problem.fields.map((f) => `${f.name}：${f.reason}`).join('；');
}
