package io.dynamap.processor.model;

import io.dynamap.annotations.Flatten;
import io.dynamap.processor.validation.Message;
import io.dynamap.processor.validation.ValidationReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads {@code @Flatten} fields, of entities and of documents: checks the annotation's company and
 * the field's type, reads the flattened document's attributes through the entity factory (a
 * document flattening itself, directly or not, is refused), and checks that the names they take
 * in the item, or in the containing document's map, clash with no other attribute's.
 */
final class FlattenReader {
  private final EntityModelFactory factory;
  private final Types types;
  private final ValidationReport report;

  FlattenReader(EntityModelFactory factory, Types types, ValidationReport report) {
    this.factory = factory;
    this.types = types;
    this.report = report;
  }

  /**
   * What one flattened field reads to.
   *
   * @param mapping the mapping, or {@code null} if the field is in error or deferred
   * @param deferred whether the document's type does not exist yet
   */
  record Read(TypeMapping.Flattened mapping, boolean deferred) {}

  /**
   * Reads the field {@code javaName}, annotated {@code @Flatten} at {@code at}.
   *
   * @param conflicting the simple names of other annotations on the field that a flattened field
   *     cannot have
   * @param owner the class declaring the field
   */
  Read read(
      Element at, String javaName, TypeMirror type, List<String> conflicting, TypeElement owner) {
    AnnotationMirror flatten = AnnotationMirrors.find(at, Flatten.class.getCanonicalName());
    boolean clean = true;
    for (String annotation : conflicting) {
      report.error(at, flatten, Message.FLATTEN_WITH, javaName, annotation, reason(annotation));
      clean = false;
    }
    TypeMappings.Resolution resolution = TypeMappings.resolve(type, javaName);
    if (resolution instanceof TypeMappings.Resolution.Deferred) {
      return new Read(null, true);
    }
    if (!(resolution instanceof TypeMappings.Resolution.Resolved resolved
        && resolved.mapping() instanceof TypeMapping.DocumentRef document)) {
      report.error(at, flatten, Message.FLATTEN_NOT_A_DOCUMENT, javaName, type, whyNot(resolution));
      return new Read(null, false);
    }
    TypeElement documentElement = (TypeElement) types.asElement(type);
    if (factory.isBeingRead(documentElement)) {
      report.error(
          at,
          flatten,
          Message.FLATTEN_CYCLE,
          javaName,
          owner.getSimpleName(),
          documentElement.getSimpleName(),
          documentElement.getSimpleName());
      return new Read(null, false);
    }
    EntityModelFactory.Result result = factory.create(documentElement);
    if (result.deferred()) {
      return new Read(null, true);
    }
    if (result.model().isEmpty()) {
      report.error(
          at, flatten, Message.FLATTENED_DOCUMENT_INVALID, javaName, documentElement.getSimpleName());
      return new Read(null, false);
    }
    if (!clean) {
      return new Read(null, false);
    }
    String prefix = at.getAnnotation(Flatten.class).prefix();
    return new Read(
        new TypeMapping.Flattened(
            document.documentType(), document.schemaClass(), prefix, result.model().get().attributes()),
        false);
  }

  private static String reason(String annotation) {
    return switch (annotation) {
      case "PartitionKey", "SortKey", "IndexPartitionKey", "IndexSortKey", "LocalIndexSortKey" ->
          "a key is a single top-level attribute, which a flattened document is not; declare the"
              + " key as a field of the entity itself";
      case "Attribute" ->
          "its attributes keep their own names; use @Flatten(prefix = \"...\") to rename them all";
      case "Convert" -> "a converted value is stored as one attribute; remove @Flatten to convert it";
      default -> "@" + annotation + " needs a single attribute of its own; put it on another field";
    };
  }

  private static String whyNot(TypeMappings.Resolution resolution) {
    if (resolution instanceof TypeMappings.Resolution.Resolved resolved) {
      TypeMapping mapping = resolved.mapping();
      if (mapping instanceof TypeMapping.OptionalOf) {
        return "an Optional is not flattened: declare the @Document type itself, a null field"
            + " stores nothing";
      }
      if (mapping instanceof TypeMapping.ListOf
          || mapping instanceof TypeMapping.SetOf
          || mapping instanceof TypeMapping.MapOf) {
        return "a collection cannot be flattened: remove @Flatten to store it as a list or map";
      }
      return "it is stored as one attribute: remove @Flatten";
    }
    return "annotate the class with @Document";
  }

  /** A stored name taken at the item's top level, and by which field. */
  private record Taker(String javaName, Element at, String documentName) {}

  /**
   * Reports each flattened attribute whose name at the top level is another attribute's, on the
   * {@code @Flatten} field that comes later.
   *
   * @param plainNames the stored name of each attribute that is not flattened, by Java name
   * @param flattened each flattened field's mapping, by Java name, with where its
   *     {@code @Flatten} is
   */
  void checkNames(
      Map<String, String> plainNames, Map<String, Map.Entry<Element, TypeMapping.Flattened>> flattened) {
    Map<String, Taker> taken = new LinkedHashMap<>();
    plainNames.forEach((javaName, stored) -> taken.put(stored, new Taker(javaName, null, null)));
    flattened.forEach(
        (javaName, entry) -> {
          TypeMapping.Flattened mapping = entry.getValue();
          for (TypeMapping.Flattened.Leaf leaf : mapping.leaves()) {
            String stored = mapping.storedName(leaf);
            Taker previous = taken.putIfAbsent(stored, new Taker(javaName, entry.getKey(), leaf.documentName()));
            if (previous != null) {
              String other =
                  previous.documentName() == null
                      ? "attribute '" + previous.javaName() + "'"
                      : "attribute \"" + previous.documentName() + "\" of flattened '" + previous.javaName() + "'";
              report.error(
                  entry.getKey(),
                  AnnotationMirrors.find(entry.getKey(), Flatten.class.getCanonicalName()),
                  Message.FLATTEN_NAME_CLASH,
                  javaName,
                  mapping.documentType().simpleName(),
                  leaf.documentName(),
                  stored,
                  other,
                  suggestedPrefix(javaName, mapping.prefix()));
            }
          }
        });
  }

  private static String suggestedPrefix(String javaName, String prefix) {
    return prefix.isEmpty() ? javaName + "_" : javaName + "_" + prefix;
  }
}
