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
import io.dynamap.processor.model.IndexModel;
import io.dynamap.processor.model.ItemKeys;
import io.dynamap.processor.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code OrderKeys}: typed key conditions. {@code partition(…)} is the only way to start
 * one, so a query without a partition key does not compile; the sort key's conditions take its
 * own Java type, and {@code beginsWith} exists only where the sort key is stored as a string or
 * binary.
 */
public final class KeysWriter {
  /** Methods a partition condition inherits; a sort key method must not clash with them. */
  private static final Set<String> INHERITED_METHODS =
      Set.of(
          "indexName",
          "partitionKeyName",
          "partitionValue",
          "partitionKeyNames",
          "typeFilter",
          "sortOperator",
          "toExpression",
          "withSortCondition",
          "toString",
          "hashCode",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize");

  private final GeneratedFiles files;

  public KeysWriter(GeneratedFiles files) {
    this.files = files;
  }

  public void write(EntityModel entity) {
    if (entity.hasComposedKeys()) {
      files.write(entity, ComposedKeys.keysClass(entity));
      return;
    }
    ClassName keys = entity.keysClass();
    ClassName type = entity.entityType();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(keys)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Typed key conditions for queries on {@link $T}: start with {@link #partition}$L.\n",
                type,
                entity.indexes().isEmpty()
                    ? ""
                    : ", or with an index's method to query that index")
            .addField(
                FieldSpec.builder(String.class, "ENTITY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", entity.generatedPrefix().replace('_', '.'))
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<TypeSpec> nested = new ArrayList<>();
    addStart(spec, nested, entity, keys, "partition", "Partition", null, entity.partitionKey(), entity.sortKey());
    for (IndexModel index : entity.indexes()) {
      spec.addField(indexConstant(keys, type, index.name(), index.global()));
    }
    for (IndexModel index : entity.indexes()) {
      String method = indexMethodName(index.name());
      if (index.multiAttribute()) {
        MultiAttributeKeys.addStart(spec, nested, entity, keys, method, capitalize(method), index);
        continue;
      }
      AttributeModel partition =
          index.global() ? entity.attribute(index.partitionKey()) : entity.partitionKey();
      Optional<AttributeModel> sort =
          Optional.ofNullable(index.sortKey()).map(entity::attribute);
      addStart(spec, nested, entity, keys, method, capitalize(method), index, partition, sort);
    }
    nested.forEach(spec::addType);
    files.write(entity, spec);
  }

  /**
   * Adds a static method that starts a query on the table or one index, its partition condition
   * class, and the sort condition class if the table or index has a sort key.
   */
  private static void addStart(
      TypeSpec.Builder keys,
      List<TypeSpec> nested,
      EntityModel entity,
      ClassName keysClass,
      String methodName,
      String className,
      IndexModel index,
      AttributeModel partitionKey,
      Optional<AttributeModel> sortKey) {
    ClassName type = entity.entityType();
    ClassName partitionClass = keysClass.nestedClass(className);
    TypeName keyCondition = ParameterizedTypeName.get(Codecs.runtime("key", "KeyCondition"), type);
    String where =
        index == null
            ? ""
            : " in the " + (index.global() ? "global" : "local") + " index {@code " + index.name() + "}";
    keys.addMethod(
        MethodSpec.methodBuilder(methodName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(partitionClass)
            .addParameter(partitionKey.mapping().javaType(), partitionKey.javaName())
            .addJavadoc(
                "The items whose partition key {@code $L} equals the given value$L$L.\n\n"
                    + "@param $L the partition key value\n"
                    + "@throws $T if the value is null or empty\n",
                partitionKey.storedName(),
                where,
                sortKey.isPresent()
                    ? ", in sort key order; narrow it with {@link " + className + "#"
                        + sortMethodName(sortKey.get()) + "()}"
                    : "",
                partitionKey.javaName(),
                Codecs.runtime("error", "ItemMappingException"))
            .addStatement(
                "return new $T($L)",
                partitionClass,
                SchemaWriter.encodeKey(partitionKey, CodeBlock.of("$N", partitionKey.javaName())))
            .build());

    TypeSpec.Builder partition =
        TypeSpec.classBuilder(partitionClass)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(keyCondition)
            .addJavadoc(
                "A condition on the partition key {@code $L}$L$L.\n",
                partitionKey.storedName(),
                where,
                sortKey.isPresent() ? ", usable as it is or narrowed by the sort key" : "")
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(Codecs.ATTRIBUTE_VALUE, "value")
                    .addStatement(
                        "super($L, $S, value)",
                        index == null ? "null" : CodeBlock.of("$S", index.name()),
                        partitionKey.storedName())
                    .build());

    if (sortKey.isPresent()) {
      AttributeModel sort = sortKey.get();
      // The runtime's condition classes, told the key's kind, rather than a class per sort key.
      String factory;
      ClassName base;
      switch (Codecs.storedType(sort.mapping())) {
        case S -> {
          factory = "string";
          base = Codecs.runtime("key", "StringSortKeyCondition");
        }
        case B -> {
          factory = "binary";
          base = Codecs.runtime("key", "BinarySortKeyCondition");
        }
        default -> {
          factory = "number";
          base = Codecs.runtime("key", "SortKeyCondition");
        }
      }
      TypeName conditionType = ParameterizedTypeName.get(base, type, sort.mapping().javaType().box());
      partition.addMethod(
          MethodSpec.methodBuilder(sortMethodName(sort))
              .addModifiers(Modifier.PUBLIC)
              .returns(conditionType)
              .addJavadoc(
                  "Conditions on the sort key {@code $L}: $L.\n",
                  sort.storedName(),
                  Codecs.storedType(sort.mapping()) == ScalarKind.StoredType.N
                      ? "{@code eq, lt, le, gt, ge, between}"
                      : "{@code eq, lt, le, gt, ge, between, beginsWith}")
              .addStatement(
                  "return $T.<$T, $T>$L(this, $S, $T.$L)",
                  Codecs.runtime("key", "ScalarSortKeys"),
                  type,
                  sort.mapping().javaType().box(),
                  factory,
                  sort.storedName(),
                  ClassName.get("io.dynamap.runtime.expr", "ScalarAttributes", "Kind"),
                  SchemaWriter.scalarKind(sort).name())
              .build());
    }
    nested.add(partition.build());
  }

  /**
   * {@code public static final SecondaryIndex<Order> BY_STATUS}: the index as a value, for {@code
   * repository.scan(…)}; its name is the index method's in upper snake case.
   */
  static FieldSpec indexConstant(
      ClassName keysClass, ClassName entityType, String indexName, boolean global) {
    return indexConstant(keysClass, entityType, indexName, indexMethodName(indexName), global);
  }

  /** The same, named after the method that starts the index's queries ({@code BY_INVOICE}). */
  static FieldSpec indexConstant(
      ClassName keysClass, ClassName entityType, String indexName, String methodName, boolean global) {
    return FieldSpec.builder(
            ParameterizedTypeName.get(Codecs.runtime("schema", "SecondaryIndex"), entityType),
            constantName(methodName),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "The $L index {@code $L}, to scan: {@code repository.scan($L.$L)}.\n",
            global ? "global" : "local",
            indexName,
            keysClass.simpleName(),
            constantName(methodName))
        .initializer(
            "new $T<$T>($S, $L)", Codecs.runtime("schema", "SecondaryIndex"), entityType, indexName, global)
        .build();
  }

  /** {@code BY_STATUS} for {@code byStatus}, {@code GSI1} for {@code gsi1} or {@code GSI1}. */
  static String constantName(String methodName) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < methodName.length(); i++) {
      char c = methodName.charAt(i);
      // A word starts at a capital after a small letter or digit: byStatus, not G_S_I1.
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(methodName.charAt(i - 1))) {
        name.append('_');
      }
      name.append(Character.toUpperCase(c));
    }
    return name.toString();
  }

  /** {@code byStatus} for an index named "byStatus", {@code gsi1} for "gsi-1": a Java method name. */
  static String indexMethodName(String indexName) {
    return ItemKeys.indexMethodName(indexName);
  }

  /** The name of the method that starts a sort key condition: the sort key's Java name. */
  static String sortMethodName(AttributeModel sort) {
    return INHERITED_METHODS.contains(sort.javaName()) ? "sortKey" : sort.javaName();
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
