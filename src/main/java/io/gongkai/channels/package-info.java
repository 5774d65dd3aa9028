/**
 * Channels (栏目): each organisation's disclosure catalogue, a tree. New organisations get the
 * standard catalogue of the Regulations (article 20 sub-channels included); editors may rename,
 * move, reorder and extend it, but a channel that still holds items or sub-channels cannot be
 * deleted, so nothing published ever loses its place.
 */
package io.gongkai.channels;
