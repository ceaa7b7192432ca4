package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * How one Java type is stored. Containers hold the mappings of what they contain, so a mapping
 * is a tree: {@code Map<String, List<Address>>} is a {@link MapOf} of a {@link ListOf} of a
 * {@link DocumentRef}.
 */
public sealed interface TypeMapping {

  /** The Java type, as declared. */
  TypeName javaType();

  /** Whether the Java type is primitive, so never null and with a default of zero or false. */
  default boolean isPrimitive() {
    return javaType().isPrimitive();
  }

  /** A Java type stored as a single DynamoDB scalar. */
  record Scalar(ScalarKind kind, TypeName javaType) implements TypeMapping {}

  /** A {@code List<T>} or an array {@code T[]}, stored as {@code L}. */
  record ListOf(TypeMapping element, TypeName javaType, boolean array) implements TypeMapping {}

  /** A {@code Set<T>} of a scalar stored as S, N or B: stored as {@code SS}, {@code NS}, {@code BS}. */
  record SetOf(Scalar member, TypeName javaType) implements TypeMapping {}

  /**
   * A {@code Map<K, V>} with {@code String} or enum keys (enum keys stored by name), stored as
   * {@code M}.
   *
   * @param enumKey the enum type of the keys, or {@code null} for {@code String} keys
   */
  record MapOf(TypeName enumKey, TypeMapping value, TypeName javaType) implements TypeMapping {}

  /**
   * An {@code Optional<T>}, or {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble}
   * (then {@code value} is the matching primitive scalar). Empty is stored like null.
   */
  record OptionalOf(TypeMapping value, TypeName javaType) implements TypeMapping {}

  /** A {@code @Document} class, stored as {@code M} through its generated schema. */
  record DocumentRef(ClassName documentType, ClassName schemaClass) implements TypeMapping {
    @Override
    public TypeName javaType() {
      return documentType;
    }
  }

  /**
   * A {@code @Flatten} field of a {@code @Document} class: no attribute of its own, but the
   * document's attributes stored at the item's top level, each under {@code prefix} and its name
   * in the document.
   *
   * @param attributes the document's attributes, with their names inside the document
   */
  record Flattened(
      ClassName documentType, ClassName schemaClass, String prefix, java.util.List<AttributeModel> attributes)
      implements TypeMapping {
    public Flattened {
      attributes = java.util.List.copyOf(attributes);
    }

    @Override
    public TypeName javaType() {
      return documentType;
    }

    /** The item's name for one of the document's attributes. */
    public String storedName(AttributeModel attribute) {
      return prefix + attribute.storedName();
    }

    /**
     * One stored attribute of the flattened document: its own, or one of a document it flattens
     * in turn.
     *
     * @param documentName the attribute's name in the map the document's schema makes (with the
     *     prefixes of the documents it is flattened through, inside this one)
     * @param attribute the attribute, as its own document declares it
     */
    public record Leaf(String documentName, AttributeModel attribute) {}

    /** Every attribute the document stores, those of documents it flattens included, in order. */
    public java.util.List<Leaf> leaves() {
      java.util.List<Leaf> leaves = new java.util.ArrayList<>();
      for (AttributeModel attribute : attributes) {
        if (attribute.mapping() instanceof Flattened nested) {
          for (Leaf leaf : nested.leaves()) {
            leaves.add(new Leaf(nested.prefix() + leaf.documentName(), leaf.attribute()));
          }
        } else {
          leaves.add(new Leaf(attribute.storedName(), attribute));
        }
      }
      return leaves;
    }

    /** The item's name for one stored attribute of the document. */
    public String storedName(Leaf leaf) {
      return prefix + leaf.documentName();
    }

    /** The item's names of every stored attribute of the document. */
    public java.util.List<String> storedNames() {
      return leaves().stream().map(this::storedName).toList();
    }
  }

  /** An attribute stored through a user converter, created once per attribute. */
  record Converted(ClassName converter, TypeName javaType) implements TypeMapping {}
}
