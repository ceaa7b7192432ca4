package io.dynamap.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The problems found in one entity, each attached to the element (and annotation, where one is
 * at fault) it is about. Collected first and printed together, so that one entity's errors are
 * all reported and other entities are still processed.
 */
public final class ValidationReport {
  private record Item(
      Element element, AnnotationMirror annotation, AnnotationValue value, String message) {}

  private final List<Item> errors = new ArrayList<>();

  /** Records an error on an element. */
  public void error(Element element, Message message, Object... arguments) {
    errors.add(new Item(element, null, null, message.format(arguments)));
  }

  /** Records an error on one annotation of an element. */
  public void error(
      Element element, AnnotationMirror annotation, Message message, Object... arguments) {
    errors.add(new Item(element, annotation, null, message.format(arguments)));
  }

  /** Records an error on one value of an annotation, such as one of several repeated ones. */
  public void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... arguments) {
    errors.add(new Item(element, annotation, value, message.format(arguments)));
  }

  /** Whether no error was recorded. */
  public boolean isClean() {
    return errors.isEmpty();
  }

  /** Prints every error through the messager. */
  public void printTo(Messager messager) {
    for (Item item : errors) {
      if (item.annotation() == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, item.message(), item.element());
      } else if (item.value() != null) {
        messager.printMessage(
            Diagnostic.Kind.ERROR, item.message(), item.element(), item.annotation(), item.value());
      } else {
        messager.printMessage(
            Diagnostic.Kind.ERROR, item.message(), item.element(), item.annotation());
      }
    }
  }
}
