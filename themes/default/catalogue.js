import { GongkaiElement, missing } from './lib/element.js';
import { h, replace, fill, uid } from './lib/dom.js';

/**
 * `<gk-catalogue organisation="jrjgfwzx">`: an organisation's disclosure catalogue (the channel
 * tree with the number of published items in each) and its 政府信息公开指南.
 *
 * Attributes: `organisation` (slug; else the page's `?organisation=`), `api`,
 * `channel-href` (default `?organisation={organisation}&channel={channel}`),
 * `report-href` (default `?organisation={organisation}`), `no-guide` (leave the 指南 out).
 */
export class GkCatalogue extends GongkaiElement {
  static get observedAttributes() {
    return ['api', 'organisation', 'channel-href', 'report-href', 'no-guide'];
  }

  async load(current) {
    const slug = this.param('organisation');
    if (!slug) throw missing('organisation');
    replace(this.view, GongkaiElement.loading());
    const guide = await this.api.get(`organisations/${encodeURIComponent(slug)}/guide`);
    if (!current()) return;
    const id = uid('gk-cat-');
    const guideHeading = h('h2', { id: `${id}-guide`, tabindex: '-1', part: 'heading' }, guide.title);
    const showGuide = (e) => {
      e.preventDefault();
      guideHeading.scrollIntoView({ block: 'start' });
      guideHeading.focus();
    };
    const organisation = guide.organisation;
    replace(this.view,
      h('section', { class: 'gk-catalogue', 'aria-labelledby': `${id}-title` },
        h('h2', { id: `${id}-title`, class: 'gk-title', part: 'heading' }, `${organisation.name} 政府信息公开目录`),
        h('nav', { 'aria-label': '信息公开目录', class: 'gk-tree', part: 'tree' },
          this.tree(guide.catalogue, organisation.slug, showGuide, 1))),
      this.hasAttribute('no-guide') ? null : this.guide(guide, guideHeading));
  }

  tree(nodes, organisation, showGuide, depth) {
    return h('ul', { class: `gk-tree-level gk-tree-level-${depth}` },
      nodes.map((node) => h('li', { class: 'gk-tree-node' },
        h('span', { class: 'gk-tree-row' },
          this.link(node, organisation, showGuide),
          node.kind === 'ITEM_LIST'
            ? h('span', { class: 'gk-count' }, String(node.total))
            : null),
        node.children.length > 0 ? this.tree(node.children, organisation, showGuide, depth + 1) : null)));
  }

  link(node, organisation, showGuide) {
    if (node.kind === 'SINGLE_PAGE') {
      return h('a', { href: '#guide', class: 'gk-tree-link', onclick: showGuide }, node.name);
    }
    const template = node.kind === 'REPORT_LIST'
      ? this.template('report-href', '?organisation={organisation}')
      : this.template('channel-href', '?organisation={organisation}&channel={channel}');
    return h('a', {
      href: fill(template, { organisation, channel: node.code }),
      class: 'gk-tree-link',
    }, node.name);
  }

  guide(guide, heading) {
    const c = guide.organisation.contact || {};
    return h('section', { class: 'gk-guide', 'aria-labelledby': heading.id, part: 'guide' },
      heading,
      guide.sections.map((s) => h('section', { class: 'gk-guide-section' },
        h('h3', {}, s.heading),
        s.paragraphs.map((p) => h('p', {}, p)))),
      c.office ? h('address', { class: 'gk-contact' },
        h('strong', {}, c.office),
        c.address ? h('span', {}, `地址：${c.address}`) : null,
        c.phone ? h('span', {}, `电话：${c.phone}`) : null,
        c.email ? h('span', {}, `电子邮箱：${c.email}`) : null) : null);
  }
}
