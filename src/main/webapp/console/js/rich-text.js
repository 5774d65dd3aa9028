// The item body's rich-text editor: TinyMCE (shipped in the WAR under vendor/tinymce), upgrading
// the body <textarea>, which stays the field the form reads and the editor without JavaScript.
//
// The editor offers only what HtmlSanitiser keeps, so what an editor sees is what is saved:
// the schema below lists the elements and attributes both allow, alignment is the align
// attribute (the sanitiser drops every style), underline is <u>, links carry the rel the
// sanitiser enforces, tables have no widths or styles. RichTextIT checks the output of each
// feature against the saved body.

import { cleanPastedHtml } from './paste-cleaner.js';
import { ZH_CN } from './tinymce-zh_CN.js';

const BASE = new URL('../vendor/tinymce', import.meta.url).href;

/** The elements and attributes the editor keeps (TinyMCE's schema syntax), a subset of the sanitiser's. */
export const VALID_ELEMENTS = [
  'p[align|title]',
  'h2[align|title]',
  'h3[align|title]',
  'h4[align|title]',
  'br',
  'hr',
  'strong/b',
  'em/i',
  'u',
  'sub',
  'sup',
  'a[href|title|rel]',
  'img[src|alt|title|width|height|align]',
  'ol[start|type]',
  'ul',
  'li',
  'table[border|cellpadding|cellspacing|align|summary]',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th[colspan|rowspan|scope|align|valign]',
  'td[colspan|rowspan|align|valign]',
].join(',');

const ALIGNABLE = 'p,h2,h3,h4,li,td,th';
const align = (value) => [
  { selector: ALIGNABLE, attributes: { align: value } },
  ...(value === 'justify' ? [] : [{ selector: 'img,table', collapsed: false, attributes: { align: value } }]),
];

let loading = null;

/** Loads TinyMCE once (a classic script, as its own file: the console's CSP allows no inline code). */
function loadTinymce() {
  if (window.tinymce) return Promise.resolve(window.tinymce);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${BASE}/tinymce.min.js`;
      script.onload = () => {
        window.tinymce.addI18n('zh_CN', ZH_CN);
        resolve(window.tinymce);
      };
      script.onerror = () => {
        loading = null;
        reject(new Error('tinymce'));
      };
      document.head.append(script);
    });
  }
  return loading;
}

/** Blob URLs of images uploaded in this page, by their server URL: a draft's images are not public yet. */
const uploadedImages = new Map();
/** The other way round: what is saved for a picture the editor shows from its local copy. */
const savedAddresses = new Map();

/**
 * Upgrades {@code textarea} to the rich-text editor once it is in the document.
 * options: editable (false: read only); upload (a function (blob, fileName) → Promise of the
 * image's URL, or null when the item has no id yet: then images can only be linked by address).
 * The textarea gets data-editor="ready" when the editor is in place.
 */
export function richText(textarea, { editable = true, upload = null } = {}) {
  whenConnected(textarea, async () => {
    let tinymce;
    try {
      tinymce = await loadTinymce();
    } catch {
      textarea.dataset.editor = 'unavailable';
      return;
    }
    for (const old of tinymce.get()) {
      if (!old.getElement() || !old.getElement().isConnected) old.remove();
    }
    if (!textarea.isConnected) return;
    tinymce.init(config(textarea, editable, upload));
  });
}

/** Copies the editor's content into the textarea (before the form is read). */
export function syncRichText() {
  if (window.tinymce) window.tinymce.triggerSave();
}

function whenConnected(el, run, tries = 600) {
  if (el.isConnected) run();
  else if (tries > 0) requestAnimationFrame(() => whenConnected(el, run, tries - 1));
}

function config(textarea, editable, upload) {
  const images = Boolean(upload && editable);
  let self = null;
  const uploadImage = (blobInfo) =>
    upload(blobInfo.blob(), blobInfo.filename()).then((url) => {
      setTimeout(() => askForDescription(self, blobInfo.blobUri(), url));
      return url;
    });
  return {
    target: textarea,
    base_url: BASE,
    suffix: '.min',
    language: 'zh_CN',
    skin_url: `${BASE}/skins/ui/oxide`,
    content_css: [`${BASE}/skins/content/default/content.min.css`, new URL('../editor-content.css', import.meta.url).href],
    readonly: !editable,
    promotion: false,
    branding: false,
    menubar: false,
    // no status bar: its resize handle carries an aria-label without a role (axe: aria-prohibited-attr)
    statusbar: false,
    elementpath: false,
    resize: false,
    height: 480,
    plugins: 'lists advlist link image table code fullscreen',
    toolbar:
      'undo redo | blocks | bold italic underline | alignleft aligncenter alignright alignjustify | ' +
      'bullist numlist | link image gktable hr | code fullscreen',
    toolbar_mode: 'wrap',
    block_formats: '正文=p;标题 2=h2;标题 3=h3;标题 4=h4',
    // no table, row or cell properties: their widths, heights and colours are styles the body drops
    contextmenu: 'link image',
    // what the sanitiser keeps, and nothing else
    valid_elements: VALID_ELEMENTS,
    valid_styles: {},
    entity_encoding: 'named',
    entities: '160,nbsp',
    convert_urls: false,
    formats: {
      alignleft: align('left'),
      aligncenter: align('center'),
      alignright: align('right'),
      alignjustify: align('justify'),
      underline: { inline: 'u', exact: true },
      bold: { inline: 'strong' },
      italic: { inline: 'em' },
    },
    advlist_bullet_styles: 'default',
    advlist_number_styles: 'default',
    link_title: false,
    link_target_list: false,
    link_default_protocol: 'https',
    link_assume_external_targets: 'https',
    image_caption: false,
    image_advtab: false,
    image_title: false,
    image_dimensions: false,
    image_description: true,
    a11y_advanced_options: false,
    image_uploadtab: images,
    images_upload_handler: images ? uploadImage : undefined,
    automatic_uploads: images,
    images_replace_blob_uris: false,
    images_file_types: 'jpeg,jpg,png,gif,webp',
    paste_data_images: images,
    paste_block_drop: !images,
    table_use_colgroups: false,
    table_sizing_mode: 'responsive',
    table_resize_bars: false,
    table_default_attributes: { border: '1' },
    table_default_styles: {},
    table_style_by_css: false,
    table_advtab: false,
    table_cell_advtab: false,
    table_row_advtab: false,
    table_appearance_options: false,
    table_toolbar:
      'tabledelete | tableinsertrowbefore tableinsertrowafter tabledeleterow | ' +
      'tableinsertcolbefore tableinsertcolafter tabledeletecol | tablemergecells tablesplitcells',
    object_resizing: false,
    iframe_aria_text: '正文编辑区。按 Alt+F10 移到工具栏。',
    setup: (editor) => {
      self = editor;
      setup(editor, textarea, images);
    },
  };
}

function setup(editor, textarea, images) {
  editor.ui.registry.addMenuButton('gktable', {
    icon: 'table',
    tooltip: 'Table',
    fetch: (callback) =>
      callback(
        'inserttable | tableinsertrowbefore tableinsertrowafter tabledeleterow | ' +
          'tableinsertcolumnbefore tableinsertcolumnafter tabledeletecolumn | ' +
          'tablemergecells tablesplitcells | deletetable',
      ),
  });
  // first of the paste filters: TinyMCE's own drops every double-quoted style, where WPS keeps its
  // lists and bold
  editor.on(
    'PastePreProcess',
    (e) => {
      if (!e.internal) e.content = cleanPastedHtml(e.content, { keepDataImages: images });
    },
    true,
  );
  editor.on('PreInit', () => {
    // TinyMCE's own inline <style> for the content frame would break the console's CSP: the same
    // rules live in editor-content.css
    editor.contentStyles.length = 0;
    // links as the sanitiser saves them
    editor.serializer.addNodeFilter('a', (nodes) => {
      for (const a of nodes) a.attr('rel', a.attr('href') ? 'noopener noreferrer' : null);
    });
    // after TinyMCE's own src filter: a picture shown from its local copy is saved by its address
    editor.serializer.addAttributeFilter('src', (nodes) => {
      for (const img of nodes) {
        const saved = savedAddresses.get(img.attr('src'));
        if (saved) img.attr('src', saved);
      }
    });
  });
  editor.on('SetContent NodeChange', () => showUploadedImages(editor));
  // the image dialog shows a picture's address, not the local copy the editor displays
  editor.on('OpenWindow', (e) => {
    const data = e.dialog && e.dialog.getData();
    const src = data && data.src && data.src.value;
    if (src && savedAddresses.has(src)) e.dialog.setData({ src: { ...data.src, value: savedAddresses.get(src) } });
  });
  editor.on('init', () => {
    editor.save(); // the body as the editor writes it: only a real change makes the form dirty
    textarea.dataset.editor = 'ready';
  });
  // the form tracks unsaved changes through input events on its fields
  editor.on('input change undo redo ExecCommand', () => {
    const before = textarea.value;
    editor.save();
    if (textarea.value !== before) textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  editor.on('remove', () => {
    delete textarea.dataset.editor;
  });
}

/** Images uploaded earlier in this page are shown from their local copy; the saved address stays. */
function showUploadedImages(editor) {
  for (const img of editor.getBody().querySelectorAll('img[src]')) {
    const local = uploadedImages.get(img.getAttribute('data-mce-src') || img.getAttribute('src'));
    if (local && img.getAttribute('src') !== local) {
      img.setAttribute('data-mce-src', img.getAttribute('data-mce-src') || img.getAttribute('src'));
      img.setAttribute('src', local);
    }
  }
}

/**
 * A pasted or dropped picture, once uploaded, is saved by its address and its description is asked
 * for at once (the image dialog; an upload from that dialog is already there).
 */
function askForDescription(editor, blobUri, url) {
  if (!editor || editor.removed) return;
  const img = [...editor.getBody().querySelectorAll('img')].find((i) => i.getAttribute('src') === blobUri);
  if (!img) return;
  img.setAttribute('data-mce-src', url);
  showUploadedImages(editor);
  if (!img.getAttribute('alt') && !document.querySelector('.tox-dialog')) {
    editor.selection.select(img);
    editor.execCommand('mceImage');
  }
}

/** Remembers the local copy of an uploaded image, to show it while the item is not public. */
export function rememberUpload(url, blob) {
  const local = URL.createObjectURL(blob);
  uploadedImages.set(url, local);
  savedAddresses.set(local, url);
}
