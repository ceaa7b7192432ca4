package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A validated entity: everything the writers need to generate its schema, key builders and
 * repository. Plain data; the only element kept is the one generated files originate from.
 *
 * @param originatingElement the annotated class, for the Filer (incremental builds)
 * @param kind an entity stored as an item, or a document stored inside one
 * @param entityType the entity class
 * @param tableName the table's default name; {@code null} for documents
 * @param construction how an entity is built when an item is read
 * @param attributes the stored attributes, in declaration order (superclasses first)
 * @param constructorArguments for {@link Construction#CONSTRUCTOR}: the constructor's parameters
 *     in order; empty otherwise
 * @param indexes the table's secondary indexes; none for documents
 * @param timeToLive the stored name of the Time to Live attribute, or {@code null}
 * @param version the Java name of the {@code @Version} attribute, or {@code null}
 * @param itemKeys for an {@code @Item} in a single table, its key templates; {@code null}
 *     otherwise
 */
public record EntityModel(
    TypeElement originatingElement,
    Kind kind,
    ClassName entityType,
    String tableName,
    Construction construction,
    List<AttributeModel> attributes,
    List<ConstructorArgument> constructorArguments,
    List<IndexModel> indexes,
    String timeToLive,
    String version,
    ItemKeys itemKeys) {

  /** What the class is stored as. */
  public enum Kind {
    /** A {@code @Table} entity: an item with a primary key. */
    TABLE,
    /** A {@code @Document}: a map inside items, without keys. */
    DOCUMENT
  }

  /** How entities are created when items are read. */
  public enum Construction {
    /** A constructor (a record's canonical one, or an immutable class's) takes every attribute. */
    CONSTRUCTOR,
    /** A no-arg constructor, then setters or field assignments. */
    BEAN
  }

  /**
   * One constructor parameter: either an attribute, or a value the item does not hold (an
   * ignored record component), passed as its type's default.
   *
   * @param attribute the attribute's Java name, or {@code null} for an ignored parameter
   * @param type the parameter's type
   */
  public record ConstructorArgument(String attribute, TypeName type) {}

  public EntityModel {
    attributes = List.copyOf(attributes);
    constructorArguments = List.copyOf(constructorArguments);
    indexes = List.copyOf(indexes);
  }

  /** The attribute with this Java name. */
  public AttributeModel attribute(String javaName) {
    return attributes.stream()
        .filter(a -> a.javaName().equals(javaName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no attribute " + javaName));
  }

  /** The {@code @Version} attribute, if the entity has one. */
  public Optional<AttributeModel> versionAttribute() {
    return version == null ? Optional.empty() : Optional.of(attribute(version));
  }

  /** Whether it is an {@code @Item} whose keys are composed from templates. */
  public boolean hasComposedKeys() {
    return itemKeys != null;
  }

  /**
   * The fields that identify an item, in order: the key attributes, or for composed keys the
   * fields their templates name.
   */
  public List<AttributeModel> keyFields() {
    return itemKeys != null ? itemKeys.keyFields() : keyAttributes();
  }

  public boolean isDocument() {
    return kind == Kind.DOCUMENT;
  }

  public AttributeModel partitionKey() {
    return attributes.stream()
        .filter(a -> a.keyRole() == KeyRole.PARTITION)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("validated entity without partition key"));
  }

  public Optional<AttributeModel> sortKey() {
    return attributes.stream().filter(a -> a.keyRole() == KeyRole.SORT).findFirst();
  }

  /** The key attributes: the partition key, then the sort key if any; none for documents. */
  public List<AttributeModel> keyAttributes() {
    if (isDocument()) {
      return List.of();
    }
    return sortKey().map(s -> List.of(partitionKey(), s)).orElseGet(() -> List.of(partitionKey()));
  }

  /** The prefix of generated class names: {@code Order}, or {@code Outer_Inner} for nested classes. */
  public String generatedPrefix() {
    return String.join("_", entityType.simpleNames());
  }

  public ClassName schemaClass() {
    return TypeMappings.schemaClassOf(entityType);
  }

  public ClassName keysClass() {
    return ClassName.get(entityType.packageName(), generatedPrefix() + "Keys");
  }

  /** {@code OrderAttributes}: the typed metamodel for conditions and filters. */
  public ClassName attributesClass() {
    return TypeMappings.attributesClassOf(entityType);
  }

  public ClassName repositoryClass() {
    return ClassName.get(entityType.packageName(), generatedPrefix() + "Repository");
  }

  /** {@code OrderAsyncRepository}: written only when dynamap-async is on the class path. */
  public ClassName asyncRepositoryClass() {
    return ClassName.get(entityType.packageName(), generatedPrefix() + "AsyncRepository");
  }
}
