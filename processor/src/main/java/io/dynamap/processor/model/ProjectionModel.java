package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @Projection} record: the entity attributes its components read, in the
 * record's order. Plain data; the only element kept is the one the schema originates from.
 *
 * @param originatingElement the record, for the Filer (incremental builds)
 * @param projectionType the record
 * @param entity the entity whose items it reads
 * @param components the entity's attributes, one per component, in component order
 * @param uncoveredIndexes the entity's indexes that do not project every component's attribute,
 *     in declaration order
 */
public record ProjectionModel(
    TypeElement originatingElement,
    ClassName projectionType,
    EntityModel entity,
    List<AttributeModel> components,
    List<String> uncoveredIndexes) {

  public ProjectionModel {
    components = List.copyOf(components);
    uncoveredIndexes = List.copyOf(uncoveredIndexes);
  }

  /**
   * The stored names of the components' attributes that {@code index} does not project: none for
   * {@code ALL}; for {@code KEYS_ONLY} and {@code INCLUDE}, those that are neither a key of the
   * table or the index nor included.
   */
  public static List<String> notProjected(
      EntityModel entity, IndexModel index, List<AttributeModel> attributes) {
    if (index.projection().equals("ALL")) {
      return List.of();
    }
    java.util.Set<String> projected = new java.util.HashSet<>(index.include());
    entity.keyAttributes().forEach(key -> projected.add(key.storedName()));
    if (index.global()) {
      projected.add(entity.attribute(index.partitionKey()).storedName());
    }
    if (index.sortKey() != null) {
      projected.add(entity.attribute(index.sortKey()).storedName());
    }
    return attributes.stream()
        .map(AttributeModel::storedName)
        .filter(name -> !projected.contains(name))
        .toList();
  }

  /** {@code OrderSummarySchema}, or {@code Outer_InnerSchema} for a nested record. */
  public ClassName schemaClass() {
    return TypeMappings.schemaClassOf(projectionType);
  }
}
