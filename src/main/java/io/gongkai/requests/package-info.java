/**
 * The register of disclosure requests (依申请公开, 《政府信息公开条例》 国务院令第711号): each request with its
 * statutory clock, counted in working days of the holiday calendar, and its one outcome from the
 * rows of table 三 of the annual report.
 *
 * <p>The rule a newcomer gets wrong: applicant details are personal data. They are shown only to
 * the organisation's editors and above, never to the public, never indexed for search, and left out
 * of exports unless asked for. Nothing in this package writes to the change log.
 *
 * <p>A request sent through the public online form (网上申请) is an {@code OnlineSubmission}, not a
 * register entry, until an editor confirms it (第三十一条: received on the day of confirmation); the
 * public follows it only by its tracking number, which shows the state and never a personal detail
 * nor the text of the request.
 */
package io.gongkai.requests;
