package io.dynamap.local.differential;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One generated request and how its answers compare.
 *
 * @param label what the generator meant to exercise ("put", "invalid: unused value", ...)
 * @param target the operation, such as {@code PutItem}
 * @param request the JSON body, sent byte for byte to both servers
 * @param paging how answers are followed and compared
 * @param orderAttribute for {@link Paging#UNORDERED_PAGES} over an index, the index's sort key,
 *     whose sequence of values is still ordered (items with equal index keys are not); or null
 * @param totalSegments for {@link Paging#SEGMENTS}, how many segments are scanned
 */
record Step(
    String label,
    String target,
    ObjectNode request,
    Paging paging,
    String orderAttribute,
    int totalSegments) {

  /** How a step's answers are collected and compared. */
  enum Paging {
    /** One request; answers compare exactly (after normalising numbers and sets). */
    SINGLE,
    /** Follows LastEvaluatedKey to the end; each page compares exactly (a table's query order). */
    ORDERED_PAGES,
    /**
     * Follows LastEvaluatedKey to the end on each server separately; pages compare by their
     * ScannedCount and whether they continue, the items of all pages as a multiset (a scan's
     * order, and the order of items with equal index keys, are the implementation's).
     */
    UNORDERED_PAGES,
    /** A parallel scan: every segment to its end; the union of all items compares as a multiset. */
    SEGMENTS
  }

  static Step single(String label, String target, ObjectNode request) {
    return new Step(label, target, request, Paging.SINGLE, null, 0);
  }
}
