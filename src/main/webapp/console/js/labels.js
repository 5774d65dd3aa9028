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
