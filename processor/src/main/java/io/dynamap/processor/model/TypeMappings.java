package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.dynamap.annotations.Document;
import io.dynamap.processor.validation.Message;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Finds how a Java type is stored, or why it cannot be. */
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
          Map.entry("java.lang.Character", ScalarKind.CHAR),
          Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
          Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
          Map.entry("java.time.Instant", ScalarKind.INSTANT),
          Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
          Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
          Map.entry("java.time.LocalTime", ScalarKind.LOCAL_TIME),
          Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
          Map.entry("java.time.ZonedDateTime", ScalarKind.ZONED_DATE_TIME),
          Map.entry("java.time.Duration", ScalarKind.DURATION),
          Map.entry("java.time.Period", ScalarKind.PERIOD),
          Map.entry("java.time.Year", ScalarKind.YEAR),
          Map.entry("java.time.YearMonth", ScalarKind.YEAR_MONTH),
          Map.entry("java.util.UUID", ScalarKind.UUID),
          Map.entry("java.net.URI", ScalarKind.URI),
          Map.entry("java.util.Currency", ScalarKind.CURRENCY),
          Map.entry("java.util.Locale", ScalarKind.LOCALE),
          Map.entry("software.amazon.awssdk.core.SdkBytes", ScalarKind.SDK_BYTES),
          Map.entry("java.nio.ByteBuffer", ScalarKind.BYTE_BUFFER));

  /**
   * The outcome of resolving one attribute's type: a mapping, a problem to report, or deferred
   * because a type does not exist yet (it may be generated in a later round).
   */
  public sealed interface Resolution {
    record Resolved(TypeMapping mapping) implements Resolution {}

    record Problem(Message message, List<Object> arguments) implements Resolution {}

    record Deferred() implements Resolution {}
  }

  private TypeMappings() {}

  /** The generated schema class of an entity or document: {@code Outer_InnerSchema}. */
  public static ClassName schemaClassOf(ClassName type) {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Schema");
  }

  /** The generated metamodel class of an entity or document: {@code Outer_InnerAttributes}. */
  public static ClassName attributesClassOf(ClassName type) {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Attributes");
  }

  /** Resolves the type of the attribute {@code attribute}. */
  public static Resolution resolve(TypeMirror type, String attribute) {
    return new Resolver(attribute, type).resolve(type, false);
  }

  /** Thrown inside a resolution to stop at the first problem. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Resolution resolution;

    Stop(Resolution resolution) {
      super(null, null, false, false);
      this.resolution = resolution;
    }
  }

  private static final class Resolver {
    private final String attribute;
    private final TypeMirror whole;

    Resolver(String attribute, TypeMirror whole) {
      this.attribute = attribute;
      this.whole = whole;
    }

    Resolution resolve(TypeMirror type, boolean nested) {
      try {
        return new Resolution.Resolved(map(type, nested));
      } catch (Stop stop) {
        return stop.resolution;
      }
    }

    private TypeMapping map(TypeMirror type, boolean nested) {
      ScalarKind primitive =
          switch (type.getKind()) {
            case INT -> ScalarKind.INT;
            case LONG -> ScalarKind.LONG;
            case SHORT -> ScalarKind.SHORT;
            case BYTE -> ScalarKind.BYTE;
            case DOUBLE -> ScalarKind.DOUBLE;
            case FLOAT -> ScalarKind.FLOAT;
            case BOOLEAN -> ScalarKind.BOOLEAN;
            case CHAR -> ScalarKind.CHAR;
            default -> null;
          };
      if (primitive != null) {
        return new TypeMapping.Scalar(primitive, TypeName.get(type));
      }
      return switch (type.getKind()) {
        case ARRAY -> array((ArrayType) type);
        case DECLARED -> declared((DeclaredType) type, nested);
        case ERROR -> throw new Stop(new Resolution.Deferred());
        case WILDCARD, TYPEVAR -> throw problem(Message.NOT_A_CONCRETE_TYPE, type);
        default -> throw unsupported(type);
      };
    }

    private TypeMapping array(ArrayType type) {
      TypeMirror component = type.getComponentType();
      if (component.getKind() == TypeKind.BYTE) {
        return new TypeMapping.Scalar(ScalarKind.BYTES, TypeName.get(type));
      }
      if (component.getKind() == TypeKind.DECLARED
          && !((DeclaredType) component).getTypeArguments().isEmpty()) {
        // Java cannot create arrays of parameterized types.
        throw unsupported(type);
      }
      return new TypeMapping.ListOf(map(component, true), TypeName.get(type), true);
    }

    private TypeMapping declared(DeclaredType type, boolean nested) {
      TypeElement element = (TypeElement) type.asElement();
      String name = element.getQualifiedName().toString();
      if (element.getKind() == ElementKind.ENUM) {
        return new TypeMapping.Scalar(ScalarKind.ENUM, TypeName.get(type));
      }
      ScalarKind scalar = DECLARED_SCALARS.get(name);
      if (scalar != null) {
        return new TypeMapping.Scalar(scalar, TypeName.get(type));
      }
      List<? extends TypeMirror> arguments = type.getTypeArguments();
      switch (name) {
        case "java.util.List" -> {
          return new TypeMapping.ListOf(map(argument(type, 0), true), TypeName.get(type), false);
        }
        case "java.util.Set" -> {
          TypeMirror memberType = argument(type, 0);
          TypeMapping member = map(memberType, true);
          if (member instanceof TypeMapping.Scalar s && s.kind().storedType().canBeKey()) {
            return new TypeMapping.SetOf(s, TypeName.get(type));
          }
          throw problem(Message.UNSUITABLE_SET_MEMBER, memberType);
        }
        case "java.util.Map" -> {
          TypeMirror keyType = argument(type, 0);
          TypeMapping value = map(argument(type, 1), true);
          if (keyType.getKind() == TypeKind.DECLARED) {
            TypeElement key = (TypeElement) ((DeclaredType) keyType).asElement();
            if (key.getQualifiedName().contentEquals("java.lang.String")) {
              return new TypeMapping.MapOf(null, value, TypeName.get(type));
            }
            if (key.getKind() == ElementKind.ENUM) {
              return new TypeMapping.MapOf(TypeName.get(keyType), value, TypeName.get(type));
            }
          }
          throw problem(Message.UNSUITABLE_MAP_KEY, keyType);
        }
        case "java.util.Optional" -> {
          if (nested) {
            throw problem(Message.NESTED_OPTIONAL, type);
          }
          TypeMapping value = map(argument(type, 0), true);
          return new TypeMapping.OptionalOf(value, TypeName.get(type));
        }
        case "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble" -> {
          if (nested) {
            throw problem(Message.NESTED_OPTIONAL, type);
          }
          ScalarKind kind =
              switch (name) {
                case "java.util.OptionalInt" -> ScalarKind.INT;
                case "java.util.OptionalLong" -> ScalarKind.LONG;
                default -> ScalarKind.DOUBLE;
              };
          TypeName primitive =
              switch (kind) {
                case INT -> TypeName.INT;
                case LONG -> TypeName.LONG;
                default -> TypeName.DOUBLE;
              };
          return new TypeMapping.OptionalOf(
              new TypeMapping.Scalar(kind, primitive), TypeName.get(type));
        }
        default -> {
          // fall through to documents
        }
      }
      if (element.getAnnotation(Document.class) != null) {
        if (!arguments.isEmpty()) {
          throw unsupported(type);
        }
        ClassName documentType = ClassName.get(element);
        return new TypeMapping.DocumentRef(documentType, schemaClassOf(documentType));
      }
      throw unsupported(type);
    }

    private TypeMirror argument(DeclaredType type, int index) {
      List<? extends TypeMirror> arguments = type.getTypeArguments();
      if (arguments.isEmpty()) {
        throw problem(Message.RAW_TYPE, type);
      }
      TypeMirror argument = arguments.get(index);
      if (argument.getKind() == TypeKind.WILDCARD || argument.getKind() == TypeKind.TYPEVAR) {
        throw problem(Message.NOT_A_CONCRETE_TYPE, argument);
      }
      return argument;
    }

    private Stop unsupported(TypeMirror part) {
      return problem(Message.UNSUPPORTED_TYPE, part);
    }

    /** A problem with {@code part} of the attribute's type; messages name both. */
    private Stop problem(Message message, TypeMirror part) {
      String partClause = part == whole ? "" : ", because of " + part;
      return new Stop(
          new Resolution.Problem(message, List.of(attribute, whole, partClause)));
    }
  }

  /** A type as messages show it: {@code List<String>}, not {@code java.util.List<java.lang.String>}. */
  static String readableName(TypeName type) {
    return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }
}
