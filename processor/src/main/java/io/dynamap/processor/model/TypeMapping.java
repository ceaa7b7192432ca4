package io.dynamap.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * How one Java type is stored. Scalars for now; documents, collections and converters will be
 * further implementations, recursive where they contain other mappings.
 */
public sealed interface TypeMapping permits TypeMapping.Scalar {

  /** The attribute's Java type, as declared. */
  TypeName javaType();

  /** Whether the Java type is primitive, so never null and with a default of zero or false. */
  default boolean isPrimitive() {
    return javaType().isPrimitive();
  }

  /** A Java type stored as a single DynamoDB scalar. */
  record Scalar(ScalarKind kind, TypeName javaType) implements TypeMapping {}
}
