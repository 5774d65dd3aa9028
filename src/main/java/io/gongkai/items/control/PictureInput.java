package io.gongkai.items.control;

/**
 * What an editor says about an image attachment: its alternative text ({@code alt}; null leaves it,
 * blank clears it) and whether it is the item's cover ({@code cover}: true makes it the cover,
 * false takes it away if it is, null leaves the cover as it is).
 */
public record PictureInput(String alt, Boolean cover) {}
