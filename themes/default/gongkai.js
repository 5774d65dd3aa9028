/**
 * Gongkai's default portal theme: one module that defines every element.
 *
 *   <script type="module" src="https://gongkai.example.gov.cn/themes/default/gongkai.js"></script>
 *   <gk-catalogue organisation="jrjgfwzx"></gk-catalogue>
 *
 * Elements: <gk-catalogue>, <gk-item-list>, <gk-item>, <gk-search>, <gk-report>, <gk-focus>,
 * <gk-request-form>, <gk-request-status>. Each reads the
 * API named by its `api` attribute (default: same origin, /api/v1), renders in its own shadow
 * root with gongkai.css, and is themed with --gk-* custom properties and ::part(). See README.md.
 */
import { GkCatalogue } from './catalogue.js';
import { GkItemList } from './item-list.js';
import { GkItem } from './item.js';
import { GkSearch } from './search.js';
import { GkReport } from './report.js';
import { GkFocus } from './focus.js';
import { GkRequestForm } from './request-form.js';
import { GkRequestStatus } from './request-status.js';

const ELEMENTS = {
  'gk-catalogue': GkCatalogue,
  'gk-item-list': GkItemList,
  'gk-item': GkItem,
  'gk-search': GkSearch,
  'gk-report': GkReport,
  'gk-focus': GkFocus,
  'gk-request-form': GkRequestForm,
  'gk-request-status': GkRequestStatus,
};

for (const [name, element] of Object.entries(ELEMENTS)) {
  if (!customElements.get(name)) customElements.define(name, element);
}

export { GkCatalogue, GkItemList, GkItem, GkSearch, GkReport, GkFocus, GkRequestForm, GkRequestStatus };
