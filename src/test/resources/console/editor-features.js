// Runs in the console page (RichTextIT): uses each feature of the body editor the way its
// toolbar does (the same commands) and returns the HTML the editor produces for each.
const out = {};
const body = () => ed.getBody();
const start = (html) => {
  ed.setContent(html);
  ed.selection.setCursorLocation(body().querySelector('p, h2, td').firstChild, 0);
};
const selectAll = (css) => ed.selection.select(body().querySelector(css), true);
const mouse = (type, el) =>
  el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
const merge = (from, to) => {
  mouse('mousedown', from);
  mouse('mouseover', to);
  mouse('mouseup', to);
  ed.execCommand('mceTableMergeCells');
};
const feature = (name, html, act) => {
  start(html);
  act();
  out[name] = ed.getContent();
};
feature('heading 2', '<p>总则</p>', () => ed.execCommand('FormatBlock', false, 'h2'));
feature('heading 3', '<p>工作目标</p>', () => ed.execCommand('FormatBlock', false, 'h3'));
feature('heading 4', '<p>具体要求</p>', () => ed.execCommand('FormatBlock', false, 'h4'));
feature('paragraph', '<h2>改回正文</h2>', () => ed.execCommand('FormatBlock', false, 'p'));
feature('bold', '<p>加粗的文字</p>', () => { selectAll('p'); ed.execCommand('Bold'); });
feature('italic', '<p>倾斜的文字</p>', () => { selectAll('p'); ed.execCommand('Italic'); });
feature('underline', '<p>下划线文字</p>', () => { selectAll('p'); ed.execCommand('Underline'); });
feature('align center', '<p>居中的落款</p>', () => ed.execCommand('JustifyCenter'));
feature('align right', '<p>右对齐的日期</p>', () => ed.execCommand('JustifyRight'));
feature('justify', '<p>两端对齐的段落</p>', () => ed.execCommand('JustifyFull'));
feature('bullet list', '<p>第一项</p><p>第二项</p>', () => { ed.selection.select(body(), true); ed.execCommand('InsertUnorderedList'); });
feature('numbered list', '<p>第一步</p><p>第二步</p>', () => { ed.selection.select(body(), true); ed.execCommand('InsertOrderedList'); });
feature('link', '<p>中国政府网</p>', () => { selectAll('p'); ed.execCommand('mceInsertLink', false, { href: 'https://www.gov.cn/' }); });
feature('table', '<p>表格前</p>', () => ed.execCommand('mceInsertTable', false, { rows: 2, columns: 2 }));
feature('merged cells', '<p>表格前</p>', () => {
  ed.execCommand('mceInsertTable', false, { rows: 3, columns: 3 });
  body().querySelectorAll('td').forEach((c, i) => { c.textContent = `格${i}`; });
  const rows = body().querySelectorAll('tr');
  merge(rows[0].cells[0], rows[0].cells[1]);
  merge(body().querySelectorAll('tr')[1].cells[2], body().querySelectorAll('tr')[2].cells[2]);
});
feature('image', '<p>图片前</p>', () =>
  ed.execCommand('mceInsertContent', false, '<img src="/api/v1/items/1/attachments/1" alt="示意图">'));
feature('image aligned', '<p>图<img src="/api/v1/items/1/attachments/1" alt="示意图"></p>', () => {
  ed.selection.select(body().querySelector('img'));
  ed.execCommand('JustifyRight');
});
feature('horizontal rule', '<p>分隔线前</p>', () => ed.execCommand('InsertHorizontalRule'));
feature('undo', '<p>原文</p>', () => {
  ed.undoManager.add();
  selectAll('p');
  ed.execCommand('Bold');
  ed.execCommand('Undo');
});
feature('source code', '<p>x</p>', () => ed.setContent('<p>源代码里写的<strong>段落</strong></p><p>第二段&nbsp;有空格 &amp; 符号</p>'));
return out;
