package io.gongkai.organisations.boundary;

import io.gongkai.channels.boundary.CatalogueNode;
import io.gongkai.organisations.entity.Contact;
import io.gongkai.organisations.entity.Organisation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The 政府信息公开指南, generated from the organisation's contact block and its catalogue, in the usual
 * sections of a 指南 so an agency never has to keep it in step by hand.
 */
public record Guide(
    OrganisationJson organisation,
    String title,
    List<Section> sections,
    List<CatalogueNode> catalogue) {

  /** One numbered section. */
  public record Section(String heading, List<String> paragraphs) {}

  public static Guide of(Organisation o, List<CatalogueNode> catalogue) {
    Contact c = o.contact();
    String office = or(c.office(), o.name() + "政府信息公开工作机构");
    String channels = catalogue.stream().map(CatalogueNode::name).collect(Collectors.joining("、"));
    List<Section> sections =
        List.of(
            new Section(
                "一、主动公开",
                List.of(
                    "本机关主动公开的政府信息，通过本网站“政府信息公开”专栏集中发布，包括：" + channels + "。",
                    "属于主动公开范围的政府信息，自形成或者变更之日起20个工作日内予以公开。")),
            new Section(
                "二、依申请公开",
                List.of(
                    "公民、法人或者其他组织可以向本机关申请获取相关政府信息。受理机构：" + office + "。",
                    "办公地址："
                        + or(c.address(), "见本机关网站")
                        + "；办公时间："
                        + or(c.hours(), "工作日")
                        + "；联系电话："
                        + or(c.phone(), "—")
                        + "；传真："
                        + or(c.fax(), "—")
                        + "；电子邮箱："
                        + or(c.email(), "—")
                        + "。",
                    "本机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复。")),
            new Section("三、收费", List.of("本机关依申请提供政府信息，不收取费用；申请数量、频次明显超过合理范围的，按照国家有关规定收取信息处理费。")),
            new Section(
                "四、监督和救济",
                List.of(
                    "公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。")),
            new Section(
                "五、联系方式",
                List.of(
                    office
                        + "，"
                        + or(c.address(), "")
                        + "，电话 "
                        + or(c.phone(), "—")
                        + "，网站 "
                        + or(c.website(), "—")
                        + "。")));
    return new Guide(OrganisationJson.from(o), o.name() + "政府信息公开指南", sections, catalogue);
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
