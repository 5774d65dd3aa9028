package io.gongkai.channels.entity;

/** What a channel shows. */
public enum ChannelKind {
  /** A list of disclosure items. */
  ITEM_LIST,
  /** One page, such as the 指南 or how to apply (依申请公开). */
  SINGLE_PAGE,
  /** The list of annual reports. */
  REPORT_LIST
}
