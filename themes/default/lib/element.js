import { Api, ProblemError } from './api.js';
import { h, replace } from './dom.js';

const STYLESHEET = new URL('../gongkai.css', import.meta.url).href;

/**
 * What every Gongkai element shares: an open shadow root (so no style leaks in or out) with the
 * theme's stylesheet and, if the portal gives one, its own (`stylesheet` attribute); the API
 * client (`api` attribute); loading and error states; and `data-state` on the host
 * (loading / ready / error) for portals and tests to wait on.
 *
 * Attributes common to all: `api`, `stylesheet`, `large-text`.
 */
export class GongkaiElement extends HTMLElement {
  static get observedAttributes() {
    return ['api'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    const sheets = [h('link', { rel: 'stylesheet', href: STYLESHEET })];
    const extra = this.getAttribute('stylesheet');
    if (extra) sheets.push(h('link', { rel: 'stylesheet', href: extra }));
    this.styled = Promise.all(sheets.map((link) => new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', resolve, { once: true });
    })));
    this.view = h('div', { class: 'gk', part: 'root' });
    this.shadowRoot.append(...sheets, this.view);
    this.generation = 0;
  }

  connectedCallback() {
    if (!this.started) {
      this.started = true;
      this.refresh();
    }
  }

  attributeChangedCallback(name, before, after) {
    if (this.started && before !== after) this.refresh();
  }

  get api() {
    return new Api(this.getAttribute('api'));
  }

  /** A link template from an attribute, or the default. */
  template(name, fallback) {
    return this.getAttribute(name) || fallback;
  }

  /** Reads the attribute, else the page's query parameter of the same name. */
  param(attribute, query = attribute) {
    const value = this.getAttribute(attribute);
    if (value !== null && value !== '') return value;
    return new URL(location.href).searchParams.get(query);
  }

  /** Runs the element's `load()`, showing a polite error in place of a blank element. */
  async refresh() {
    const generation = ++this.generation;
    this.current = () => generation === this.generation;
    this.dataset.state = 'loading';
    this.setAttribute('aria-busy', 'true');
    try {
      await this.load(this.current);
      await this.styled;
      if (this.current()) this.dataset.state = 'ready';
    } catch (e) {
      if (!this.current() || e.name === 'AbortError') return;
      await this.styled;
      replace(this.view, this.problem(e));
      this.dataset.state = 'error';
    } finally {
      if (this.current()) this.removeAttribute('aria-busy');
    }
  }

  /** What the reader sees when the API refuses or cannot be reached. */
  problem(e, { retry = true } = {}) {
    const p = e instanceof ProblemError ? e : new ProblemError({ title: '页面出错', detail: String(e.message || e) });
    if (!(e instanceof ProblemError)) console.error(e);
    return h('div', { class: 'gk-error', role: 'alert', part: 'error' },
      h('p', { class: 'gk-error-title' }, `抱歉，${p.title || '暂时无法显示该内容'}`),
      p.detail ? h('p', { class: 'gk-error-detail' }, p.detail) : null,
      p.status ? h('p', { class: 'gk-error-status' }, `错误代码：${p.status}`) : null,
      retry ? h('button', { type: 'button', class: 'gk-button', onclick: () => this.refresh() }, '重试') : null);
  }

  /** "Loading" for a region being replaced. */
  static loading(text = '正在加载…') {
    return h('p', { class: 'gk-loading', role: 'status' }, text);
  }
}

/** The error for an element placed without what it shows. */
export function missing(attribute) {
  return new ProblemError({
    title: '未指定要显示的内容',
    detail: `请为元素设置 ${attribute} 属性，或从目录、列表或搜索结果进入本页。`,
  });
}
