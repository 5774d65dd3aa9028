import { GongkaiElement, missing } from './lib/element.js';
import { h, replace, fill, uid, coverImage } from './lib/dom.js';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * `<gk-focus organisation="jrjgfwzx">`: 焦点图, the latest picture news of a channel as a rotating
 * carousel, after the WAI-ARIA carousel pattern (auto-rotating, with a rotation control):
 * previous / next / pause buttons with Chinese labels and a picker of slides; arrow keys move
 * between slides while focus is inside; rotation pauses while the pointer is over it or focus is
 * in it, stops when the reader presses pause, and does not start by itself when the reader prefers
 * reduced motion (the play button still starts it). The slides' live region is off while rotating and polite otherwise. Each slide is a link
 * to the item: its cover picture (every width in `srcset`, its alt text) and its title.
 *
 * Attributes: `organisation`, `channel` (default `picture-news`), `size` (slides, default 5),
 * `interval` (milliseconds a slide shows, default 5000, at least 1000), `item-href` (default
 * `?item={id}`), `api`. The host carries `data-slide` (the index shown) and `data-rotating`.
 */
export class GkFocus extends GongkaiElement {
  static get observedAttributes() {
    return ['api', 'organisation', 'channel', 'size', 'interval', 'item-href'];
  }

  constructor() {
    super();
    this.slidesId = `${uid('gk-focus-')}-slides`;
    this.motion = window.matchMedia(REDUCED_MOTION);
    this.onMotion = () => {
      this.stopped = this.motion.matches;
      this.update();
    };
  }

  connectedCallback() {
    super.connectedCallback();
    this.motion.addEventListener('change', this.onMotion);
  }

  disconnectedCallback() {
    this.motion.removeEventListener('change', this.onMotion);
    clearTimeout(this.timer);
  }

  async load(current) {
    clearTimeout(this.timer);
    const organisation = this.getAttribute('organisation') || this.param('organisation');
    if (!organisation) throw missing('organisation');
    const channel = this.getAttribute('channel') || 'picture-news';
    const size = Math.min(Math.max(Number(this.getAttribute('size')) || 5, 1), 10);
    replace(this.view, GongkaiElement.loading());
    const result = await this.api.get('items', { organisation, channel, size: size * 2 });
    if (!current()) return;
    this.slides = result.items.filter((i) => i.cover).slice(0, size);
    this.index = 0;
    this.stopped = this.motion.matches; // the reader pressed pause, or prefers reduced motion
    this.hovered = false;
    this.focused = false;
    if (this.slides.length === 0) {
      replace(this.view, h('p', { class: 'gk-empty' }, '暂无图片新闻。'));
      return;
    }
    this.render();
    this.update();
  }

  render() {
    const template = this.template('item-href', '?item={id}');
    const resolve = (url) => (url.startsWith('/api/') ? this.api.resolve(url) : url);
    const n = this.slides.length;
    this.rotation = h('button', {
      type: 'button', class: 'gk-button gk-focus-rotate', onclick: () => this.toggle(),
    });
    this.track = h('div', { id: this.slidesId, class: 'gk-focus-slides', 'aria-live': 'off' },
      this.slides.map((item, i) =>
        h('div', {
          class: 'gk-focus-slide',
          role: 'group',
          'aria-roledescription': '幻灯片',
          'aria-label': `第 ${i + 1} 张，共 ${n} 张`,
        },
        h('a', { href: fill(template, { id: item.id }), class: 'gk-focus-link' },
          coverImage(item.cover, resolve, '(max-width: 800px) 100vw, 800px', { lazy: i > 0 }),
          h('span', { class: 'gk-focus-caption' }, item.title)))));
    this.picker = h('div', { class: 'gk-focus-picker', role: 'group', 'aria-label': '选择图片' },
      this.slides.map((item, i) => h('button', {
        type: 'button',
        class: 'gk-focus-dot',
        'aria-label': `第 ${i + 1} 张：${item.title}`,
        'aria-controls': this.slidesId,
        onclick: () => this.show(i),
      })));
    const carousel = h('section', {
      class: 'gk-focus',
      'aria-roledescription': '轮播',
      'aria-label': '焦点图',
      part: 'focus',
      onkeydown: (e) => this.onKey(e),
      onmouseenter: () => { this.hovered = true; this.update(); },
      onmouseleave: () => { this.hovered = false; this.update(); },
      onfocusin: () => { this.focused = true; this.update(); },
      onfocusout: (e) => {
        if (!carousel.contains(e.relatedTarget)) { this.focused = false; this.update(); }
      },
    },
    h('div', { class: 'gk-focus-controls' },
      this.rotation,
      h('button', {
        type: 'button', class: 'gk-button gk-focus-prev', 'aria-label': '上一张',
        'aria-controls': this.slidesId, onclick: () => this.show(this.index - 1),
      }, '‹ 上一张'),
      h('button', {
        type: 'button', class: 'gk-button gk-focus-next', 'aria-label': '下一张',
        'aria-controls': this.slidesId, onclick: () => this.show(this.index + 1),
      }, '下一张 ›')),
    this.track,
    n > 1 ? this.picker : null);
    replace(this.view, carousel);
  }

  /** Arrow keys move between slides while focus is inside the carousel. */
  onKey(e) {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      this.show(this.index + (e.key === 'ArrowLeft' ? -1 : 1));
    }
  }

  toggle() {
    this.stopped = !this.stopped;
    this.update();
  }

  show(i) {
    const n = this.slides.length;
    this.index = ((i % n) + n) % n;
    this.update();
  }

  get rotating() {
    return !this.stopped && !this.hovered && !this.focused && (this.slides || []).length > 1;
  }

  /** Shows the current slide and (re)starts or stops the rotation. */
  update() {
    if (!this.track) return;
    const rotating = this.rotating;
    [...this.track.children].forEach((slide, i) => { slide.hidden = i !== this.index; });
    [...this.picker.children].forEach((dot, i) => {
      dot.setAttribute('aria-disabled', String(i === this.index));
      dot.classList.toggle('gk-current', i === this.index);
    });
    this.track.setAttribute('aria-live', rotating ? 'off' : 'polite');
    this.rotation.textContent = this.stopped ? '▶ 播放' : '❚❚ 暂停';
    this.rotation.setAttribute('aria-label', this.stopped ? '开始自动播放' : '暂停自动播放');
    this.dataset.slide = String(this.index);
    this.dataset.rotating = String(rotating);
    clearTimeout(this.timer);
    if (rotating) {
      const interval = Math.max(Number(this.getAttribute('interval')) || 5000, 1000);
      this.timer = setTimeout(() => this.show(this.index + 1), interval);
    }
  }
}
