/**
 * Organisations (机关/单位): the agencies of a portal, their hierarchy and the contact block the
 * 政府信息公开指南 is generated from. Every item, channel and right belongs to exactly one of them; a new
 * organisation gets the standard catalogue of channels.
 */
package io.gongkai.organisations;
