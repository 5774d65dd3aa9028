/**
 * Disclosure items (公开信息): their catalogue metadata, body, attachments, revisions and the editorial
 * workflow DRAFT → PENDING_REVIEW → PUBLISHED → WITHDRAWN.
 *
 * <p>The one rule everything here serves: the public sees an item only when it is PUBLISHED and its
 * publication time has come (and its expiry has not). {@link io.gongkai.items.control.ItemQueries}
 * holds that condition once; every public list, count, feed and detail goes through it.
 */
package io.gongkai.items;
