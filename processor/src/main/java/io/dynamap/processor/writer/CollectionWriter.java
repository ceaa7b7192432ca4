package io.dynamap.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.dynamap.processor.model.AttributeModel;
import io.dynamap.processor.model.CollectionModel;
import io.dynamap.processor.model.EntityModel;
import io.dynamap.processor.model.ItemKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes an item collection's {@code CustomerItemSchema} (each item written and read by its own
 * member's schema, chosen by the item's type), {@code CustomerItemKeys} (the whole partition) and
 * {@code CustomerItemRepository}.
 */
public final class CollectionWriter {
  private final GeneratedFiles files;
  /** Whether dynamap-async is on the class path: then an async repository is written too. */
  private final boolean async;

  public CollectionWriter(GeneratedFiles files, boolean async) {
    this.files = files;
    this.async = async;
  }

  public void write(CollectionModel collection) {
    String packageName = collection.collectionType().packageName();
    files.write(collection.originatingElement(), packageName, schema(collection));
    files.write(collection.originatingElement(), packageName, keys(collection));
    files.write(collection.originatingElement(), packageName, repository(collection));
    if (async) {
      files.write(collection.originatingElement(), packageName, asyncRepository(collection));
    }
  }

  private static TypeSpec.Builder schema(CollectionModel collection) {
    ClassName type = collection.collectionType();
    ClassName schema = collection.schemaClass();
    ItemKeys keys = collection.keys();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(schema)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(Codecs.runtime("schema", "ItemSchema"), type))
            .addJavadoc(
                "How the members of {@link $T} are stored: each by its own schema, chosen when"
                    + " reading by the item's {@code $L} attribute.\n\n<p>Use {@link #INSTANCE}; it"
                    + " is stateless and thread-safe.\n",
                type,
                keys.typeAttribute())
            .addField(
                FieldSpec.builder(String.class, "TABLE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The table name declared by {@code @SingleTable}.\n")
                    .initializer("$S", collection.tableName())
                    .build())
            .addField(
                FieldSpec.builder(schema, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The schema of {@link $T}.\n", type)
                    .initializer("new $T()", schema)
                    .build())
            .addField(
                FieldSpec.builder(String.class, "ENTITY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", collection.generatedPrefix().replace('_', '.'))
                    .build())
            .addField(
                FieldSpec.builder(Codecs.runtime("schema", "KeyDefinition"), "KEY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(ComposedKeys.keyDefinition(keys))
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(SchemaWriter.getter("entityName", ClassName.get(String.class), "ENTITY_NAME"))
            .addMethod(SchemaWriter.getter("tableName", ClassName.get(String.class), "TABLE_NAME"))
            .addMethod(SchemaWriter.getter("key", Codecs.runtime("schema", "KeyDefinition"), "KEY"));
    if (!keys.tableIndexes().isEmpty()) {
      TypeName indexList =
          ParameterizedTypeName.get(ClassName.get(List.class), Codecs.runtime("schema", "IndexDefinition"));
      spec.addField(
              FieldSpec.builder(indexList, "INDEXES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .initializer(ComposedKeys.indexDefinitions(keys))
                  .build())
          .addMethod(SchemaWriter.getter("indexes", indexList, "INDEXES"));
    }
    List<CodeBlock> types = new ArrayList<>();
    for (EntityModel member : collection.members()) {
      types.add(CodeBlock.of("$T.TYPE", member.schemaClass()));
    }
    spec.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class)),
                "TYPES",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$T.<$T>of($L)", Set.class, String.class, CodeBlock.join(types, ", "))
            .build());
    spec.addMethod(
            MethodSpec.methodBuilder("typeAttribute")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), ClassName.get(String.class)))
                .addStatement("return $T.of($S)", Optional.class, keys.typeAttribute())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("typeValues")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class)))
                .addStatement("return TYPES")
                .build())
        .addMethod(dispatchByClass(collection, "toItem", SchemaWriter.ITEM))
        .addMethod(dispatchByClass(collection, "keyOf", SchemaWriter.ITEM))
        .addMethod(fromItem(collection));
    if (collection.members().stream().anyMatch(m -> m.versionAttribute().isPresent())) {
      addVersion(spec, collection);
    }
    List<EntityModel> generating =
        collection.members().stream()
            .filter(m -> m.attributes().stream().anyMatch(a -> a.generated() != null))
            .toList();
    if (!generating.isEmpty()) {
      spec.addMethod(generatedValuesOf(collection, generating));
    }
    return spec;
  }

  /**
   * {@code generatedValuesOf(item)}, answered by the member's own schema, so that a member written
   * through the collection gets the values it gets through its own repository.
   */
  private static MethodSpec generatedValuesOf(CollectionModel collection, List<EntityModel> generating) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("generatedValuesOf")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), Codecs.runtime("schema", "GeneratedValue")))
            .addParameter(collection.collectionType(), "item");
    for (EntityModel member : generating) {
      method
          .beginControlFlow("if (item instanceof $T)", member.entityType())
          .addStatement("return $T.INSTANCE.generatedValues()", member.schemaClass())
          .endControlFlow();
    }
    return method.addStatement("return $T.of()", List.class).build();
  }

  /**
   * {@code versionAttributeOf(item)}, {@code versionOf(item)} and {@code withVersion(item, v)},
   * each answered by the member's own schema, so that every write of a member through the
   * collection is versioned as through the member's repository.
   */
  private static void addVersion(TypeSpec.Builder spec, CollectionModel collection) {
    ClassName type = collection.collectionType();
    MethodSpec.Builder attribute =
        MethodSpec.methodBuilder("versionAttributeOf")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), ClassName.get(String.class)))
            .addParameter(type, "item");
    MethodSpec.Builder versionOf =
        MethodSpec.methodBuilder("versionOf")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.LONG)
            .addParameter(type, "item");
    MethodSpec.Builder withVersion =
        MethodSpec.methodBuilder("withVersion")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(type)
            .addParameter(type, "item")
            .addParameter(TypeName.LONG, "version");
    for (EntityModel member : collection.members()) {
      if (member.versionAttribute().isEmpty()) {
        continue;
      }
      attribute
          .beginControlFlow("if (item instanceof $T)", member.entityType())
          .addStatement("return $T.INSTANCE.versionAttribute()", member.schemaClass())
          .endControlFlow();
      versionOf
          .beginControlFlow("if (item instanceof $T member)", member.entityType())
          .addStatement("return $T.INSTANCE.versionOf(member)", member.schemaClass())
          .endControlFlow();
      withVersion
          .beginControlFlow("if (item instanceof $T member)", member.entityType())
          .addStatement("return $T.INSTANCE.withVersion(member, version)", member.schemaClass())
          .endControlFlow();
    }
    CodeBlock unversioned =
        CodeBlock.of(
            "throw new $T(ENTITY_NAME + $S + item)",
            UnsupportedOperationException.class,
            ": no @Version on ");
    spec.addMethod(attribute.addStatement("return $T.empty()", Optional.class).build())
        .addMethod(versionOf.addStatement(unversioned).build())
        .addMethod(withVersion.addStatement(unversioned).build());
  }

  /** {@code if (item instanceof Order order) return OrderSchema.INSTANCE.toItem(order);} … */
  private static MethodSpec dispatchByClass(CollectionModel collection, String name, TypeName returns) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(collection.collectionType(), "item");
    for (EntityModel member : collection.members()) {
      method
          .beginControlFlow("if (item instanceof $T member)", member.entityType())
          .addStatement("return $T.INSTANCE.$L(member)", member.schemaClass(), name)
          .endControlFlow();
    }
    // Only null gets here: the interface is sealed.
    return method
        .addStatement(
            "throw new $T($S + ENTITY_NAME)",
            Codecs.runtime("error", "ItemMappingException"),
            "a null item of ")
        .build();
  }

  private static MethodSpec fromItem(CollectionModel collection) {
    String typeAttribute = collection.keys().typeAttribute();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("fromItem")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(collection.collectionType())
            .addParameter(SchemaWriter.ITEM, "item")
            .addStatement("$T type = item.get($S)", Codecs.ATTRIBUTE_VALUE, typeAttribute)
            .addStatement("String name = type == null ? null : type.s()");
    for (EntityModel member : collection.members()) {
      method
          .beginControlFlow("if ($T.TYPE.equals(name))", member.schemaClass())
          .addStatement("return $T.INSTANCE.fromItem(item)", member.schemaClass())
          .endControlFlow();
    }
    return method
        .addStatement(
            "throw $T.notInCollection(item, $S, TYPES, ENTITY_NAME, KEY)",
            Codecs.runtime("key", "KeyParts"),
            typeAttribute)
        .build();
  }

  private static TypeSpec.Builder keys(CollectionModel collection) {
    ClassName type = collection.collectionType();
    ClassName keysClass = collection.keysClass();
    ClassName partitionClass = keysClass.nestedClass("Partition");
    ItemKeys keys = collection.keys();
    ItemKeys.KeyTemplate partition = collection.partition();
    ItemKeys.KeyTemplate sort = collection.sharedSort();
    EntityModel first = collection.members().get(0);
    String where =
        collection.index() == null ? "" : " of index {@code " + collection.index().name() + "}";
    String filtered =
        collection.typeFilter()
            ? " A filter on {@code " + keys.typeAttribute() + "} keeps the members' types: other"
                + " types in the partition are skipped, and a page may hold fewer items than were"
                + " read."
            : "";
    MethodSpec.Builder start =
        MethodSpec.methodBuilder("partition")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(partitionClass)
            .addJavadoc(
                "Every item of the partition {@code $L}$L composed from these fields, of every"
                    + " member type, in sort key order.$L\n\n",
                partition.text().replace("{", "&#123;").replace("}", "&#125;"),
                where,
                filtered);
    for (AttributeModel field : partition.fields()) {
      start
          .addParameter(field.mapping().javaType(), field.javaName())
          .addJavadoc("@param $L a field of the partition key\n", field.javaName());
    }
    List<AttributeModel> kept =
        sort == null ? List.of() : ComposedKeys.keptFields(partition, sort);
    start
        .addJavadoc("@throws $T if a field is null\n", Codecs.runtime("error", "ItemMappingException"))
        .addStatement(
            "return new $T($T.$N($L)$L)",
            partitionClass,
            first.schemaClass(),
            ComposedKeys.composeMethodName(collection.indexTemplate(), true),
            ComposedKeys.fieldNames(partition.fields()),
            kept.isEmpty() ? "" : CodeBlock.of(", $L", ComposedKeys.fieldNames(kept)));
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "key");
    CodeBlock indexName =
        collection.index() == null ? CodeBlock.of("null") : CodeBlock.of("$S", collection.index().name());
    if (collection.typeFilter()) {
      List<CodeBlock> types = new ArrayList<>();
      for (EntityModel member : collection.members()) {
        types.add(CodeBlock.of("$T.TYPE", member.schemaClass()));
      }
      constructor.addStatement(
          "super($L, $S, $T.fromS(key), $S, $T.<$T>of($L))",
          indexName,
          collection.partitionKeyName(),
          Codecs.ATTRIBUTE_VALUE,
          keys.typeAttribute(),
          List.class,
          String.class,
          CodeBlock.join(types, ", "));
    } else {
      constructor.addStatement(
          "super($L, $S, $T.fromS(key))",
          indexName,
          collection.partitionKeyName(),
          Codecs.ATTRIBUTE_VALUE);
    }
    TypeSpec.Builder partitionType =
        TypeSpec.classBuilder(partitionClass)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(Codecs.runtime("key", "KeyCondition"), type))
            .addJavadoc(
                "A whole partition$L: every member's items$L.\n",
                where,
                sort == null
                    ? ""
                    : ", usable as it is or narrowed by {@code "
                        + sort.lastField().attribute().javaName()
                        + "}, the last field of the sort key every member composes alike");
    ComposedKeys.keepFields(partitionType, constructor, kept);
    partitionType.addMethod(constructor.build());
    TypeSpec condition =
        sort == null
            ? null
            : ComposedKeys.addSortCondition(
                partitionType, keysClass, type, "", sort, kept, collection.sortKeyName(), null);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(keysClass)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Key conditions for queries on {@link $T}: {@link #partition} reads a whole item"
                    + " collection$L.\n",
                type,
                where);
    if (sort != null) {
      // Encoding a field refuses null with the collection's name.
      spec.addField(
          FieldSpec.builder(String.class, "ENTITY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$S", collection.generatedPrefix().replace('_', '.'))
              .build());
    }
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(start.build())
        .addType(partitionType.build());
    if (condition != null) {
      spec.addType(condition);
    }
    return spec;
  }

  private static TypeSpec.Builder repository(CollectionModel collection) {
    ClassName type = collection.collectionType();
    ClassName schema = collection.schemaClass();
    return TypeSpec.classBuilder(collection.repositoryClass())
        .addModifiers(Modifier.PUBLIC)
        .superclass(ParameterizedTypeName.get(Codecs.runtime("", "TableRepository"), type))
        .addJavadoc(
            "Reads and writes the members of {@link $T} in their single table: {@code query} with"
                + " {@link $T} returns each item as its own type; {@code put}, batches and"
                + " transactions take any member.\n\n<p>Thread-safe; create one per table and share"
                + " it.\n",
            type,
            collection.keysClass())
        .addMethods(RepositoryWriter.constructors(schema, collection.tableName(), "@SingleTable"));
  }

  /**
   * {@code CustomerItemAsyncRepository}: the collection's repository without blocking, its
   * operations all inherited from the async runtime, as the blocking one's are.
   */
  private static TypeSpec.Builder asyncRepository(CollectionModel collection) {
    ClassName type = collection.collectionType();
    return TypeSpec.classBuilder(collection.asyncRepositoryClass())
        .addModifiers(Modifier.PUBLIC)
        .superclass(ParameterizedTypeName.get(AsyncRepositoryWriter.BASE, type))
        .addJavadoc(
            "Reads and writes the members of {@link $T} without blocking: as {@link $T}, with each"
                + " operation returning a {@code CompletableFuture} and queries and scans"
                + " publishing items with backpressure.\n\n<p>Generated because dynamap-async is on"
                + " the compile class path. Thread-safe; create one per table and share it.\n",
            type,
            collection.repositoryClass())
        .addMethods(
            AsyncRepositoryWriter.constructors(
                collection.schemaClass(), collection.tableName(), "@SingleTable"));
  }
}
