package io.dynamap.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.dynamap.processor.model.AttributeModel;
import io.dynamap.processor.model.EntityModel;
import io.dynamap.processor.model.ItemKeys;
import io.dynamap.processor.model.ItemKeys.Field;
import io.dynamap.processor.model.ItemKeys.IndexTemplate;
import io.dynamap.processor.model.ItemKeys.KeyTemplate;
import io.dynamap.processor.model.ItemKeys.Literal;
import io.dynamap.processor.model.ItemKeys.Part;
import io.dynamap.processor.model.TypeMapping;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The generated code of entities whose keys are composed from templates ({@code @Item}): the
 * schema's {@code composePartitionKey(…)}-style methods and key definitions, and the whole {@code
 * OrderKeys} class, whose conditions are built on {@code TemplatePartition}.
 */
final class ComposedKeys {
  private static final ClassName KEY_PARTS = Codecs.runtime("key", "KeyParts");
  private static final ClassName KEY_READER = Codecs.runtime("key", "KeyReader");

  private ComposedKeys() {}

  /** {@code composePartitionKey}, {@code composeGsi1SortKey}: the schema's method for a template. */
  static String composeMethodName(IndexTemplate index, boolean partition) {
    String indexPart =
        index == null ? "" : SchemaWriter.capitalize(KeysWriter.indexMethodName(index.index().name()));
    return "compose" + indexPart + (partition ? "PartitionKey" : "SortKey");
  }

  /** A public static method of the schema composing one template from its fields. */
  static MethodSpec composeMethod(
      EntityModel entity, IndexTemplate index, boolean partition, KeyTemplate template) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(composeMethodName(index, partition))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addJavadoc(
                "The $L key $L{@code $L}, composed from its fields.\n\n",
                partition ? "partition" : "sort",
                index == null ? "" : "of index " + index.index().name() + ", ",
                template.text().replace("{", "&#123;").replace("}", "&#125;"));
    for (AttributeModel field : template.fields()) {
      method
          .addParameter(field.mapping().javaType(), field.javaName())
          .addJavadoc("@param $L a field of the key\n", field.javaName());
    }
    return method
        .addJavadoc("@throws $T if a field is null\n", Codecs.runtime("error", "ItemMappingException"))
        .addStatement("return $L", compose(entity.schemaClass(), template.parts()))
        .build();
  }

  /**
   * {@code KeyParts.compose("ORDER#", KeyParts.instant(placedAt, "placedAt"))}; a part that could
   * hold the literal text after it is checked not to ({@code KeyParts.separated}).
   */
  static CodeBlock compose(ClassName schema, List<Part> parts) {
    List<CodeBlock> pieces = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (part instanceof Literal literal) {
        pieces.add(CodeBlock.of("$S", literal.text()));
        continue;
      }
      Field field = (Field) part;
      CodeBlock encoded = encode(schema, field);
      if (i + 1 < parts.size()
          && parts.get(i + 1) instanceof Literal next
          && field.mayHold(next.text())) {
        encoded =
            CodeBlock.of(
                "$T.separated($L, $S, ENTITY_NAME, $S)",
                KEY_PARTS,
                encoded,
                next.text(),
                field.attribute().javaName());
      }
      pieces.add(encoded);
    }
    if (pieces.size() == 1 && parts.get(0) instanceof Literal) {
      return pieces.get(0);
    }
    return CodeBlock.of("$T.compose($L)", KEY_PARTS, CodeBlock.join(pieces, ", "));
  }

  /**
   * One field's value as the key holds it; null refused with the field's name.
   *
   * @param schema the schema holding the field's formatter or converter; null (an item
   *     collection's keys, which no schema owns) creates them where used
   */
  static CodeBlock encode(ClassName schema, Field field) {
    AttributeModel attribute = field.attribute();
    CodeBlock value =
        attribute.mapping().isPrimitive()
            ? CodeBlock.of("$N", attribute.javaName())
            : CodeBlock.of(
                "$T.require($N, ENTITY_NAME, $S)",
                KEY_PARTS,
                attribute.javaName(),
                attribute.javaName());
    String name = attribute.javaName();
    if (field.pattern() != null) {
      CodeBlock format =
          schema == null
              ? CodeBlock.of("$T.format($S)", KEY_PARTS, field.pattern())
              : CodeBlock.of("$T.$N", schema, formatName(attribute));
      return CodeBlock.of(
          "$T.formatted($L, $L, $L, ENTITY_NAME, $S)",
          KEY_PARTS, value, format, field.patternWidth(), name);
    }
    return switch (field.encoding()) {
      case TEXT ->
          field.escapesText() ? CodeBlock.of("$T.text($L)", KEY_PARTS, value) : value;
      case ENUM ->
          field.escapesText()
              ? CodeBlock.of("$T.text($L.name())", KEY_PARTS, value)
              : CodeBlock.of("$L.name()", value);
      case CONVERTED ->
          CodeBlock.of(
              "$T.converted($L.toAttributeValue($L), ENTITY_NAME, $S)",
              KEY_PARTS,
              schema == null
                  ? CodeBlock.of("new $T()", ((TypeMapping.Converted) attribute.mapping()).converter())
                  : CodeBlock.of("$T.$N", schema, converterName(attribute)),
              value,
              name);
      case UUID -> CodeBlock.of("$T.uuid($L)", KEY_PARTS, value);
      case LONG, INT, SHORT, BYTE -> CodeBlock.of("$T.number($L)", KEY_PARTS, value);
      case INSTANT -> CodeBlock.of("$T.instant($L, $S)", KEY_PARTS, value, attribute.javaName());
      case DATE -> CodeBlock.of("$T.date($L, $S)", KEY_PARTS, value, attribute.javaName());
      case DATE_TIME -> CodeBlock.of("$T.dateTime($L, $S)", KEY_PARTS, value, attribute.javaName());
    };
  }

  /** The arguments of a compose method, read from an entity variable. */
  static CodeBlock readFields(String entityVar, KeyTemplate template) {
    List<CodeBlock> reads = new ArrayList<>();
    for (AttributeModel field : template.fields()) {
      reads.add(SchemaWriter.read(entityVar, field));
    }
    return CodeBlock.join(reads, ", ");
  }

  /** {@code KeyDefinition.of("pk", S, "sk", S)}. */
  static CodeBlock keyDefinition(ItemKeys keys) {
    return CodeBlock.of(
        "$T.of($S, $T.S, $S, $T.S)",
        Codecs.runtime("schema", "KeyDefinition"),
        keys.partitionKeyName(),
        Codecs.SCALAR_ATTRIBUTE_TYPE,
        keys.sortKeyName(),
        Codecs.SCALAR_ATTRIBUTE_TYPE);
  }

  /** Every global index of the table: string keys, all attributes projected. */
  static CodeBlock indexDefinitions(ItemKeys keys) {
    ClassName keyAttribute = Codecs.runtime("schema", "KeyDefinition").nestedClass("KeyAttribute");
    ClassName projectionType =
        ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ProjectionType");
    List<CodeBlock> definitions = new ArrayList<>();
    for (ItemKeys.TableIndex index : keys.tableIndexes()) {
      definitions.add(
          CodeBlock.of(
              "new $T($S, true, new $T($S, $T.S), new $T($S, $T.S), $T.ALL, $T.<$T>of())",
              Codecs.runtime("schema", "IndexDefinition"),
              index.name(),
              keyAttribute,
              index.partitionKeyName(),
              Codecs.SCALAR_ATTRIBUTE_TYPE,
              keyAttribute,
              index.sortKeyName(),
              Codecs.SCALAR_ATTRIBUTE_TYPE,
              projectionType,
              List.class,
              String.class));
    }
    return CodeBlock.of(
        "$T.<$T>of(\n$>$>$L$<$<)",
        List.class,
        Codecs.runtime("schema", "IndexDefinition"),
        CodeBlock.join(definitions, ",\n"));
  }

  /**
   * The statements that add composed keys and the type to an item being written: the primary key
   * always, an index's keys only when every field they need is present (a sparse index).
   */
  static void addKeysToItem(
      MethodSpec.Builder method, EntityModel entity, String entityVar, String itemVar) {
    ItemKeys keys = entity.itemKeys();
    method.addStatement(
        "$N.put($S, $T.fromS($N($L)))",
        itemVar,
        keys.partitionKeyName(),
        Codecs.ATTRIBUTE_VALUE,
        composeMethodName(null, true),
        readFields(entityVar, keys.partition()));
    method.addStatement(
        "$N.put($S, $T.fromS($N($L)))",
        itemVar,
        keys.sortKeyName(),
        Codecs.ATTRIBUTE_VALUE,
        composeMethodName(null, false),
        readFields(entityVar, keys.sort()));
    for (IndexTemplate index : keys.indexTemplates()) {
      List<CodeBlock> present = new ArrayList<>();
      List<AttributeModel> fields = new ArrayList<>(index.partition().fields());
      index.sort().fields().stream().filter(f -> !fields.contains(f)).forEach(fields::add);
      for (AttributeModel field : fields) {
        if (!field.mapping().isPrimitive()) {
          present.add(CodeBlock.of("$L != null", SchemaWriter.read(entityVar, field)));
        }
      }
      if (!present.isEmpty()) {
        method.beginControlFlow("if ($L)", CodeBlock.join(present, " && "));
      }
      method.addStatement(
          "$N.put($S, $T.fromS($N($L)))",
          itemVar,
          index.index().partitionKeyName(),
          Codecs.ATTRIBUTE_VALUE,
          composeMethodName(index, true),
          readFields(entityVar, index.partition()));
      method.addStatement(
          "$N.put($S, $T.fromS($N($L)))",
          itemVar,
          index.index().sortKeyName(),
          Codecs.ATTRIBUTE_VALUE,
          composeMethodName(index, false),
          readFields(entityVar, index.sort()));
      if (!present.isEmpty()) {
        method.endControlFlow();
      }
    }
    method.addStatement("$N.put($S, TYPE_VALUE)", itemVar, keys.typeAttribute());
  }

  /** The schema members specific to composed keys. */
  static void addSchemaMembers(TypeSpec.Builder spec, EntityModel entity, Codecs codecs) {
    ItemKeys keys = entity.itemKeys();
    spec.addField(
        FieldSpec.builder(String.class, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The entity type stored in each item's {@code $L} attribute.\n",
                keys.typeAttribute())
            .initializer("$S", keys.typeName())
            .build());
    spec.addField(
        FieldSpec.builder(Codecs.ATTRIBUTE_VALUE, "TYPE_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.fromS(TYPE)", Codecs.ATTRIBUTE_VALUE)
            .build());
    addFormatsAndConverters(spec, keys, codecs);
    spec.addMethod(composeMethod(entity, null, true, keys.partition()));
    spec.addMethod(composeMethod(entity, null, false, keys.sort()));
    for (IndexTemplate index : keys.indexTemplates()) {
      spec.addMethod(composeMethod(entity, index, true, index.partition()));
      spec.addMethod(composeMethod(entity, index, false, index.sort()));
    }
    spec.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(java.util.Set.class), ClassName.get(String.class)),
                "PRIMARY_KEY_FIELDS",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(
                "$T.<$T>of($L)",
                java.util.Set.class,
                String.class,
                CodeBlock.join(
                    keys.keyFields().stream().map(f -> CodeBlock.of("$S", f.storedName())).toList(),
                    ", "))
            .build());
    spec.addMethod(keyFields(entity));
    spec.addMethod(
        MethodSpec.methodBuilder("primaryKeyFields")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(java.util.Set.class), ClassName.get(String.class)))
            .addStatement("return PRIMARY_KEY_FIELDS")
            .build());
    if (!keys.storeKeyFields()) {
      spec.addMethod(
          MethodSpec.methodBuilder("storesKeyFields")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(boolean.class)
              .addStatement("return false")
              .build());
      // toItem leaves the key fields out, so they are read from the entity itself.
      List<CodeBlock> reads = new ArrayList<>();
      for (AttributeModel field : keys.keyFields()) {
        reads.add(SchemaWriter.read("entity", field));
      }
      spec.addMethod(
          MethodSpec.methodBuilder("primaryKeyFieldsOf")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(SchemaWriter.ITEM)
              .addParameter(entity.entityType(), "entity")
              .addStatement("return keyFields($L)", CodeBlock.join(reads, ", "))
              .build());
    }
    // Fields kept only in keys are no attributes, so no update names them: nothing to recompose.
    if (!keys.indexTemplates().isEmpty() && keys.storeKeyFields()) {
      spec.addMethod(composeIndexKeys(entity));
    }
    for (AttributeModel field : templateFields(keys).keySet()) {
      spec.addMethod(fromKey(entity, field));
    }
    spec.addMethod(
        MethodSpec.methodBuilder("typeAttribute")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(java.util.Optional.class), ClassName.get(String.class)))
            .addStatement("return $T.of($S)", java.util.Optional.class, keys.typeAttribute())
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("typeValues")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(java.util.Set.class), ClassName.get(String.class)))
            .addStatement("return $T.of(TYPE)", java.util.Set.class)
            .build());
  }

  /**
   * {@code keyFields(customerId, placedAt)}: the fields of the primary key as the item stores them
   * (each also an attribute of its own), from which an update recomputes index keys.
   */
  static MethodSpec keyFields(EntityModel entity) {
    ItemKeys keys = entity.itemKeys();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("keyFields")
            .addModifiers(Modifier.PUBLIC)
            .returns(SchemaWriter.ITEM)
            .addJavadoc(
                "The fields of the primary key as attributes of the item, by stored name: what an"
                    + " update by key knows of the item, to recompute the index keys composed from"
                    + " them.\n\n");
    List<CodeBlock> entries = new ArrayList<>();
    boolean small = keys.keyFields().size() <= 10;
    for (AttributeModel field : keys.keyFields()) {
      method
          .addParameter(field.mapping().javaType(), field.javaName())
          .addJavadoc("@param $L a field of the key\n", field.javaName());
      CodeBlock value =
          field.mapping().isPrimitive()
              ? CodeBlock.of("$N", field.javaName())
              : CodeBlock.of(
                  "$T.<$T>require($N, ENTITY_NAME, $S)",
                  KEY_PARTS,
                  field.mapping().javaType(),
                  field.javaName(),
                  field.javaName());
      CodeBlock encoded = encodeAttribute(entity, field, value);
      entries.add(
          small
              ? CodeBlock.of("$S, $L", field.storedName(), encoded)
              : CodeBlock.of(
                  "$T.<$T, $T>entry($S, $L)",
                  Map.class,
                  String.class,
                  Codecs.ATTRIBUTE_VALUE,
                  field.storedName(),
                  encoded));
    }
    // Map.of takes up to ten entries.
    return method
        .addJavadoc("@throws $T if a field is null\n", Codecs.runtime("error", "ItemMappingException"))
        .addStatement(
            small ? "return $T.<$T, $T>of($L)" : "return $T.<$T, $T>ofEntries($L)",
            Map.class,
            String.class,
            Codecs.ATTRIBUTE_VALUE,
            CodeBlock.join(entries, ", "))
        .build();
  }

  /**
   * {@code composeIndexKeys(update)}: for each index, the keys an update sets when it changes one
   * of their fields (all of them known), or removes when it removes one.
   */
  static MethodSpec composeIndexKeys(EntityModel entity) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("composeIndexKeys")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Codecs.runtime("schema", "IndexKeyUpdate"), "update");
    for (IndexTemplate index : entity.itemKeys().indexTemplates()) {
      List<AttributeModel> fields = new ArrayList<>(index.partition().fields());
      index.sort().fields().stream().filter(f -> !fields.contains(f)).forEach(fields::add);
      if (fields.isEmpty()) {
        continue; // constant keys: no update changes them
      }
      CodeBlock names =
          CodeBlock.join(fields.stream().map(f -> CodeBlock.of("$S", f.storedName())).toList(), ", ");
      method
          .beginControlFlow("if (update.affects($L))", names)
          .beginControlFlow("if (update.removesAny($L))", names)
          .addStatement(
              "update.remove($S, $S)", index.index().partitionKeyName(), index.index().sortKeyName())
          .nextControlFlow("else")
          .addStatement(
              "update.require($S, $S, $L)",
              index.index().name(),
              index.partition().text() + " / " + index.sort().text(),
              names)
          .addStatement(
              "update.set($S, $N($L), $S, $N($L))",
              index.index().partitionKeyName(),
              composeMethodName(index, true),
              decodeFields(entity, index.partition()),
              index.index().sortKeyName(),
              composeMethodName(index, false),
              decodeFields(entity, index.sort()))
          .endControlFlow()
          .endControlFlow();
    }
    return method.build();
  }

  /** The arguments of a compose method, decoded from an {@code IndexKeyUpdate}'s known values. */
  private static CodeBlock decodeFields(EntityModel entity, KeyTemplate template) {
    List<CodeBlock> values = new ArrayList<>();
    for (AttributeModel field : template.fields()) {
      CodeBlock value = CodeBlock.of("update.value($S)", field.storedName());
      values.add(
          field.mapping() instanceof TypeMapping.Scalar scalar
              ? Codecs.decodeScalar(scalar, value, field.storedName())
              : CodeBlock.of(
                  "$T.<$T>fromConverter($T.$N, $L, $S)",
                  Codecs.runtime("schema", "AttributeCodecs"),
                  field.mapping().javaType().box(),
                  entity.schemaClass(),
                  converterName(field),
                  value,
                  field.storedName()));
    }
    return CodeBlock.join(values, ", ");
  }

  /** A template field encoded as its attribute: as its type dictates, or by its converter. */
  private static CodeBlock encodeAttribute(EntityModel entity, AttributeModel field, CodeBlock value) {
    if (field.mapping() instanceof TypeMapping.Scalar scalar) {
      return Codecs.encodeScalar(scalar.kind(), value, field.storedName());
    }
    return CodeBlock.of(
        "$T.<$T>viaConverter($T.$N, $L, $S)",
        Codecs.runtime("schema", "AttributeCodecs"),
        field.mapping().javaType().box(),
        entity.schemaClass(),
        converterName(field),
        value,
        field.storedName());
  }

  /** {@code PLACED_AT_KEY_FORMAT}: the schema's formatter of a field's {@code @KeyFormat}. */
  static String formatName(AttributeModel field) {
    return Codecs.upperSnake(SchemaWriter.capitalize(field.javaName())) + "_KEY_FORMAT";
  }

  /** {@code PHONE_CONVERTER}: the schema's converter of a template field, the attribute's own. */
  static String converterName(AttributeModel field) {
    return Codecs.converterFieldName(SchemaWriter.capitalize(field.javaName()));
  }

  /** Every field of every template, once, in template order. */
  private static Map<AttributeModel, Field> templateFields(ItemKeys keys) {
    Map<AttributeModel, Field> fields = new LinkedHashMap<>();
    List<KeyTemplate> templates = new ArrayList<>(List.of(keys.partition(), keys.sort()));
    for (IndexTemplate index : keys.indexTemplates()) {
      templates.add(index.partition());
      templates.add(index.sort());
    }
    for (KeyTemplate template : templates) {
      for (Part part : template.parts()) {
        if (part instanceof Field field) {
          fields.putIfAbsent(field.attribute(), field);
        }
      }
    }
    return fields;
  }

  /**
   * The formatters and converters the compose methods use, package-private so that the keys
   * class encodes sort conditions with them too; a converter is the attribute's own field
   * ({@link Codecs#sharedConverterField}).
   */
  private static void addFormatsAndConverters(TypeSpec.Builder spec, ItemKeys keys, Codecs codecs) {
    for (Field field : templateFields(keys).values()) {
      if (field.pattern() != null) {
        spec.addField(
            FieldSpec.builder(DateTimeFormatter.class, formatName(field.attribute()), Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.format($S)", KEY_PARTS, field.pattern())
                .build());
      } else if (field.attribute().mapping() instanceof TypeMapping.Converted converted) {
        codecs.sharedConverterField(converted, SchemaWriter.capitalize(field.attribute().javaName()));
      }
    }
  }

  /**
   * {@code placedAtFromKey(item)}: a field read back from the first key that composes it, for
   * items that do not store it as an attribute. A field only in an index's keys is null (or
   * zero) when the item is not in that index.
   */
  private static MethodSpec fromKey(EntityModel entity, AttributeModel target) {
    ItemKeys keys = entity.itemKeys();
    ItemKeys.Source source = keys.sourceOf(target).orElseThrow();
    KeyTemplate template = source.template();
    TypeName type = target.mapping().javaType();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(fromKeyName(target))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type)
            .addParameter(SchemaWriter.ITEM, "item")
            .addJavadoc(
                "{@code $L}, read back from the key {@code $L} ({@code $L}).\n",
                target.javaName(),
                source.keyAttribute(),
                template.text().replace("{", "&#123;").replace("}", "&#125;"));
    boolean primary =
        source.keyAttribute().equals(keys.partitionKeyName())
            || source.keyAttribute().equals(keys.sortKeyName());
    if (!primary) {
      method
          .beginControlFlow("if (!item.containsKey($S))", source.keyAttribute())
          .addStatement("return $L", type.isPrimitive() ? Codecs.missingValue(target.mapping()) : "null")
          .endControlFlow();
    }
    method.addStatement(
        "$T key = $T.of(item, $S, $S, ENTITY_NAME)",
        KEY_READER,
        KEY_READER,
        source.keyAttribute(),
        template.text());
    List<Part> parts = template.parts();
    Field targetField = null;
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (part instanceof Literal literal) {
        method.addStatement("key.literal($S)", literal.text());
        continue;
      }
      Field field = (Field) part;
      Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
      CodeBlock read = readPart(field, next);
      if (field.attribute().equals(target)) {
        targetField = field;
        method.addStatement("$T part = $L", String.class, read);
      } else {
        method.addStatement("$L", read);
      }
    }
    method.addStatement("key.end()");
    CodeBlock decoded = decodePart(entity.schemaClass(), targetField);
    if (decoded.toString().equals("part")) {
      return method.addStatement("return part").build(); // text as it is: nothing to fail
    }
    return method
        .beginControlFlow("try")
        .addStatement("return $L", decoded)
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .addStatement("throw key.unreadable($S, part, e)", target.javaName())
        .endControlFlow()
        .build();
  }

  static String fromKeyName(AttributeModel field) {
    return field.javaName() + "FromKey";
  }

  /** Reads a field's part: by its width if fixed, else up to the next literal or to the end. */
  private static CodeBlock readPart(Field field, Part next) {
    String name = field.attribute().javaName();
    if (field.pattern() != null && field.fixedWidth()) {
      return CodeBlock.of("key.fixed($L, $S)", field.patternWidth(), name);
    }
    if (field.pattern() == null) {
      switch (field.encoding()) {
        case LONG:
          return CodeBlock.of("key.number(19, $S)", name);
        case INT:
          return CodeBlock.of("key.number(10, $S)", name);
        case SHORT:
          return CodeBlock.of("key.number(5, $S)", name);
        case BYTE:
          return CodeBlock.of("key.number(3, $S)", name);
        case UUID:
          return CodeBlock.of("key.fixed(36, $S)", name);
        case INSTANT:
          return CodeBlock.of("key.fixed(30, $S)", name);
        case DATE:
          return CodeBlock.of("key.fixed(10, $S)", name);
        case DATE_TIME:
          return CodeBlock.of("key.fixed(29, $S)", name);
        default:
          break;
      }
    }
    return next instanceof Literal literal
        ? CodeBlock.of("key.until($S, $S)", literal.text(), name)
        : CodeBlock.of("key.rest()");
  }

  /** The value of a part read back, as written by {@link #encode}. */
  private static CodeBlock decodePart(ClassName schema, Field field) {
    AttributeModel attribute = field.attribute();
    TypeName type = attribute.mapping().javaType();
    if (field.pattern() != null) {
      return CodeBlock.of("$T.from($T.$N.parse(part))", type.box(), schema, formatName(attribute));
    }
    return switch (field.encoding()) {
      case TEXT -> field.escapesText() ? CodeBlock.of("$T.unescape(part)", KEY_PARTS) : CodeBlock.of("part");
      case ENUM ->
          CodeBlock.of(
              "$T.valueOf($L)",
              type,
              field.escapesText() ? CodeBlock.of("$T.unescape(part)", KEY_PARTS) : CodeBlock.of("part"));
      case UUID -> CodeBlock.of("$T.fromString(part)", java.util.UUID.class);
      case LONG -> CodeBlock.of("$T.parseLong(part)", KEY_PARTS);
      case INT -> CodeBlock.of("$T.parseInt(part)", KEY_PARTS);
      case SHORT -> CodeBlock.of("$T.parseShort(part)", KEY_PARTS);
      case BYTE -> CodeBlock.of("$T.parseByte(part)", KEY_PARTS);
      case INSTANT -> CodeBlock.of("$T.parse(part)", java.time.Instant.class);
      case DATE -> CodeBlock.of("$T.parse(part)", java.time.LocalDate.class);
      case DATE_TIME -> CodeBlock.of("$T.parse(part)", java.time.LocalDateTime.class);
      case CONVERTED ->
          CodeBlock.of(
              "$N.fromAttributeValue($T.fromS(part))", converterName(attribute), Codecs.ATTRIBUTE_VALUE);
    };
  }

  /** {@code key(customerId, placedAt)}: the primary key map from the key fields. */
  static MethodSpec key(EntityModel entity) {
    ItemKeys keys = entity.itemKeys();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("key")
            .addModifiers(Modifier.PUBLIC)
            .returns(SchemaWriter.ITEM)
            .addJavadoc(
                "The primary key of one item, as the key map of a request: {@code $L} and"
                    + " {@code $L} composed from the fields.\n\n",
                keys.partitionKeyName(),
                keys.sortKeyName());
    for (AttributeModel field : keys.keyFields()) {
      method
          .addParameter(field.mapping().javaType(), field.javaName())
          .addJavadoc("@param $L a field of the key\n", field.javaName());
    }
    method.addJavadoc(
        "@throws $T if a field is null\n", Codecs.runtime("error", "ItemMappingException"));
    return method
        .addStatement(
            "return $T.<$T, $T>of($S, $T.fromS($N($L)), $S, $T.fromS($N($L)))",
            Map.class,
            String.class,
            Codecs.ATTRIBUTE_VALUE,
            keys.partitionKeyName(),
            Codecs.ATTRIBUTE_VALUE,
            composeMethodName(null, true),
            names(keys.partition()),
            keys.sortKeyName(),
            Codecs.ATTRIBUTE_VALUE,
            composeMethodName(null, false),
            names(keys.sort()))
        .build();
  }

  /** {@code keyOf(entity)}: the key of an entity. */
  static MethodSpec keyOf(EntityModel entity) {
    List<CodeBlock> reads = new ArrayList<>();
    for (AttributeModel field : entity.itemKeys().keyFields()) {
      reads.add(SchemaWriter.read("entity", field));
    }
    return MethodSpec.methodBuilder("keyOf")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(SchemaWriter.ITEM)
        .addParameter(entity.entityType(), "entity")
        .addStatement("return key($L)", CodeBlock.join(reads, ", "))
        .build();
  }

  private static CodeBlock names(KeyTemplate template) {
    return fieldNames(template.fields());
  }

  static CodeBlock fieldNames(List<AttributeModel> fields) {
    return CodeBlock.join(fields.stream().map(f -> CodeBlock.of("$N", f.javaName())).toList(), ", ");
  }

  // ---- OrderKeys ----

  /** Writes {@code OrderKeys} for an entity with composed keys. */
  static TypeSpec.Builder keysClass(EntityModel entity) {
    ItemKeys keys = entity.itemKeys();
    ClassName keysClass = entity.keysClass();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(keysClass)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Typed key conditions for queries on {@link $T} in its single table: start with"
                    + " {@link #partition}$L, then {@code all()} or a condition on the sort key's"
                    + " last field. Every condition on the table reads only {@code $L} items.$L\n",
                entity.entityType(),
                keys.indexTemplates().isEmpty() ? "" : ", or with an index's method",
                keys.typeName(),
                keys.indexTemplates().isEmpty()
                    ? ""
                    : " Other entity types may compose the same index keys (an overloaded index),"
                        + " so a query on an index also filters on {@code " + keys.typeAttribute()
                        + " = \"" + keys.typeName() + "\"}: it returns only {@code "
                        + keys.typeName() + "} items, and a page may hold fewer items than were"
                        + " read (its capacity counts them all).")
            .addField(
                FieldSpec.builder(String.class, "ENTITY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", entity.generatedPrefix().replace('_', '.'))
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    addStart(spec, entity, null, "partition", "Partition", keys.partition(), keys.sort(),
        keys.partitionKeyName(), keys.sortKeyName());
    for (IndexTemplate index : keys.indexTemplates()) {
      // A single table's indexes are global.
      spec.addField(
          KeysWriter.indexConstant(
              keysClass, entity.entityType(), index.index().name(), index.methodName(), true));
    }
    for (IndexTemplate index : keys.indexTemplates()) {
      String method = index.methodName();
      addStart(spec, entity, index, method, SchemaWriter.capitalize(method), index.partition(),
          index.sort(), index.index().partitionKeyName(), index.index().sortKeyName());
    }
    return spec;
  }

  /** For text written as it is (a pattern, unescaped text): its start is not escaped either. */
  private static List<MethodSpec> encodeStart(Field last) {
    boolean asItIs =
        last.pattern() != null
            || ((last.encoding() == ItemKeys.Encoding.TEXT || last.encoding() == ItemKeys.Encoding.ENUM)
                && !last.escapesText());
    if (!asItIs) {
      return List.of();
    }
    return List.of(
        MethodSpec.methodBuilder("encodeStart")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(String.class)
            .addParameter(String.class, "start")
            .addStatement("return start")
            .build());
  }

  private static void addStart(
      TypeSpec.Builder keys,
      EntityModel entity,
      IndexTemplate index,
      String methodName,
      String className,
      KeyTemplate partition,
      KeyTemplate sort,
      String partitionKeyName,
      String sortKeyName) {
    ClassName type = entity.entityType();
    ClassName keysClass = entity.keysClass();
    ClassName partitionClass = keysClass.nestedClass(className);
    String where = index == null ? "" : " of index {@code " + index.index().name() + "}";
    MethodSpec.Builder start =
        MethodSpec.methodBuilder(methodName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(partitionClass)
            .addJavadoc(
                "The {@code $L} items in the partition$L composed from these fields; read them"
                    + " with {@link $L#all()}$L.$L\n\n",
                entity.itemKeys().typeName(),
                where,
                className,
                sort.isConstant() || !sort.lastField().ordered()
                    ? ""
                    : " or narrow by {@code " + sort.lastField().attribute().javaName() + "}",
                index == null
                    ? ""
                    : " The query also filters on {@code " + entity.itemKeys().typeAttribute()
                        + "}, as other types may compose the same index keys.");
    for (AttributeModel field : partition.fields()) {
      start
          .addParameter(field.mapping().javaType(), field.javaName())
          .addJavadoc("@param $L a field of the partition key\n", field.javaName());
    }
    // Sort fields the partition also composes are kept by the partition, never asked for again.
    List<AttributeModel> kept = keptFields(partition, sort);
    keys.addMethod(
        start
            .addJavadoc("@throws $T if a field is null\n", Codecs.runtime("error", "ItemMappingException"))
            .addStatement(
                "return new $T($T.$N($L)$L)",
                partitionClass,
                entity.schemaClass(),
                composeMethodName(index, true),
                names(partition),
                kept.isEmpty() ? "" : CodeBlock.of(", $L", fieldNames(kept)))
            .build());

    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "key")
            .addStatement(
                index == null ? "super(null, $S, key, $S, $S, $L)" : "super($S, $S, key, $S, $S, $L, $S, $S)",
                index == null
                    ? new Object[] {partitionKeyName, sortKeyName, sort.literalPrefix(), sort.isConstant()}
                    : new Object[] {
                      index.index().name(), partitionKeyName, sortKeyName, sort.literalPrefix(),
                      sort.isConstant(), entity.itemKeys().typeAttribute(), entity.itemKeys().typeName()
                    });
    TypeSpec.Builder partitionType =
        TypeSpec.classBuilder(partitionClass)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(Codecs.runtime("key", "TemplatePartition"), type))
            .addJavadoc(
                "A partition$L seen from {@link $T}: {@link #all()} reads its {@code $L} items$L.\n",
                where,
                type,
                entity.itemKeys().typeName(),
                index == null
                    ? ""
                    : " (a filter on {@code " + entity.itemKeys().typeAttribute() + "} keeps them)");
    keepFields(partitionType, constructor, kept);
    partitionType.addMethod(constructor.build());
    TypeSpec condition =
        sort.isConstant()
            ? null
            : addSortCondition(
                partitionType, keysClass, type, index == null ? "" : className, sort, kept, null,
                entity.schemaClass());
    keys.addType(partitionType.build());
    if (condition != null) {
      keys.addType(condition);
    }
  }

  /** The sort template's fields that the partition template also composes, in sort order. */
  static List<AttributeModel> keptFields(KeyTemplate partition, KeyTemplate sort) {
    if (sort.isConstant()) {
      return List.of();
    }
    List<AttributeModel> partitionFields = partition.fields();
    return sort.fields().stream().filter(partitionFields::contains).distinct().toList();
  }

  /** Private final fields of the partition class, set by its constructor, for kept fields. */
  static void keepFields(
      TypeSpec.Builder partitionType, MethodSpec.Builder constructor, List<AttributeModel> kept) {
    for (AttributeModel field : kept) {
      partitionType.addField(field.mapping().javaType(), field.javaName(), Modifier.PRIVATE, Modifier.FINAL);
      constructor
          .addParameter(field.mapping().javaType(), field.javaName())
          .addStatement("this.$N = $N", field.javaName(), field.javaName());
    }
  }

  /**
   * The method on the sort template's last field: a typed condition taking the fields before it
   * that the partition does not keep, or, if the partition keeps the last field itself, the
   * equality on the whole sort key, which then asks for nothing the partition already has. A last
   * field whose key order is not known to be its order (a converter's output, a pattern that is
   * not fixed-width) gets no range conditions.
   *
   * @param collectionSortKeyName null for an entity's {@code TemplatePartition}; for an item
   *     collection's partition (a {@code KeyCondition}), its sort key attribute
   * @param schema the schema whose {@code @KeyFormat} formatters and converters encode the fields;
   *     null (an item collection's keys) creates them where used
   * @return the condition class the method returns, to add to the keys class; null if none
   */
  static TypeSpec addSortCondition(
      TypeSpec.Builder partitionType,
      ClassName keysClass,
      TypeName type,
      String conditionPrefix,
      KeyTemplate sort,
      List<AttributeModel> kept,
      String collectionSortKeyName,
      ClassName schema) {
    Field last = sort.lastField();
    AttributeModel field = last.attribute();
    List<Part> before = sort.parts().subList(0, sort.parts().indexOf(last));
    List<AttributeModel> leading =
        before.stream()
            .filter(Field.class::isInstance)
            .map(p -> ((Field) p).attribute())
            .filter(f -> !kept.contains(f))
            .distinct()
            .toList();
    String template = sort.text().replace("{", "&#123;").replace("}", "&#125;");
    if (kept.contains(field)) {
      MethodSpec.Builder exact =
          MethodSpec.methodBuilder(field.javaName())
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(Codecs.runtime("key", "KeyCondition"), type))
              .addJavadoc(
                  "The items whose sort key {@code $L} is the one composed from this partition's"
                      + " {@code $L}$L: the partition fixes the field, so it is not asked for"
                      + " again.\n",
                  template,
                  field.javaName(),
                  leading.isEmpty() ? "" : " and the fields given");
      exact.addJavadoc("\n");
      for (AttributeModel lead : leading) {
        exact
            .addParameter(lead.mapping().javaType(), lead.javaName())
            .addJavadoc("@param $L a field of the sort key\n", lead.javaName());
      }
      exact.addJavadoc(
          "@return a new key condition\n@throws $T if a field is null\n",
          Codecs.runtime("error", "ItemMappingException"));
      if (collectionSortKeyName == null) {
        exact.addStatement("return sortKeyEquals($L)", compose(schema, sort.parts()));
      } else {
        exact.addStatement(
            "return withSortCondition($T.EQ, $S, $T.of($T.fromS($L)))",
            Codecs.runtime("key", "SortOperator"),
            collectionSortKeyName,
            List.class,
            Codecs.ATTRIBUTE_VALUE,
            compose(schema, sort.parts()));
      }
      partitionType.addMethod(exact.build());
      return null;
    }
    if (!last.ordered()) {
      return null;
    }
    ClassName conditionClass =
        keysClass.nestedClass(conditionPrefix + SchemaWriter.capitalize(field.javaName()) + "Condition");
    ClassName base =
        Codecs.runtime(
            "key",
            last.text() ? "TemplateTextSortKeyCondition" : "TemplateSortKeyCondition");
    TypeName fieldType = field.mapping().javaType().box();
    TypeName conditionType = ParameterizedTypeName.get(base, type, fieldType);
    MethodSpec.Builder narrow =
        MethodSpec.methodBuilder(field.javaName())
            .addModifiers(Modifier.PUBLIC)
            .returns(conditionType)
            .addJavadoc(
                "Conditions on {@code $L}, the last field of the sort key {@code $L}: {@code eq,"
                    + " lt, le, gt, ge, between$L}.\n",
                field.javaName(),
                template,
                last.text() ? ", beginsWith" : "");
    if (!leading.isEmpty()) {
      narrow.addJavadoc("\n");
    }
    for (AttributeModel lead : leading) {
      narrow
          .addParameter(lead.mapping().javaType(), lead.javaName())
          .addJavadoc("@param $L the key's field before it\n", lead.javaName());
    }
    CodeBlock prefix = before.isEmpty() ? CodeBlock.of("$S", "") : compose(schema, before);
    partitionType.addMethod(
        narrow.addStatement("return new $T(this, $L)", conditionClass, prefix).build());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    if (collectionSortKeyName == null) {
      constructor
          .addParameter(
              ParameterizedTypeName.get(Codecs.runtime("key", "TemplatePartition"), type),
              "partition")
          .addParameter(String.class, "prefix")
          .addStatement("super(partition, prefix, $S)", field.javaName());
    } else {
      constructor
          .addParameter(
              ParameterizedTypeName.get(Codecs.runtime("key", "KeyCondition"), type), "partition")
          .addParameter(String.class, "prefix")
          .addStatement("super(partition, $S, prefix, $S)", collectionSortKeyName, field.javaName());
    }
    return TypeSpec.classBuilder(conditionClass)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .superclass(conditionType)
            .addMethod(constructor.build())
            .addMethod(
                MethodSpec.methodBuilder("encode")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED)
                    .returns(String.class)
                    .addParameter(fieldType, field.javaName())
                    .addStatement("return $L", encode(schema, last))
                    .build())
            .addMethods(encodeStart(last))
            .build();
  }
}
