package io.dynamap.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.dynamap.processor.model.AttributeModel;
import io.dynamap.processor.model.ScalarKind;
import io.dynamap.processor.model.TypeMapping;

/**
 * The code that converts one attribute between its Java value and an {@code AttributeValue}. The
 * schema and the key builders both use it, so that a key condition encodes a value exactly as the
 * stored item does.
 */
final class Codecs {
  static final ClassName ATTRIBUTE_VALUE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
  static final ClassName SCALAR_ATTRIBUTE_TYPE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ScalarAttributeType");
  static final ClassName DYNAMO_DB_CLIENT =
      ClassName.get("software.amazon.awssdk.services.dynamodb", "DynamoDbClient");
  static final ClassName ATTRIBUTE_CODECS = runtime("AttributeCodecs");

  private Codecs() {}

  static ClassName runtime(String simpleName) {
    return ClassName.get("io.dynamap.runtime", simpleName);
  }

  /** An expression of type {@code AttributeValue} for the non-null Java value {@code value}. */
  static CodeBlock encode(AttributeModel attribute, CodeBlock value) {
    TypeMapping.Scalar scalar = (TypeMapping.Scalar) attribute.mapping();
    String name = attribute.storedName();
    return switch (scalar.kind()) {
      case STRING -> CodeBlock.of("$T.fromS($L)", ATTRIBUTE_VALUE, value);
      case INT, LONG, SHORT, BYTE, BIG_INTEGER ->
          CodeBlock.of("$T.fromN($T.valueOf($L))", ATTRIBUTE_VALUE, String.class, value);
      case BIG_DECIMAL -> CodeBlock.of("$T.fromN($L.toString())", ATTRIBUTE_VALUE, value);
      case DOUBLE -> CodeBlock.of("$T.fromDouble($L, $S)", ATTRIBUTE_CODECS, value, name);
      case FLOAT -> CodeBlock.of("$T.fromFloat($L, $S)", ATTRIBUTE_CODECS, value, name);
      case BOOLEAN -> CodeBlock.of("$T.fromBool($L)", ATTRIBUTE_VALUE, value);
      case BYTES -> CodeBlock.of("$T.fromBytes($L)", ATTRIBUTE_CODECS, value);
      case ENUM -> CodeBlock.of("$T.fromS($L.name())", ATTRIBUTE_VALUE, value);
      case INSTANT -> CodeBlock.of("$T.fromInstant($L, $S)", ATTRIBUTE_CODECS, value, name);
      case UUID -> CodeBlock.of("$T.fromS($L.toString())", ATTRIBUTE_VALUE, value);
    };
  }

  /** An expression of the attribute's Java type for the non-null stored value {@code value}. */
  static CodeBlock decode(AttributeModel attribute, CodeBlock value) {
    TypeMapping.Scalar scalar = (TypeMapping.Scalar) attribute.mapping();
    String name = attribute.storedName();
    String reader =
        switch (scalar.kind()) {
          case STRING -> "toStringValue";
          case INT -> "toIntValue";
          case LONG -> "toLongValue";
          case SHORT -> "toShortValue";
          case BYTE -> "toByteValue";
          case DOUBLE -> "toDoubleValue";
          case FLOAT -> "toFloatValue";
          case BIG_DECIMAL -> "toBigDecimal";
          case BIG_INTEGER -> "toBigInteger";
          case BOOLEAN -> "toBooleanValue";
          case BYTES -> "toBytes";
          case INSTANT -> "toInstant";
          case UUID -> "toUuid";
          case ENUM -> null;
        };
    if (scalar.kind() == ScalarKind.ENUM) {
      return CodeBlock.of(
          "$T.toEnum($L, $S, $T.class)", ATTRIBUTE_CODECS, value, name, scalar.javaType());
    }
    return CodeBlock.of("$T.$L($L, $S)", ATTRIBUTE_CODECS, reader, value, name);
  }

  /** The {@code ScalarAttributeType} constant of a key attribute. */
  static CodeBlock scalarAttributeType(AttributeModel key) {
    TypeMapping.Scalar scalar = (TypeMapping.Scalar) key.mapping();
    return CodeBlock.of("$T.$L", SCALAR_ATTRIBUTE_TYPE, scalar.kind().storedType().name());
  }

  /** Whether a key's values are stored as strings, which allows {@code beginsWith}. */
  static ScalarKind.StoredType storedType(AttributeModel attribute) {
    return ((TypeMapping.Scalar) attribute.mapping()).kind().storedType();
  }

  /** The Java default of a type the item does not hold: {@code null}, zero or {@code false}. */
  static CodeBlock defaultValue(TypeName type) {
    if (!type.isPrimitive()) {
      return CodeBlock.of("null");
    }
    if (type.equals(TypeName.BOOLEAN)) {
      return CodeBlock.of("false");
    }
    if (type.equals(TypeName.LONG)) {
      return CodeBlock.of("0L");
    }
    if (type.equals(TypeName.FLOAT)) {
      return CodeBlock.of("0f");
    }
    if (type.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("0d");
    }
    if (type.equals(TypeName.CHAR)) {
      return CodeBlock.of("'\\0'");
    }
    if (type.equals(TypeName.SHORT) || type.equals(TypeName.BYTE)) {
      return CodeBlock.of("($T) 0", type);
    }
    return CodeBlock.of("0");
  }
}
