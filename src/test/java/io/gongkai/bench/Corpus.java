package io.gongkai.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A deterministic generator of realistic disclosure items: titles and bodies assembled from
 * templates of government writing, with words drawn from a Zipf distribution (a few very common, a
 * long tail of rare ones), people's names no dictionary knows, spread over organisations, channels
 * and years, each with a 文号 and a 索引号. Item {@code i} is always the same item, so a benchmark can
 * write the corpus to the database and feed the very same documents to raw Lucene.
 */
final class Corpus {

  /** Ids of generated items start here, far above anything the application allocates. */
  static final long FIRST_ID = 1_000_000_000L;

  private static final String[] TOPICS = {
    "安全生产", "政务服务", "乡村振兴", "环境保护", "城乡建设", "公共资源交易", "财政预算", "教育", "医疗卫生", "社会保障",
    "住房公积金", "交通运输", "农业农村", "市场监管", "文化旅游", "科技创新", "营商环境", "防汛抗旱", "人才引进", "招商引资",
    "民生实事", "养老服务", "食品安全", "消防安全", "河长制", "垃圾分类", "老旧小区改造", "就业创业", "信访维稳", "机关事务",
    "节能减排", "数字政府", "应急管理", "法治政府", "政府采购", "统计调查", "审计监督", "国有资产", "耕地保护", "水利工程",
    "义务教育", "学前教育", "职业教育", "公共卫生", "医疗保障", "退役军人服务", "残疾人保障", "慈善事业", "社区治理", "网格化管理",
    "文明城市创建", "生态文明", "大气污染防治", "水污染防治", "土壤污染防治", "林业发展", "畜牧业", "粮食安全", "农村人居环境", "高标准农田",
    "物业管理", "房地产市场", "建筑市场", "燃气安全", "道路交通安全", "公交服务", "物流发展", "电子商务", "外贸外资", "知识产权",
    "质量强市", "标准化建设", "价格监管", "反垄断", "消费者权益保护", "药品监管", "特种设备", "计量检定", "档案管理", "保密工作",
  };

  private static final String[] ACTIONS = {
    "开展", "做好", "加强", "推进", "印发", "实施", "组织", "落实", "公布", "调整", "规范", "部署", "深化", "完善", "启动", "征求",
    "进一步加强", "全面推进", "切实做好", "扎实开展",
  };

  private static final String[] KINDS = {
    "通知", "公告", "意见", "办法", "方案", "决定", "通报", "报告", "规划", "批复", "函", "纪要", "实施细则", "工作要点",
  };

  private static final String[] NOUNS = {
    "工作", "专项行动", "检查", "考核", "评估", "整治", "试点", "培训", "宣传", "督查", "验收", "申报", "备案", "统计", "调查",
    "公示", "招标", "采购", "补贴", "资金", "项目", "制度", "标准", "清单", "目录", "名单", "结果", "情况", "计划", "总结",
  };

  private static final String[] PLACES = {
    "句容市", "华阳街道", "宝华镇", "茅山镇", "郭庄镇", "白兔镇", "边城镇", "天王镇", "后白镇", "下蜀镇", "黄梅街道", "开发区",
  };

  private static final String[] PHRASES = {
    "坚持以人民为中心的发展思想",
    "进一步提高思想认识",
    "切实加强组织领导",
    "确保各项工作落到实处",
    "严格落实工作责任",
    "及时研究解决工作中遇到的问题",
    "广泛听取社会各界意见",
    "依法依规公开相关信息",
    "加大监督检查力度",
    "建立健全长效机制",
    "优化营商环境",
    "提升群众满意度",
    "推动高质量发展",
    "强化风险防控",
    "做到应公开尽公开",
    "不断提高服务水平",
    "按照有关规定执行",
    "请各单位认真贯彻执行",
    "现将有关事项通知如下",
    "特此公告",
  };

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫斌宇浩凯健俊帆帅旭宁晨辉立志雪琳颖婷倩欣怡瑶璐佳慧莉丹晶雯蕾";

  /** An organisation and the list channels items can be filed in. */
  record Organisation(long id, String code, List<Long> channels) {}

  /** One generated item. */
  record Item(
      long id,
      Organisation organisation,
      long channel,
      String title,
      String body,
      String documentNumber,
      String indexNumber,
      LocalDateTime publishedAt,
      String genre,
      String validity) {

    String plainBody() {
      return body.replace("<p>", "").replace("</p>", "\n");
    }
  }

  private static final String[] GENRES = {
    "NOTICE",
    "ANNOUNCEMENT",
    "CIRCULAR",
    "OPINION",
    "MEASURES",
    "REPORT",
    "PLAN",
    "SCHEME",
    "REPLY",
    "OTHER"
  };

  private final List<Organisation> organisations;
  private final long seed;

  Corpus(List<Organisation> organisations, long seed) {
    this.organisations = organisations;
    this.seed = seed;
  }

  int organisationCount() {
    return organisations.size();
  }

  /** Reads the organisations and their list channels from the database. */
  static List<Organisation> organisations(Connection c) throws Exception {
    Map<Long, List<Long>> channels = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT id, organisation_id FROM channel WHERE kind = 'ITEM_LIST'")) {
      while (r.next()) {
        channels.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(r.getLong(1));
      }
    }
    List<Organisation> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id, code FROM organisation ORDER BY id")) {
      while (r.next()) {
        List<Long> list = channels.getOrDefault(r.getLong(1), List.of());
        if (!list.isEmpty()) {
          out.add(new Organisation(r.getLong(1), r.getString(2), List.copyOf(list)));
        }
      }
    }
    return out;
  }

  /** Item number {@code i} (from 0), always the same for the same seed and organisations. */
  Item item(int i) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
    Organisation org = organisations.get(zipf(random, organisations.size()));
    long channel = org.channels().get(random.nextInt(org.channels().size()));
    int year = 2008 + random.nextInt(18); // 2008–2025
    LocalDateTime published =
        LocalDate.of(year, 1, 1)
            .plusDays(random.nextInt(365))
            .atTime(8 + random.nextInt(10), random.nextInt(60));
    String topic = pick(random, TOPICS);
    String place = pick(random, PLACES);
    String kind = pick(random, KINDS);
    String title =
        switch (random.nextInt(6)) {
          case 0 -> "关于" + pick(random, ACTIONS) + topic + pick(random, NOUNS) + "的" + kind;
          case 1 -> place + year + "年" + topic + pick(random, NOUNS) + kind;
          case 2 -> place + "召开" + topic + "工作会议";
          case 3 -> name(random) + "同志任" + topic + "工作领导小组组长的" + kind;
          case 4 -> year + "年度" + topic + pick(random, NOUNS) + "情况公示";
          default -> "关于" + topic + "和" + pick(random, TOPICS) + pick(random, NOUNS) + "的" + kind;
        };
    StringBuilder body = new StringBuilder();
    int sentences = 14 + random.nextInt(12);
    for (int s = 0; s < sentences; s++) {
      if (s % 5 == 0) {
        body.append("<p>");
      }
      body.append(sentence(random, place, topic));
      if (s % 5 == 4 || s == sentences - 1) {
        body.append("</p>");
      }
    }
    String prefix = "句" + pick(random, new String[] {"政", "机服", "教", "财", "农", "环", "建"}) + "发";
    String number = prefix + "〔" + year + "〕" + (1 + random.nextInt(200)) + "号";
    String indexNumber = org.code() + "/" + year + "-" + String.format("%07d", i);
    return new Item(
        FIRST_ID + i,
        org,
        channel,
        title,
        body.toString(),
        number,
        indexNumber,
        published,
        GENRES[zipf(random, GENRES.length)],
        random.nextInt(20) == 0 ? "EXPIRED" : "VALID");
  }

  private static String sentence(SplittableRandom random, String place, String topic) {
    return switch (random.nextInt(7)) {
      case 0 ->
          place
              + pick(random, ACTIONS)
              + topic
              + pick(random, NOUNS)
              + "，"
              + pick(random, PHRASES)
              + "。";
      case 1 ->
          "为"
              + pick(random, ACTIONS)
              + pick(random, TOPICS)
              + pick(random, NOUNS)
              + "，"
              + pick(random, PHRASES)
              + "，"
              + pick(random, PHRASES)
              + "。";
      case 2 ->
          "截至"
              + (1 + random.nextInt(12))
              + "月底，全市累计完成"
              + pick(random, TOPICS)
              + "项目"
              + random.nextInt(500)
              + "个，投入资金"
              + random.nextInt(9000)
              + "万元。";
      case 3 ->
          name(random)
              + "同志指出，要"
              + pick(random, ACTIONS)
              + pick(random, TOPICS)
              + pick(random, NOUNS)
              + "，"
              + pick(random, PHRASES)
              + "。";
      case 4 ->
          "各单位要"
              + pick(random, PHRASES)
              + "，"
              + pick(random, ACTIONS)
              + topic
              + pick(random, NOUNS)
              + "。";
      case 5 -> "联系电话：0511-8" + (1000000 + random.nextInt(8999999)) + "，联系人：" + name(random) + "。";
      default -> pick(random, PHRASES) + "，" + pick(random, PHRASES) + "。";
    };
  }

  /** A person's name: surname and one or two given characters, mostly unknown to any dictionary. */
  static String name(SplittableRandom random) {
    StringBuilder n = new StringBuilder();
    n.append(SURNAMES.charAt(zipf(random, SURNAMES.length())));
    n.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    if (random.nextBoolean()) {
      n.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return n.toString();
  }

  private static String pick(SplittableRandom random, String[] words) {
    return words[zipf(random, words.length)];
  }

  /** An index from 0 to n - 1, the first ones much more often (Zipf, exponent 1). */
  static int zipf(SplittableRandom random, int n) {
    double harmonic = 0;
    for (int k = 1; k <= n; k++) {
      harmonic += 1.0 / k;
    }
    double u = random.nextDouble() * harmonic;
    double sum = 0;
    for (int k = 1; k <= n; k++) {
      sum += 1.0 / k;
      if (sum >= u) {
        return k - 1;
      }
    }
    return n - 1;
  }

  /** Writes items 0 to n - 1 straight into the database as published items, in batches. */
  void write(Connection c, int n, Consumer<Integer> progress) throws Exception {
    c.setAutoCommit(false);
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    try (PreparedStatement insert = c.prepareStatement(insertItem(""))) {
      for (int i = 0; i < n; i++) {
        Item item = item(i);
        bindItem(insert, item, item.id(), item.indexNumber(), now);
        insert.addBatch();
        if (i % 1000 == 999 || i == n - 1) {
          insert.executeBatch();
          c.commit();
          progress.accept(i + 1);
        }
      }
    }
  }

  /** The insert of a published item; {@code more} names further columns, bound after the 13th. */
  private static String insertItem(String more) {
    String values = more.isEmpty() ? "" : ", ?".repeat(more.split(",").length - 1);
    return "INSERT INTO item (id, organisation_id, primary_channel_id, index_number, title,"
        + " summary, body, document_number, written_on, published_at, expires_at, theme, genre,"
        + " keywords, disclosure_method, disclosure_scope, time_limit, validity, invalid_since,"
        + " state, withdrawn_reason, created_by, created_at, updated_at, version"
        + more
        + ") VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, NULL, ?, '', 'PROACTIVE', 'PUBLIC',"
        + " 'LONG_TERM', ?, NULL, 'PUBLISHED', NULL, 'bench', ?, ?, 1"
        + values
        + ")";
  }

  /** Binds the 13 parameters of {@link #insertItem} that every item insert has. */
  private static void bindItem(
      PreparedStatement insert, Item item, long id, String indexNumber, Timestamp now)
      throws java.sql.SQLException {
    insert.setLong(1, id);
    insert.setLong(2, item.organisation().id());
    insert.setLong(3, item.channel());
    insert.setString(4, indexNumber);
    insert.setString(5, item.title());
    insert.setString(6, item.body());
    insert.setString(7, item.documentNumber());
    insert.setObject(8, item.publishedAt().toLocalDate().minusDays(2));
    insert.setTimestamp(9, Timestamp.valueOf(item.publishedAt()));
    insert.setString(10, item.genre());
    insert.setString(11, item.validity());
    insert.setTimestamp(12, now);
    insert.setTimestamp(13, now);
  }

  /** Ids of the rows {@link #writeAsImported} writes, far from every other id. */
  private static final long IMPORTED_IDS = 5_000_000_000_000L;

  /**
   * Writes items 0 to n - 1 with every row an import writes for one item — the item (with its
   * legacy 索引号, source id and old address), its first revision with the content's JSON snapshot, an
   * audit entry and a change-log row — in batches of 1,000 rows a table, one commit each. {@link
   * #removeImported} takes them out again.
   */
  void writeAsImported(Connection c, int n) throws Exception {
    c.setAutoCommit(false);
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    long pos = lastChange(c);
    try (PreparedStatement item =
            c.prepareStatement(insertItem(", index_key, external_id, original_url"));
        PreparedStatement revision =
            c.prepareStatement(
                "INSERT INTO item_revision (id, item_id, revision_number, author, created_at,"
                    + " changed_fields, snapshot) VALUES (?, ?, 1, 'bench', ?, ?, ?)");
        PreparedStatement audit =
            c.prepareStatement(
                "INSERT INTO audit_entry (id, occurred_at, actor, address, action, target_type,"
                    + " target_id, organisation_id, detail) VALUES (?, ?, 'bench', NULL,"
                    + " 'item.import', 'item', ?, ?, ?)");
        PreparedStatement change =
            c.prepareStatement(
                "INSERT INTO change_log (pos, kind, entity_id, changed_at) VALUES (?, 'ITEM', ?,"
                    + " ?)");
        PreparedStatement counter =
            c.prepareStatement("UPDATE change_counter SET last_pos = ? WHERE id = 1")) {
      for (int i = 0; i < n; i++) {
        Item it = item(i);
        long id = IMPORTED_IDS + i;
        String indexNumber = it.indexNumber() + "B";
        bindItem(item, it, id, indexNumber, now);
        item.setString(14, io.gongkai.items.entity.NumberKey.of(indexNumber));
        item.setString(15, "bench-" + i);
        item.setString(16, "http://old.example.gov.cn/art/" + i + ".html");
        item.addBatch();
        revision.setLong(1, id);
        revision.setLong(2, id);
        revision.setTimestamp(3, now);
        revision.setString(4, "[\"title\",\"body\",\"documentNumber\",\"genre\",\"validity\"]");
        revision.setString(
            5,
            jakarta.json.Json.createObjectBuilder()
                .add("title", it.title())
                .add("body", it.body())
                .add("documentNumber", it.documentNumber())
                .add("genre", it.genre())
                .add("validity", it.validity())
                .build()
                .toString());
        revision.addBatch();
        audit.setLong(1, id);
        audit.setTimestamp(2, now);
        audit.setString(3, String.valueOf(id));
        audit.setLong(4, it.organisation().id());
        audit.setString(5, indexNumber + " from bench-" + i);
        audit.addBatch();
        change.setLong(1, pos + 1 + i);
        change.setLong(2, id);
        change.setTimestamp(3, now);
        change.addBatch();
        if (i % 1000 == 999 || i == n - 1) {
          item.executeBatch();
          revision.executeBatch();
          audit.executeBatch();
          change.executeBatch();
          counter.setLong(1, pos + 1 + i);
          counter.executeUpdate();
          c.commit();
        }
      }
    }
  }

  /** Takes the rows of {@link #writeAsImported} out, the change log back to where it was. */
  void removeImported(Connection c, int n) throws Exception {
    long last = lastChange(c) - n;
    try (var s = c.createStatement()) {
      s.executeUpdate("DELETE FROM change_log WHERE pos > " + last);
      s.executeUpdate("UPDATE change_counter SET last_pos = " + last + " WHERE id = 1");
      s.executeUpdate("DELETE FROM audit_entry WHERE id >= " + IMPORTED_IDS);
      s.executeUpdate("DELETE FROM item_revision WHERE id >= " + IMPORTED_IDS);
      s.executeUpdate("DELETE FROM item WHERE id >= " + IMPORTED_IDS);
    }
    c.commit();
  }

  private static long lastChange(Connection c) throws java.sql.SQLException {
    try (var s = c.createStatement();
        var r = s.executeQuery("SELECT last_pos FROM change_counter WHERE id = 1")) {
      r.next();
      return r.getLong(1);
    }
  }
}
