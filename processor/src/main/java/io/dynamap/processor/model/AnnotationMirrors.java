package io.dynamap.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads annotations as mirrors, for what {@code getAnnotation} cannot give: their source positions
 * (errors are reported on them) and {@code Class} values that may not be compiled yet.
 */
final class AnnotationMirrors {
  private AnnotationMirrors() {}

  /** The annotation of this qualified name on the element, or null. */
  static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** A member given explicitly in the source, or null (also for a null mirror). */
  static AnnotationValue value(AnnotationMirror mirror, String member) {
    if (mirror == null) {
      return null;
    }
    for (var entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The annotations a container of repeated annotations holds (its {@code value}). */
  @SuppressWarnings("unchecked")
  static List<? extends AnnotationValue> repeated(AnnotationMirror container) {
    AnnotationValue value = value(container, "value");
    return value == null ? List.of() : (List<? extends AnnotationValue>) value.getValue();
  }
}
