package io.dynamap.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Finds how a Java type is stored, or that it cannot be. */
public final class TypeMappings {
  private static final Map<String, ScalarKind> DECLARED_SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.String", ScalarKind.STRING),
          Map.entry("java.lang.Integer", ScalarKind.INT),
          Map.entry("java.lang.Long", ScalarKind.LONG),
          Map.entry("java.lang.Short", ScalarKind.SHORT),
          Map.entry("java.lang.Byte", ScalarKind.BYTE),
          Map.entry("java.lang.Double", ScalarKind.DOUBLE),
          Map.entry("java.lang.Float", ScalarKind.FLOAT),
          Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
          Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
          Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
          Map.entry("java.time.Instant", ScalarKind.INSTANT),
          Map.entry("java.util.UUID", ScalarKind.UUID));

  private TypeMappings() {}

  /** The mapping of a type, or empty if Dynamap cannot store it. */
  public static Optional<TypeMapping> of(TypeMirror type) {
    ScalarKind kind =
        switch (type.getKind()) {
          case INT -> ScalarKind.INT;
          case LONG -> ScalarKind.LONG;
          case SHORT -> ScalarKind.SHORT;
          case BYTE -> ScalarKind.BYTE;
          case DOUBLE -> ScalarKind.DOUBLE;
          case FLOAT -> ScalarKind.FLOAT;
          case BOOLEAN -> ScalarKind.BOOLEAN;
          case ARRAY ->
              ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
                  ? ScalarKind.BYTES
                  : null;
          case DECLARED -> declared((DeclaredType) type);
          default -> null;
        };
    return Optional.ofNullable(kind).map(k -> new TypeMapping.Scalar(k, TypeName.get(type)));
  }

  private static ScalarKind declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return ScalarKind.ENUM;
    }
    return DECLARED_SCALARS.get(element.getQualifiedName().toString());
  }
}
