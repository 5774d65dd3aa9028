package io.gongkai.channels.control;

import io.gongkai.channels.entity.Channel;
import io.gongkai.channels.entity.ChannelKind;
import io.gongkai.organisations.entity.Organisation;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The catalogue every new organisation starts with: the channels the Regulations (2019 revision)
 * require, with the article-20 items they fulfil. Codes are stable; names may be edited later.
 */
public final class StandardCatalogue {

  /** One channel of the standard catalogue. */
  record Entry(String code, String name, ChannelKind kind, String article20, List<Entry> children) {
    static Entry list(String code, String name, String article20, Entry... children) {
      return new Entry(code, name, ChannelKind.ITEM_LIST, article20, List.of(children));
    }
  }

  private static final List<Entry> CATALOGUE =
      List.of(
          new Entry("guide", "政府信息公开指南", ChannelKind.SINGLE_PAGE, null, List.of()),
          Entry.list("rules", "政府信息公开制度", null),
          Entry.list(
              "proactive",
              "法定主动公开内容",
              null,
              Entry.list("functions", "机构职能", "（二）"),
              Entry.list("leaders", "领导信息", "（二）", Entry.list("leader-duties", "领导分工", "（二）")),
              Entry.list(
                  "policies",
                  "政策文件",
                  "（一）",
                  Entry.list("regulations", "规章", "（一）"),
                  Entry.list("normative-documents", "规范性文件", "（一）"),
                  Entry.list("other-documents", "其他文件", "（一）")),
              Entry.list("plans", "规划计划", "（三）"),
              Entry.list("statistics", "统计信息", "（四）"),
              Entry.list("licensing", "行政许可", "（五）"),
              Entry.list("punishment-coercion", "行政处罚和行政强制", "（六）"),
              Entry.list("budgets", "财政预决算", "（七）"),
              Entry.list("fees", "行政事业性收费", "（八）"),
              Entry.list("procurement", "政府采购", "（九）"),
              Entry.list("major-projects", "重大建设项目", "（十）"),
              Entry.list(
                  "personnel",
                  "人事信息",
                  "（十四）",
                  Entry.list("appointments", "人事任免", null),
                  Entry.list("recruitment", "公务员招录", "（十四）")),
              Entry.list("notices", "通知公告", "（十五）"),
              Entry.list(
                  "work-news",
                  "工作动态",
                  null,
                  Entry.list("department-news", "部门动态", null),
                  Entry.list("picture-news", "图片新闻", null)),
              Entry.list("downloads", "资料下载", null)),
          new Entry("annual-reports", "政府信息公开工作年度报告", ChannelKind.REPORT_LIST, null, List.of()),
          new Entry("on-request", "依申请公开", ChannelKind.SINGLE_PAGE, null, List.of()));

  private StandardCatalogue() {}

  public static void createFor(EntityManager em, Organisation organisation) {
    create(em, organisation, null, CATALOGUE);
  }

  private static void create(
      EntityManager em, Organisation org, Channel parent, List<Entry> entries) {
    int position = 0;
    for (Entry e : entries) {
      Channel channel = new Channel(org, parent, e.code(), e.name());
      channel.describe(e.name(), e.kind(), e.article20());
      channel.place(parent, position++);
      em.persist(channel);
      create(em, org, channel, e.children());
    }
  }
}
