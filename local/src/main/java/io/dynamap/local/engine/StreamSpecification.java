package io.dynamap.local.engine;

/**
 * A table's stream settings, stored and described (streams themselves are not produced).
 *
 * @param viewType {@code KEYS_ONLY}, {@code NEW_IMAGE}, {@code OLD_IMAGE} or
 *     {@code NEW_AND_OLD_IMAGES}; null when the stream is disabled
 */
public record StreamSpecification(boolean enabled, String viewType) {}
