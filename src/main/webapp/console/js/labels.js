// The closed lists of the catalogue, exchanged with the API as their Chinese labels.

export const STATES = [
  ['DRAFT', '草稿'],
  ['PENDING_REVIEW', '待审核'],
  ['PUBLISHED', '已发布'],
  ['WITHDRAWN', '已撤稿'],
];
export const stateLabel = (s) => (STATES.find(([k]) => k === s) || [s, s])[1];

export const GENRES = ['通知', '公告', '通告', '决定', '意见', '办法', '规定', '规章', '行政规范性文件', '报告',
  '规划', '计划', '方案', '批复', '函', '纪要', '命令', '其他'];
export const METHODS = ['主动公开', '依申请公开'];
export const SCOPES = ['面向社会', '面向申请人'];
export const TIME_LIMITS = ['长期', '及时', '限时'];
export const VALIDITIES = ['有效', '失效', '废止'];
export const CHANNEL_KINDS = [
  ['ITEM_LIST', '信息列表'],
  ['SINGLE_PAGE', '单页'],
  ['REPORT_LIST', '年报列表'],
];
export const kindLabel = (k) => (CHANNEL_KINDS.find(([v]) => v === k) || [k, k])[1];

/** Channels (flat, parent by code, in order) as a depth-first list of {channel, depth}. */
export function channelTree(channels) {
  const byParent = new Map();
  for (const c of channels) {
    const key = c.parent || '';
    if (!byParent.has(key)) byParent.set(key, []);
    byParent.get(key).push(c);
  }
  for (const list of byParent.values()) list.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const out = [];
  const walk = (parent, depth) => {
    for (const c of byParent.get(parent) || []) {
      out.push({ channel: c, depth });
      walk(c.code, depth + 1);
    }
  };
  walk('', 0);
  return out;
}

// The names the API stores for what changed in a revision (machine-readable, in English), as the
// editor reads them. A name without a label shows as it is.
export const REVISION_FIELDS = {
  created: '新建',
  title: '标题',
  summary: '内容概述',
  body: '正文',
  primaryChannel: '主栏目',
  extraChannels: '其他栏目',
  documentNumber: '文号',
  writtenOn: '成文日期',
  theme: '主题分类',
  genre: '体裁分类',
  keywords: '关键词',
  disclosureMethod: '公开方式',
  scope: '公开范围',
  timeLimit: '公开时限',
  validity: '有效性',
  invalidSince: '失效/废止日期',
  expiresAt: '到期自动撤稿时间',
  publisher: '发布机构',
  attachments: '附件',
};
export const fieldLabel = (name) => REVISION_FIELDS[name] || FIELD_NAMES[name] || name;

// Other fields a refusal may name (fields[].name of a problem), for the alert banner.
const FIELD_NAMES = {
  channel: '主栏目',
  organisation: '机构',
  file: '文件',
  name: '名称',
  code: '代码',
  parent: '上级',
  reason: '理由',
  year: '年度',
  publishedOn: '发布日期',
  at: '发布时间',
  username: '用户名',
  password: '密码',
  overview: '总体情况',
  problems: '存在的主要问题及改进情况',
  other: '其他需要报告的事项',
};

// The audit log's actions (GET /manage/audit), as the editor reads them.
export const AUDIT_ACTIONS = {
  'item.create': '新建信息',
  'item.update': '修改信息',
  'item.delete': '删除信息',
  'item.restore': '恢复信息版本',
  'item.submit': '提交审核',
  'item.reject': '退回草稿',
  'item.publish': '发布信息',
  'item.schedule': '定时发布信息',
  'item.withdraw': '撤稿',
  'item.expire': '到期自动撤稿',
  'item.import': '迁移导入信息',
  'item.reimport': '重新导入信息',
  'items.import': '迁移导入',
  'items.import-check': '迁移导入（只检查）',
  'attachment.add': '上传附件',
  'attachment.remove': '删除附件',
  'attachment.describe': '图片说明与封面',
  'channel.create': '新增栏目',
  'channel.update': '修改栏目',
  'channel.delete': '删除栏目',
  'organisation.create': '新增机构',
  'organisation.update': '修改机构',
  'report.create': '新建年度报告',
  'report.update': '修改年度报告',
  'report.import': '导入年度报告',
  'report.reimport': '重新导入年度报告',
  'report.derive': '采纳推算数据',
  'report.publish': '发布年度报告',
  'report.correct': '更正年度报告',
  'report.original': '保存年度报告原文件',
  'request.register': '登记依申请公开',
  'request.update': '修改依申请公开',
  'request.answer': '答复依申请公开',
  'request.extend': '延长答复期限',
  'request.pause': '中止计时',
  'request.resume': '恢复计时',
  'request.close': '办结依申请公开',
  'request.appeal': '登记行政复议或诉讼',
  'request.appeal-result': '登记复议或诉讼结果',
  'request.file-add': '上传申请材料',
  'request.file-remove': '删除申请材料',
  'request.submission-accept': '受理网上申请',
  'request.submission-void': '作废网上申请',
  'user.create': '新建用户',
  'user.password': '修改密码',
  'user.disable': '停用用户',
  'user.enable': '启用用户',
  'user.logout': '结束会话',
  'grant.add': '授予权限',
  'grant.revoke': '收回权限',
};
// The kinds of action (the part before the dot), for filtering the log by kind.
export const AUDIT_KINDS = {
  item: '信息',
  items: '批量导入',
  attachment: '附件',
  channel: '栏目',
  organisation: '机构',
  report: '年度报告',
  request: '依申请公开',
  user: '用户',
  grant: '权限',
};
export const auditLabel = (action) => AUDIT_ACTIONS[action] || action;

// What an audit entry concerns (targetType).
export const AUDIT_TARGETS = {
  item: '信息',
  channel: '栏目',
  organisation: '机构',
  report: '年度报告',
  user: '用户',
  import: '导入',
};
export const targetLabel = (type) => (type ? AUDIT_TARGETS[type] || type : '');
