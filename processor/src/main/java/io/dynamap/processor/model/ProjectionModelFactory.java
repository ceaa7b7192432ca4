package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.dynamap.annotations.Item;
import io.dynamap.annotations.Projection;
import io.dynamap.annotations.Table;
import io.dynamap.processor.validation.Message;
import io.dynamap.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a {@code @Projection} record into a {@link ProjectionModel}, checking each component
 * against the entity's attributes: the name (with the closest attribute as a hint) and the exact
 * Java type. The entity's own errors are reported where the entity is processed; a projection of
 * an invalid entity reports nothing more and writes nothing.
 */
public final class ProjectionModelFactory {
  private final EntityModelFactory entities;

  public ProjectionModelFactory(EntityModelFactory entities) {
    this.entities = entities;
  }

  /**
   * The result of reading one projection.
   *
   * @param model present when the projection and its entity are valid
   * @param report the projection's errors
   * @param deferred whether the entity's types are not known yet, so try again next round
   */
  public record Outcome(Optional<ProjectionModel> model, ValidationReport report, boolean deferred) {}

  public Outcome create(TypeElement type) {
    ValidationReport report = new ValidationReport();
    AnnotationMirror annotation = AnnotationMirrors.find(type, Projection.class.getCanonicalName());
    boolean immutableClass =
        type.getKind() == ElementKind.CLASS
            && !type.getModifiers().contains(Modifier.ABSTRACT)
            && (type.getNestingKind() == NestingKind.TOP_LEVEL
                || type.getModifiers().contains(Modifier.STATIC));
    if (type.getKind() != ElementKind.RECORD && !immutableClass) {
      String kind = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (type.getKind() == ElementKind.CLASS) {
        kind = type.getModifiers().contains(Modifier.ABSTRACT) ? "abstract class" : "inner class";
      }
      report.error(type, Message.PROJECTION_NOT_A_RECORD, kind, type.getSimpleName());
      return new Outcome(Optional.empty(), report, false);
    }
    if (immutableClass && constructors(type).size() != 1) {
      report.error(
          type, Message.PROJECTION_CONSTRUCTOR, type.getSimpleName(), constructors(type).size());
      return new Outcome(Optional.empty(), report, false);
    }
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        report.error(type, Message.TABLE_PRIVATE_CLASS, "Projection", t.getSimpleName());
        return new Outcome(Optional.empty(), report, false);
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, Message.TABLE_GENERIC_CLASS, "Projection", type.getSimpleName());
      return new Outcome(Optional.empty(), report, false);
    }
    AnnotationValue value = AnnotationMirrors.value(annotation, "value");
    TypeMirror declared = (TypeMirror) value.getValue();
    if (declared.getKind() == TypeKind.ERROR) {
      return new Outcome(Optional.empty(), report, true);
    }
    if (!(declared instanceof DeclaredType declaredType)
        || (declaredType.asElement().getAnnotation(Table.class) == null
            && declaredType.asElement().getAnnotation(Item.class) == null)) {
      String name =
          declared instanceof DeclaredType d
              ? d.asElement().getSimpleName().toString()
              : declared.toString();
      report.error(type, annotation, value, Message.PROJECTION_NOT_AN_ENTITY, name, name);
      return new Outcome(Optional.empty(), report, false);
    }
    EntityModelFactory.Result entityResult =
        entities.create((TypeElement) declaredType.asElement());
    if (entityResult.deferred()) {
      return new Outcome(Optional.empty(), report, true);
    }
    if (entityResult.model().isEmpty()) {
      return new Outcome(Optional.empty(), report, false);
    }
    EntityModel entity = entityResult.model().get();
    String entityName = entity.entityType().simpleName();
    List<? extends Element> components = componentsOf(type);
    if (components.isEmpty()) {
      report.error(type, Message.PROJECTION_EMPTY, type.getSimpleName(), entityName);
      return new Outcome(Optional.empty(), report, false);
    }
    List<AttributeModel> attributes = new ArrayList<>();
    for (Element component : components) {
      if (component.asType().getKind() == TypeKind.ERROR) {
        return new Outcome(Optional.empty(), report, true);
      }
      String name = component.getSimpleName().toString();
      Optional<AttributeModel> attribute =
          entity.attributes().stream().filter(a -> a.javaName().equals(name)).findFirst();
      if (attribute.isEmpty()) {
        String hint =
            MethodName.closest(name, entity.attributes())
                .map(closest -> ": did you mean '" + closest + "'?")
                .orElseGet(
                    () ->
                        "; its attributes are "
                            + String.join(
                                ", ",
                                entity.attributes().stream().map(AttributeModel::javaName).toList()));
        report.error(
            component, Message.PROJECTION_UNKNOWN_ATTRIBUTE, name, type.getSimpleName(), entityName, hint);
        continue;
      }
      if (attribute.get().mapping() instanceof TypeMapping.Flattened) {
        // Its attributes are at the item's top level under the document's prefixed names.
        report.error(
            component, Message.PROJECTION_FLATTENED, name, type.getSimpleName(), name, entityName);
        continue;
      }
      if (entity.hasComposedKeys() && !entity.itemKeys().stores(attribute.get())) {
        report.error(component, Message.PROJECTION_KEY_ONLY, name, type.getSimpleName(), entityName);
        continue;
      }
      TypeName componentType = TypeName.get(component.asType()).withoutAnnotations();
      TypeName attributeType = attribute.get().mapping().javaType().withoutAnnotations();
      if (!componentType.equals(attributeType)) {
        report.error(
            component,
            Message.PROJECTION_TYPE_MISMATCH,
            name,
            type.getSimpleName(),
            simple(componentType),
            name,
            entityName,
            simple(attributeType),
            simple(attributeType));
        continue;
      }
      attributes.add(attribute.get());
    }
    if (!report.isClean()) {
      return new Outcome(Optional.empty(), report, false);
    }
    List<String> uncovered = new ArrayList<>();
    for (IndexModel index : entity.indexes()) {
      if (!ProjectionModel.notProjected(entity, index, attributes).isEmpty()) {
        uncovered.add(index.name());
      }
    }
    return new Outcome(
        Optional.of(new ProjectionModel(type, ClassName.get(type), entity, attributes, uncovered)),
        report,
        false);
  }

  /**
   * What a projection reads, in the order its constructor takes them: a record's components (as
   * their private fields, which javac gives a source position, unlike record components), or the
   * parameters of an immutable class's one constructor; empty for a type that is neither.
   */
  static List<? extends Element> componentsOf(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD) {
      Map<String, VariableElement> fields = new HashMap<>();
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        fields.put(field.getSimpleName().toString(), field);
      }
      List<Element> components = new ArrayList<>();
      for (RecordComponentElement component : type.getRecordComponents()) {
        String name = component.getSimpleName().toString();
        components.add(fields.containsKey(name) ? fields.get(name) : component);
      }
      return components;
    }
    List<ExecutableElement> constructors = constructors(type);
    return constructors.size() == 1 ? constructors.get(0).getParameters() : List.of();
  }

  /** The constructors generated code in the same package can call. */
  private static List<ExecutableElement> constructors(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .filter(c -> !c.getModifiers().contains(Modifier.PRIVATE))
        .toList();
  }

  /** {@code List<String>} rather than {@code java.util.List<java.lang.String>}, for messages. */
  private static String simple(TypeName type) {
    return type.toString().replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "");
  }
}
