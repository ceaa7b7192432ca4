package io.dynamap.processor.model;

import io.dynamap.processor.validation.Message;
import io.dynamap.processor.validation.ValidationReport;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Checks the order of a global index's key attributes, as {@code @IndexPartitionKey(value = …,
 * order = n)} and {@code @IndexSortKey} declare it: one unordered attribute, or up to four each
 * giving its place, each place once, from 1 without gaps. DynamoDB's multi-attribute keys allow
 * four attributes per role.
 */
final class IndexKeyOrder {
  /** The most attributes DynamoDB allows in each role of a multi-attribute key. */
  static final int MAX_ATTRIBUTES = 4;

  /**
   * One attribute annotated as part of an index key.
   *
   * @param attribute the attribute, compared by identity to find it named twice
   * @param javaName its Java name
   * @param at the annotated element, where errors are reported
   * @param order its declared place, from 1; 0 when none is given
   * @param annotation the annotation (or the container of repeated ones), or null if not found
   * @param entry for a repeated annotation, its entry in the container; else null
   */
  record Part(
      Object attribute,
      String javaName,
      Element at,
      int order,
      AnnotationMirror annotation,
      AnnotationValue entry) {

    /** Reports an error on this part's annotation, as precisely as javac can place it. */
    void error(ValidationReport report, Message message, Object... arguments) {
      if (annotation == null) {
        report.error(at, message, arguments);
      } else if (entry == null) {
        report.error(at, annotation, message, arguments);
      } else {
        report.error(at, annotation, entry, message, arguments);
      }
    }
  }

  private IndexKeyOrder() {}

  /**
   * Reports what is wrong with the order of one role's attributes and, if nothing is, sorts them
   * into key order.
   *
   * @param index the index name
   * @param role {@code partition} or {@code sort}, for messages
   * @param annotation the annotation's simple name, for messages
   * @param unordered the message for a second attribute when none gives its place
   * @param parts the role's attributes in source order; sorted in place when valid
   * @param report where errors go
   * @return whether the order is valid
   */
  static boolean check(
      String index,
      String role,
      String annotation,
      Message unordered,
      List<Part> parts,
      ValidationReport report) {
    if (parts.isEmpty()) {
      return true;
    }
    boolean valid = true;
    boolean anyOrdered = parts.stream().anyMatch(p -> p.order() != 0);
    if (!anyOrdered) {
      for (int i = 1; i < parts.size(); i++) {
        Part part = parts.get(i);
        part.error(report, unordered, part.javaName(), index, parts.get(0).javaName(), index);
      }
      return parts.size() == 1;
    }
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (i == MAX_ATTRIBUTES) {
        part.error(report, Message.INDEX_KEY_TOO_MANY_ATTRIBUTES, part.javaName(), i + 1, role, index);
        valid = false;
      } else if (part.order() == 0) {
        error(report, annotation, index, part,
            "every attribute of a multi-attribute key gives its place; add order = 1 to "
                + Math.min(parts.size(), MAX_ATTRIBUTES) + " as the other attributes of this "
                + role + " key do");
        valid = false;
      } else if (part.order() < 0 || part.order() > MAX_ATTRIBUTES) {
        error(report, annotation, index, part,
            "places run from 1 to 4, a multi-attribute key having at most four attributes");
        valid = false;
      } else {
        for (int j = 0; j < i; j++) {
          if (parts.get(j).order() == part.order()) {
            error(report, annotation, index, part,
                "place " + part.order() + " is '" + parts.get(j).javaName()
                    + "''s already; give each attribute of the key its own place");
            valid = false;
          }
        }
      }
    }
    if (!valid) {
      return false;
    }
    // Places are distinct and within 1..4: one is missing if the highest exceeds the count.
    Part highest = parts.stream().max(Comparator.comparingInt(Part::order)).orElseThrow();
    if (highest.order() > parts.size()) {
      int missing = 1;
      while (hasPlace(parts, missing)) {
        missing++;
      }
      error(report, annotation, index, highest,
          "no attribute has place " + missing + "; number the " + parts.size()
              + " attributes of the " + role + " key 1 to " + parts.size() + " without gaps");
      return false;
    }
    parts.sort(Comparator.comparingInt(Part::order));
    return true;
  }

  /** The attributes' Java names, in the order of the list. */
  static List<String> javaNames(List<Part> parts) {
    return parts.stream().map(Part::javaName).toList();
  }

  private static boolean hasPlace(List<Part> parts, int place) {
    return parts.stream().anyMatch(p -> p.order() == place);
  }

  private static void error(
      ValidationReport report, String annotation, String index, Part part, String problem) {
    part.error(report, Message.INDEX_KEY_ORDER, annotation, index, part.order(), part.javaName(), problem);
  }
}
