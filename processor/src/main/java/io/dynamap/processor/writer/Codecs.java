package io.dynamap.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.dynamap.processor.model.ScalarKind;
import io.dynamap.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The code that converts values between Java and {@code AttributeValue}, for one generated class.
 * Scalars become one expression; lists, sets and maps become private static helper methods with
 * plain loops (no lambdas, no reflection), one per position in the attribute's type, so nested
 * types such as {@code Map<String, List<Address>>} read as straightforward code. Converters are
 * created once, as static fields. The schema and the key builders share the scalar code, so that a
 * key condition encodes a value exactly as the stored item does.
 *
 * <p>Error messages name the whole path of a value ({@code lines[2].sku}) at no cost while nothing
 * fails: the codecs are given a fixed path with {@code []} for "some element" and {@code {}} for
 * "some key", and each list and map loop that can fail catches the {@code ItemMappingException}
 * on its way out and fills in the index or key it was at; documents add their own name the same
 * way ({@code DocumentSchema.fromAttributeValue}).
 */
final class Codecs {
  static final ClassName ATTRIBUTE_VALUE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
  static final ClassName SCALAR_ATTRIBUTE_TYPE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ScalarAttributeType");
  static final ClassName DYNAMO_DB_CLIENT =
      ClassName.get("software.amazon.awssdk.services.dynamodb", "DynamoDbClient");
  static final ClassName SDK_BYTES = ClassName.get("software.amazon.awssdk.core", "SdkBytes");
  static final ClassName ATTRIBUTE_CODECS = runtime("schema", "AttributeCodecs");
  static final ClassName ITEM_MAPPING_EXCEPTION = runtime("error", "ItemMappingException");

  private final Map<String, MethodSpec> helpers = new LinkedHashMap<>();
  private final Map<String, FieldSpec> converters = new LinkedHashMap<>();

  /** A class of the runtime's root package ({@code ""}) or of one of its subpackages. */
  static ClassName runtime(String subpackage, String simpleName) {
    return ClassName.get(
        subpackage.isEmpty() ? "io.dynamap.runtime" : "io.dynamap.runtime." + subpackage,
        simpleName);
  }

  /** Adds the helper methods and converter fields that the generated code calls. */
  void addTo(TypeSpec.Builder type) {
    converters.values().forEach(type::addField);
    helpers.values().forEach(type::addMethod);
  }

  // ---- encoding ----

  /**
   * An expression of type {@code AttributeValue} for the non-null value {@code value}. For a set
   * the expression is {@code null} when the set is empty, as DynamoDB cannot store empty sets.
   *
   * @param path the attribute's stored name, with {@code []} per list level and {@code {}} per
   *     map level: for messages
   * @param helperName the base name of helper methods for this position, e.g. {@code Lines}
   */
  CodeBlock encode(TypeMapping mapping, CodeBlock value, String path, String helperName) {
    if (mapping instanceof TypeMapping.Scalar scalar) {
      return encodeScalar(scalar.kind(), value, path);
    } else if (mapping instanceof TypeMapping.DocumentRef document) {
      return CodeBlock.of("$T.INSTANCE.toAttributeValue($L, $S)", document.schemaClass(), value, path);
    } else if (mapping instanceof TypeMapping.Converted converted) {
      return CodeBlock.of(
          "$T.<$T>viaConverter($N, $L, $S)",
          ATTRIBUTE_CODECS,
          converted.javaType().box(),
          converterField(converted, helperName),
          value,
          path);
    } else if (isStringList(mapping)) {
      return CodeBlock.of("$T.fromStringList($L)", ATTRIBUTE_CODECS, value);
    } else if (isStringSet(mapping)) {
      return CodeBlock.of("$T.fromStringSet($L, $S)", ATTRIBUTE_CODECS, value, path);
    } else if (mapping instanceof TypeMapping.ListOf list) {
      return CodeBlock.of("$N($L)", listEncoder(list, path, helperName), value);
    } else if (mapping instanceof TypeMapping.SetOf set) {
      return CodeBlock.of("$N($L)", setEncoder(set, path, helperName), value);
    } else if (mapping instanceof TypeMapping.MapOf map) {
      return CodeBlock.of("$N($L)", mapEncoder(map, path, helperName), value);
    }
    throw new IllegalArgumentException("Optional is encoded by its attribute: " + mapping);
  }

  /** Encodes a value that may be null inside a list or map: null becomes DynamoDB's NULL. */
  private CodeBlock encodeElement(TypeMapping element, String variable, String path, String helperName) {
    CodeBlock encoded = encode(element, CodeBlock.of("$N", variable), path, helperName);
    if (element.isPrimitive()) {
      return encoded;
    }
    if (element instanceof TypeMapping.SetOf) {
      // An empty set cannot be stored; NULL stands for it and reads back as an empty set.
      return CodeBlock.of(
          "$N == null ? $T.NULL : $T.orNull($L)", variable, ATTRIBUTE_CODECS, ATTRIBUTE_CODECS, encoded);
    }
    return CodeBlock.of("$N == null ? $T.NULL : $L", variable, ATTRIBUTE_CODECS, encoded);
  }

  private String listEncoder(TypeMapping.ListOf list, String path, String helperName) {
    String name = "encode" + helperName;
    if (!helpers.containsKey(name)) {
      helpers.put(name, null); // reserve first: recursion through documents never loops here
      TypeName element = list.element().javaType();
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(ATTRIBUTE_VALUE)
              .addParameter(list.javaType(), "value")
              .addStatement(
                  "$T<$T> list = new $T<$T>(value.$L)",
                  List.class,
                  ATTRIBUTE_VALUE,
                  ArrayList.class,
                  ATTRIBUTE_VALUE,
                  list.array() ? "length" : "size()");
      boolean canFail = encodingCanFail(list.element());
      if (canFail) {
        method.beginControlFlow("try");
      }
      method
          .beginControlFlow("for ($T element : value)", element)
          .addStatement(
              "list.add($L)",
              encodeElement(list.element(), "element", path + "[]", helperName + "Element"))
          .endControlFlow();
      if (canFail) {
        // The element that failed is the one the list has not got yet: its index is the size.
        endCatching(method, CodeBlock.of("e.atElement($S, list.size())", path));
      }
      method.addStatement("return $T.fromL(list)", ATTRIBUTE_VALUE);
      helpers.put(name, method.build());
    }
    return name;
  }

  private String setEncoder(TypeMapping.SetOf set, String path, String helperName) {
    String name = "encode" + helperName;
    if (!helpers.containsKey(name)) {
      ScalarKind member = set.member().kind();
      ScalarKind.StoredType stored = member.storedType();
      TypeName memberType = stored == ScalarKind.StoredType.B ? SDK_BYTES : ClassName.get(String.class);
      String factory =
          switch (stored) {
            case S -> "stringSet";
            case N -> "numberSet";
            default -> "binarySet";
          };
      CodeBlock checked =
          CodeBlock.of(
              "$T.<$T>requireMember(member, $S, $S)",
              ATTRIBUTE_CODECS,
              set.member().javaType().box(),
              path,
              "set member");
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(ATTRIBUTE_VALUE)
              .addJavadoc("Returns null for an empty set, which DynamoDB cannot store.\n")
              .addParameter(set.javaType(), "value")
              .addStatement(
                  "$T<$T> members = new $T<$T>(value.size())",
                  List.class,
                  memberType,
                  ArrayList.class,
                  memberType)
              .beginControlFlow("for ($T member : value)", set.member().javaType())
              .addStatement("members.add($L)", encodeMember(member, checked, path, stored))
              .endControlFlow()
              .addStatement("return $T.$L(members, $S)", ATTRIBUTE_CODECS, factory, path);
      helpers.put(name, method.build());
    }
    return name;
  }

  private String mapEncoder(TypeMapping.MapOf map, String path, String helperName) {
    String name = "encode" + helperName;
    if (!helpers.containsKey(name)) {
      helpers.put(name, null);
      TypeName keyType = map.enumKey() != null ? map.enumKey() : ClassName.get(String.class);
      TypeName entry =
          ParameterizedTypeName.get(ClassName.get(Map.Entry.class), keyType, map.value().javaType().box());
      CodeBlock key =
          map.enumKey() != null
              ? CodeBlock.of(
                  "$T.<$T>requireMember(entry.getKey(), $S, $S).name()",
                  ATTRIBUTE_CODECS,
                  map.enumKey(),
                  path,
                  "map key")
              : CodeBlock.of("$T.requireMapKey(entry.getKey(), $S)", ATTRIBUTE_CODECS, path);
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(ATTRIBUTE_VALUE)
              .addParameter(map.javaType(), "value")
              .addStatement(
                  "$T<$T, $T> map = new $T<$T, $T>($T.capacity(value.size()))",
                  Map.class,
                  String.class,
                  ATTRIBUTE_VALUE,
                  LinkedHashMap.class,
                  String.class,
                  ATTRIBUTE_VALUE,
                  ATTRIBUTE_CODECS)
              .beginControlFlow("for ($T entry : value.entrySet())", entry)
              .addStatement("$T key = $L", String.class, key)
              .addStatement("$T element = entry.getValue()", map.value().javaType().box());
      CodeBlock put =
          CodeBlock.of(
              "map.put(key, $L)",
              encodeElement(map.value(), "element", path + "{}", helperName + "Value"));
      if (encodingCanFail(map.value())) {
        addCatching(method, put, CodeBlock.of("e.atKey($S, key)", path));
      } else {
        method.addStatement(put);
      }
      method.endControlFlow().addStatement("return $T.fromM(map)", ATTRIBUTE_VALUE);
      helpers.put(name, method.build());
    }
    return name;
  }

  static final ClassName ITEM_VALUES = runtime("schema", "ItemValues");

  /**
   * One call putting a top-level attribute in an item, leaving a null value out ({@code
   * ItemValues.putString(item, "title", entity.title())}), for the commonest types; null for any
   * other mapping, which gets a local, a null check and {@code item.put}. Every statement a schema
   * holds is compiled once per entity: one call instead of four compiles faster
   * ({@code CompileBenchmark}) and maps as fast ({@code MappingBenchmark}).
   */
  static CodeBlock putAttribute(TypeMapping mapping, String itemVar, String name, CodeBlock value) {
    if (mapping instanceof TypeMapping.DocumentRef document) {
      return CodeBlock.of("$T.INSTANCE.putInto($N, $S, $L)", document.schemaClass(), itemVar, name, value);
    }
    String writer;
    if (isStringList(mapping)) {
      writer = "putStringList";
    } else if (isStringSet(mapping)) {
      writer = "putStringSet";
    } else if (mapping instanceof TypeMapping.Scalar scalar && !scalar.javaType().isPrimitive()) {
      writer =
          switch (scalar.kind()) {
            case STRING -> "putString";
            case BIG_DECIMAL -> "putBigDecimal";
            case INSTANT -> "putInstant";
            case LOCAL_DATE -> "putLocalDate";
            case UUID -> "putUuid";
            case ENUM -> "putEnum";
            default -> null;
          };
    } else {
      writer = null;
    }
    return writer == null ? null : CodeBlock.of("$T.$L($N, $S, $L)", ITEM_VALUES, writer, itemVar, name, value);
  }

  /**
   * One call reading a top-level attribute of an item, giving {@link #missingValue} when the item
   * lacks it or holds {@code NULL} ({@code ItemValues.getString(item, "title")}), for the types
   * of {@link #putAttribute} and the primitive {@code int}, {@code long}, {@code double} and
   * {@code boolean}; null for any other mapping.
   */
  static CodeBlock readAttribute(TypeMapping mapping, String itemVar, String name) {
    if (mapping instanceof TypeMapping.DocumentRef document) {
      return CodeBlock.of("$T.INSTANCE.getFrom($N, $S)", document.schemaClass(), itemVar, name);
    }
    if (isStringList(mapping)) {
      return CodeBlock.of("$T.getStringList($N, $S, $S)", ITEM_VALUES, itemVar, name, name + "[]");
    }
    if (isStringSet(mapping)) {
      return CodeBlock.of("$T.getStringSet($N, $S)", ITEM_VALUES, itemVar, name);
    }
    if (!(mapping instanceof TypeMapping.Scalar scalar)) {
      return null;
    }
    if (scalar.kind() == ScalarKind.ENUM) {
      return CodeBlock.of(
          "$T.<$T>getEnum($N, $S, $T.class)", ITEM_VALUES, scalar.javaType(), itemVar, name, scalar.javaType());
    }
    boolean primitive = scalar.javaType().isPrimitive();
    String reader =
        switch (scalar.kind()) {
          case STRING -> "getString";
          case BIG_DECIMAL -> "getBigDecimal";
          case INSTANT -> "getInstant";
          case LOCAL_DATE -> "getLocalDate";
          case UUID -> "getUuid";
          case INT -> primitive ? "getInt" : null;
          case LONG -> primitive ? "getLong" : null;
          case DOUBLE -> primitive ? "getDouble" : null;
          case BOOLEAN -> primitive ? "getBoolean" : null;
          default -> null;
        };
    return reader == null ? null : CodeBlock.of("$T.$L($N, $S)", ITEM_VALUES, reader, itemVar, name);
  }

  // ---- decoding ----

  /** An expression of the mapping's Java type for the non-null, non-NULL stored {@code value}. */
  CodeBlock decode(TypeMapping mapping, CodeBlock value, String path, String helperName) {
    if (mapping instanceof TypeMapping.Scalar scalar) {
      return decodeScalar(scalar, value, path);
    } else if (mapping instanceof TypeMapping.DocumentRef document) {
      return CodeBlock.of("$T.INSTANCE.fromAttributeValue($L, $S)", document.schemaClass(), value, path);
    } else if (mapping instanceof TypeMapping.Converted converted) {
      return CodeBlock.of(
          "$T.<$T>fromConverter($N, $L, $S)",
          ATTRIBUTE_CODECS,
          converted.javaType().box(),
          converterField(converted, helperName),
          value,
          path);
    } else if (mapping instanceof TypeMapping.OptionalOf optional) {
      return CodeBlock.of(
          "$T.$Lof($L)",
          rawType(optional.javaType()),
          typeArguments(optional.javaType()),
          decode(optional.value(), value, path, helperName));
    } else if (isStringList(mapping)) {
      return CodeBlock.of("$T.toStringList($L, $S, $S)", ATTRIBUTE_CODECS, value, path, path + "[]");
    } else if (isStringSet(mapping)) {
      return CodeBlock.of("$T.toStringSet($L, $S)", ATTRIBUTE_CODECS, value, path);
    }
    return CodeBlock.of("$N($L)", decoder(mapping, path, helperName), value);
  }

  private static final TypeName STRING_LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
  private static final TypeName STRING_SET =
      ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class));

  /**
   * A {@code List<String>}, the commonest collection attribute: the runtime's shared codec
   * ({@code AttributeCodecs.fromStringList}) maps it, as fast as a generated loop and with no
   * helper method in every schema to compile.
   */
  private static boolean isStringList(TypeMapping mapping) {
    return mapping instanceof TypeMapping.ListOf list
        && !list.array()
        && list.javaType().equals(STRING_LIST)
        && list.element() instanceof TypeMapping.Scalar element
        && element.kind() == ScalarKind.STRING;
  }

  /** A {@code Set<String>}: mapped by the runtime's shared codec, as {@link #isStringList}. */
  private static boolean isStringSet(TypeMapping mapping) {
    return mapping instanceof TypeMapping.SetOf set
        && set.javaType().equals(STRING_SET)
        && set.member().kind() == ScalarKind.STRING;
  }

  /**
   * The value of an attribute or element that is not stored (or stored as {@code NULL}): empty
   * for sets and optionals, zero or false for primitives, null otherwise.
   */
  static CodeBlock missingValue(TypeMapping mapping) {
    if (mapping instanceof TypeMapping.SetOf) {
      return CodeBlock.of("new $T$L()", LinkedHashSet.class, typeWitness(mapping.javaType()));
    }
    if (mapping instanceof TypeMapping.OptionalOf optional) {
      return CodeBlock.of(
          "$T.$Lempty()", rawType(optional.javaType()), typeArguments(optional.javaType()));
    }
    return defaultValue(mapping.javaType());
  }

  private CodeBlock decodeElement(TypeMapping element, String variable, String path, String helperName) {
    CodeBlock decoded = decode(element, CodeBlock.of("$N", variable), path, helperName);
    return CodeBlock.of(
        "$T.isNull($N) ? $L : $L", ATTRIBUTE_CODECS, variable, missingValue(element), decoded);
  }

  private String decoder(TypeMapping mapping, String path, String helperName) {
    String name = "decode" + helperName;
    if (helpers.containsKey(name)) {
      return name;
    }
    helpers.put(name, null);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(mapping.javaType())
            .addParameter(ATTRIBUTE_VALUE, "value");
    if (mapping instanceof TypeMapping.ListOf list) {
      method.addStatement(
          "$T<$T> stored = $T.toListValue(value, $S)", List.class, ATTRIBUTE_VALUE, ATTRIBUTE_CODECS, path);
      CodeBlock element = decodeElement(list.element(), "element", path + "[]", helperName + "Element");
      if (list.array()) {
        method
            .addStatement("$T array = $L", list.javaType(), newArray(list.javaType(), "stored.size()"))
            .beginControlFlow("for (int i = 0; i < array.length; i++)")
            .addStatement("$T element = stored.get(i)", ATTRIBUTE_VALUE);
        addCatching(
            method, CodeBlock.of("array[i] = $L", element), CodeBlock.of("e.atElement($S, i)", path));
        method.endControlFlow().addStatement("return array");
      } else {
        method
            .addStatement(
                "$T list = new $T$L(stored.size())",
                list.javaType(),
                ArrayList.class,
                typeWitness(list.javaType()))
            .beginControlFlow("try")
            .beginControlFlow("for ($T element : stored)", ATTRIBUTE_VALUE)
            .addStatement("list.add($L)", element)
            .endControlFlow();
        endCatching(method, CodeBlock.of("e.atElement($S, list.size())", path));
        method.addStatement("return list");
      }
    } else if (mapping instanceof TypeMapping.SetOf set) {
      ScalarKind.StoredType stored = set.member().kind().storedType();
      TypeName memberType = stored == ScalarKind.StoredType.B ? SDK_BYTES : ClassName.get(String.class);
      String reader =
          switch (stored) {
            case S -> "toStringSetMembers";
            case N -> "toNumberSetMembers";
            default -> "toBinarySetMembers";
          };
      String factory =
          switch (stored) {
            case S -> "fromS";
            case N -> "fromN";
            default -> "fromB";
          };
      method
          .addStatement(
              "$T<$T> stored = $T.$L(value, $S)", List.class, memberType, ATTRIBUTE_CODECS, reader, path)
          .addStatement(
              "$T set = new $T$L($T.capacity(stored.size()))",
              set.javaType(),
              LinkedHashSet.class,
              typeWitness(set.javaType()),
              ATTRIBUTE_CODECS)
          .beginControlFlow("for ($T member : stored)", memberType)
          .addStatement("set.add($L)", decodeMember(set.member(), factory, path))
          .endControlFlow()
          .addStatement("return set");
    } else if (mapping instanceof TypeMapping.MapOf map) {
      CodeBlock key =
          map.enumKey() == null
              ? CodeBlock.of("entry.getKey()")
              : CodeBlock.of(
                  "$T.<$T>toEnumConstant(entry.getKey(), $S, $T.class)",
                  ATTRIBUTE_CODECS,
                  map.enumKey(),
                  path,
                  map.enumKey());
      method
          .addStatement(
              "$T<$T, $T> stored = $T.toMapValue(value, $S)",
              Map.class,
              String.class,
              ATTRIBUTE_VALUE,
              ATTRIBUTE_CODECS,
              path)
          .addStatement(
              "$T map = new $T$L($T.capacity(stored.size()))",
              map.javaType(),
              LinkedHashMap.class,
              typeWitness(map.javaType()),
              ATTRIBUTE_CODECS)
          .beginControlFlow(
              "for ($T.Entry<$T, $T> entry : stored.entrySet())", Map.class, String.class, ATTRIBUTE_VALUE)
          .addStatement("$T element = entry.getValue()", ATTRIBUTE_VALUE);
      addCatching(
          method,
          CodeBlock.of(
              "map.put($L, $L)",
              key,
              decodeElement(map.value(), "element", path + "{}", helperName + "Value")),
          CodeBlock.of("e.atKey($S, entry.getKey())", path));
      method.endControlFlow().addStatement("return map");
    } else {
      throw new IllegalArgumentException("no decoder for " + mapping);
    }
    helpers.put(name, method.build());
    return name;
  }

  /**
   * Whether encoding a non-null value of this mapping can throw an {@code ItemMappingException}
   * (a number DynamoDB cannot store, a duplicate set member, a null map key, anything in a
   * document or a converter). A list or map whose values cannot fail needs no catch to say where.
   */
  private static boolean encodingCanFail(TypeMapping mapping) {
    if (mapping instanceof TypeMapping.Scalar scalar) {
      return switch (scalar.kind()) {
        case BIG_DECIMAL, BIG_INTEGER, DOUBLE, FLOAT, INSTANT, LOCAL_DATE, LOCAL_DATE_TIME,
            OFFSET_DATE_TIME, ZONED_DATE_TIME, YEAR_MONTH -> true;
        default -> false;
      };
    } else if (mapping instanceof TypeMapping.ListOf list) {
      return encodingCanFail(list.element());
    } else if (mapping instanceof TypeMapping.OptionalOf optional) {
      return encodingCanFail(optional.value());
    }
    return true;
  }

  /** Ends an open {@code try} with a catch that rethrows the exception {@code e} as {@code rethrown}. */
  private static void endCatching(MethodSpec.Builder method, CodeBlock rethrown) {
    method
        .nextControlFlow("catch ($T e)", ITEM_MAPPING_EXCEPTION)
        .addStatement("throw $L", rethrown)
        .endControlFlow();
  }

  /** One statement in a try whose catch rethrows the exception {@code e} as {@code rethrown}. */
  private static void addCatching(MethodSpec.Builder method, CodeBlock statement, CodeBlock rethrown) {
    method.beginControlFlow("try").addStatement(statement);
    endCatching(method, rethrown);
  }

  private String converterField(TypeMapping.Converted converted, String helperName) {
    String name = converterFieldName(helperName);
    converters.computeIfAbsent(
        name, n -> converterSpec(converted, n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL));
    return name;
  }

  /**
   * The attribute's converter field ({@code SKU_CONVERTER}), package-private: a composed key's
   * template field is encoded by it in the schema's compose methods and in the keys class too,
   * with the one instance that maps the attribute.
   */
  String sharedConverterField(TypeMapping.Converted converted, String helperName) {
    String name = converterFieldName(helperName);
    converters.put(name, converterSpec(converted, name, Modifier.STATIC, Modifier.FINAL));
    return name;
  }

  /** {@code SKU_CONVERTER}: the converter field of the attribute whose helpers are {@code helperName}. */
  static String converterFieldName(String helperName) {
    return upperSnake(helperName) + "_CONVERTER";
  }

  private static FieldSpec converterSpec(TypeMapping.Converted converted, String name, Modifier... modifiers) {
    return FieldSpec.builder(converted.converter(), name, modifiers)
        .initializer("new $T()", converted.converter())
        .build();
  }

  // ---- JSON ----

  static final ClassName JSON_SHAPE = ClassName.get("io.dynamap.runtime.json", "JsonShape");

  /**
   * What plain JSON cannot tell about a value of this mapping, or {@code null} if plain JSON reads
   * it back by itself (strings, numbers, booleans, and containers of only those).
   */
  static CodeBlock jsonShape(TypeMapping mapping) {
    if (mapping instanceof TypeMapping.Scalar scalar) {
      return scalar.kind().storedType() == ScalarKind.StoredType.B
          ? CodeBlock.of("$T.BINARY", JSON_SHAPE)
          : null;
    } else if (mapping instanceof TypeMapping.SetOf set) {
      String constant =
          switch (set.member().kind().storedType()) {
            case S -> "STRING_SET";
            case N -> "NUMBER_SET";
            default -> "BINARY_SET";
          };
      return CodeBlock.of("$T.$L", JSON_SHAPE, constant);
    } else if (mapping instanceof TypeMapping.ListOf list) {
      CodeBlock element = jsonShape(list.element());
      return element == null ? null : CodeBlock.of("$T.list($L)", JSON_SHAPE, element);
    } else if (mapping instanceof TypeMapping.MapOf map) {
      CodeBlock value = jsonShape(map.value());
      return value == null ? null : CodeBlock.of("$T.map($L)", JSON_SHAPE, value);
    } else if (mapping instanceof TypeMapping.OptionalOf optional) {
      return jsonShape(optional.value());
    } else if (mapping instanceof TypeMapping.DocumentRef document) {
      return CodeBlock.of("$T.document($T.INSTANCE)", JSON_SHAPE, document.schemaClass());
    }
    // A converter's output is whatever plain JSON makes of it.
    return null;
  }

  // ---- scalars ----

  /**
   * The stored text (or bytes) of a non-null set member: written directly where the text is
   * plain, so that no {@code AttributeValue} is made for each member.
   */
  private static CodeBlock encodeMember(
      ScalarKind kind, CodeBlock value, String path, ScalarKind.StoredType stored) {
    return switch (kind) {
      case STRING -> value;
      case INT, LONG, SHORT, BYTE -> CodeBlock.of("$T.valueOf($L)", String.class, value);
      case ENUM -> CodeBlock.of("$L.name()", value);
      case UUID, URI, PERIOD -> CodeBlock.of("$L.toString()", value);
      case CURRENCY -> CodeBlock.of("$L.getCurrencyCode()", value);
      default ->
          CodeBlock.of("$L.$L()", encodeScalar(kind, value, path), stored.name().toLowerCase(Locale.ROOT));
    };
  }

  /** A set member's Java value from its stored text (or bytes), {@code member}. */
  private static CodeBlock decodeMember(TypeMapping.Scalar member, String factory, String path) {
    return switch (member.kind()) {
      case STRING -> CodeBlock.of("member");
      case INT -> CodeBlock.of("$T.toIntMember(member, $S)", ATTRIBUTE_CODECS, path);
      case LONG -> CodeBlock.of("$T.toLongMember(member, $S)", ATTRIBUTE_CODECS, path);
      default -> decodeScalar(member, CodeBlock.of("$T.$L(member)", ATTRIBUTE_VALUE, factory), path);
    };
  }

  /** An {@code AttributeValue} expression for a non-null scalar. */
  static CodeBlock encodeScalar(ScalarKind kind, CodeBlock value, String name) {
    return switch (kind) {
      case STRING -> CodeBlock.of("$T.fromS($L)", ATTRIBUTE_VALUE, value);
      case INT, LONG, SHORT, BYTE ->
          CodeBlock.of("$T.fromN($T.valueOf($L))", ATTRIBUTE_VALUE, String.class, value);
      case BIG_DECIMAL -> CodeBlock.of("$T.fromBigDecimal($L, $S)", ATTRIBUTE_CODECS, value, name);
      case BIG_INTEGER -> CodeBlock.of("$T.fromBigInteger($L, $S)", ATTRIBUTE_CODECS, value, name);
      case DOUBLE -> CodeBlock.of("$T.fromDouble($L, $S)", ATTRIBUTE_CODECS, value, name);
      case FLOAT -> CodeBlock.of("$T.fromFloat($L, $S)", ATTRIBUTE_CODECS, value, name);
      case BOOLEAN -> CodeBlock.of("$T.fromBool($L)", ATTRIBUTE_VALUE, value);
      case BYTES -> CodeBlock.of("$T.fromBytes($L)", ATTRIBUTE_CODECS, value);
      case ENUM -> CodeBlock.of("$T.fromS($L.name())", ATTRIBUTE_VALUE, value);
      case INSTANT -> CodeBlock.of("$T.fromInstant($L, $S)", ATTRIBUTE_CODECS, value, name);
      case UUID, URI, PERIOD -> CodeBlock.of("$T.fromS($L.toString())", ATTRIBUTE_VALUE, value);
      case CHAR -> CodeBlock.of("$T.fromChar($L)", ATTRIBUTE_CODECS, value);
      case LOCAL_DATE -> CodeBlock.of("$T.fromLocalDate($L, $S)", ATTRIBUTE_CODECS, value, name);
      case LOCAL_DATE_TIME -> CodeBlock.of("$T.fromLocalDateTime($L, $S)", ATTRIBUTE_CODECS, value, name);
      case LOCAL_TIME -> CodeBlock.of("$T.fromLocalTime($L)", ATTRIBUTE_CODECS, value);
      case OFFSET_DATE_TIME -> CodeBlock.of("$T.fromOffsetDateTime($L, $S)", ATTRIBUTE_CODECS, value, name);
      case ZONED_DATE_TIME -> CodeBlock.of("$T.fromZonedDateTime($L, $S)", ATTRIBUTE_CODECS, value, name);
      case DURATION -> CodeBlock.of("$T.fromDuration($L)", ATTRIBUTE_CODECS, value);
      case YEAR -> CodeBlock.of("$T.fromYear($L)", ATTRIBUTE_CODECS, value);
      case YEAR_MONTH -> CodeBlock.of("$T.fromYearMonth($L, $S)", ATTRIBUTE_CODECS, value, name);
      case CURRENCY -> CodeBlock.of("$T.fromS($L.getCurrencyCode())", ATTRIBUTE_VALUE, value);
      case LOCALE -> CodeBlock.of("$T.fromLocale($L)", ATTRIBUTE_CODECS, value);
      case SDK_BYTES -> CodeBlock.of("$T.fromB($L)", ATTRIBUTE_VALUE, value);
      case BYTE_BUFFER -> CodeBlock.of("$T.fromByteBuffer($L)", ATTRIBUTE_CODECS, value);
      case EPOCH_SECONDS -> CodeBlock.of("$T.fromEpochSeconds($L)", ATTRIBUTE_CODECS, value);
    };
  }

  /** A Java expression for a non-null, non-NULL stored scalar. */
  static CodeBlock decodeScalar(TypeMapping.Scalar scalar, CodeBlock value, String name) {
    if (scalar.kind() == ScalarKind.ENUM) {
      return CodeBlock.of(
          "$T.<$T>toEnum($L, $S, $T.class)",
          ATTRIBUTE_CODECS,
          scalar.javaType(),
          value,
          name,
          scalar.javaType());
    }
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
          case CHAR -> "toCharValue";
          case LOCAL_DATE -> "toLocalDate";
          case LOCAL_DATE_TIME -> "toLocalDateTime";
          case LOCAL_TIME -> "toLocalTime";
          case OFFSET_DATE_TIME -> "toOffsetDateTime";
          case ZONED_DATE_TIME -> "toZonedDateTime";
          case DURATION -> "toDuration";
          case PERIOD -> "toPeriod";
          case YEAR -> "toYear";
          case YEAR_MONTH -> "toYearMonth";
          case URI -> "toUri";
          case CURRENCY -> "toCurrency";
          case LOCALE -> "toLocale";
          case SDK_BYTES -> "toSdkBytes";
          case BYTE_BUFFER -> "toByteBuffer";
          case EPOCH_SECONDS -> "toEpochSecondsInstant";
          case ENUM -> throw new AssertionError("handled above");
        };
    return CodeBlock.of("$T.$L($L, $S)", ATTRIBUTE_CODECS, reader, value, name);
  }

  /** The {@code ScalarAttributeType} constant of a key attribute. */
  static CodeBlock scalarAttributeType(TypeMapping key) {
    return CodeBlock.of("$T.$L", SCALAR_ATTRIBUTE_TYPE, storedType(key).name());
  }

  /** How a key attribute is stored: S, N or B. */
  static ScalarKind.StoredType storedType(TypeMapping key) {
    return ((TypeMapping.Scalar) key).kind().storedType();
  }

  /** The Java default of a type: {@code null}, zero or {@code false}. */
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

  /**
   * The explicit type arguments of a parameterized type for a constructor ({@code <String,
   * Integer>}), or the diamond {@code <>} where they cannot be spelled out (wildcards). Generated
   * code spells type arguments out rather than leaving them to inference: javac infers a diamond
   * or a generic call in an argument position speculatively, and that was a quarter of its work on
   * the generated code ({@code CompileBenchmark}).
   */
  static CodeBlock typeWitness(TypeName type) {
    CodeBlock arguments = typeArguments(type);
    return arguments.isEmpty() ? CodeBlock.of("<>") : arguments;
  }

  /**
   * The explicit type arguments of a parameterized type for a generic call ({@code
   * Optional.<String>of(…)}), or nothing (inference) for a type that is not parameterized or has
   * wildcards; see {@link #typeWitness}.
   */
  static CodeBlock typeArguments(TypeName type) {
    if (!(type instanceof ParameterizedTypeName parameterized)
        || parameterized.typeArguments().stream().anyMatch(a -> a instanceof WildcardTypeName)) {
      return CodeBlock.of("");
    }
    return CodeBlock.of(
        "<$L>",
        parameterized.typeArguments().stream()
            .map(argument -> CodeBlock.of("$T", argument))
            .collect(CodeBlock.joining(", ")));
  }

  /** {@code new Line[size]}, or {@code new int[size][]} for arrays of arrays. */
  private static CodeBlock newArray(TypeName arrayType, String size) {
    TypeName component = ((ArrayTypeName) arrayType).componentType();
    int extraDimensions = 0;
    while (component instanceof ArrayTypeName nested) {
      component = nested.componentType();
      extraDimensions++;
    }
    return CodeBlock.of("new $T[$L]$L", component, size, "[]".repeat(extraDimensions));
  }

  private static ClassName rawType(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized
        ? parameterized.rawType()
        : (ClassName) type;
  }

  static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
