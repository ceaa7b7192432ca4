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
import io.dynamap.processor.model.ScalarKind;
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
    ClassName keys = entity.keysClass();
    ClassName type = entity.entityType();
    ClassName partitionClass = keys.nestedClass("Partition");
    AttributeModel partitionKey = entity.partitionKey();
    Optional<AttributeModel> sortKey = entity.sortKey();
    TypeName keyCondition = ParameterizedTypeName.get(Codecs.runtime("KeyCondition"), type);

    TypeSpec.Builder spec =
        TypeSpec.classBuilder(keys)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Typed key conditions for queries on {@link $T}: start with {@link #partition}.\n",
                type)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("partition")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(partitionClass)
                    .addParameter(partitionKey.mapping().javaType(), partitionKey.javaName())
                    .addJavadoc(
                        "The items whose partition key {@code $L} equals the given value$L.\n\n"
                            + "@param $L the partition key value\n"
                            + "@throws $T if the value is null or empty\n",
                        partitionKey.storedName(),
                        sortKey.isPresent() ? ", in sort key order; narrow it with {@link Partition#"
                            + sortMethodName(sortKey.get()) + "()}" : "",
                        partitionKey.javaName(),
                        Codecs.runtime("ItemMappingException"))
                    .addStatement(
                        "return new $T($L)",
                        partitionClass,
                        SchemaWriter.encodeKey(
                            partitionKey, CodeBlock.of("$N", partitionKey.javaName())))
                    .build());
    spec.addField(
        FieldSpec.builder(String.class, "ENTITY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", entity.generatedPrefix().replace('_', '.'))
            .build());

    TypeSpec.Builder partition =
        TypeSpec.classBuilder(partitionClass)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(keyCondition)
            .addJavadoc(
                "A condition on the partition key {@code $L}$L.\n",
                partitionKey.storedName(),
                sortKey.isPresent() ? ", usable as it is or narrowed by the sort key" : "")
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(Codecs.ATTRIBUTE_VALUE, "value")
                    .addStatement("super(null, $S, value)", partitionKey.storedName())
                    .build());

    TypeSpec sortCondition = null;
    if (sortKey.isPresent()) {
      AttributeModel sort = sortKey.get();
      ClassName conditionClass =
          keys.nestedClass(capitalize(sort.javaName()) + "Condition");
      ClassName base =
          switch (Codecs.storedType(sort.mapping())) {
            case S -> Codecs.runtime("StringSortKeyCondition");
            case B -> Codecs.runtime("BinarySortKeyCondition");
            default -> Codecs.runtime("SortKeyCondition");
          };
      TypeName sortType = sort.mapping().javaType().box();
      TypeName conditionType = ParameterizedTypeName.get(base, type, sortType);
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
              .addStatement("return new $T(this)", conditionClass)
              .build());
      sortCondition =
          TypeSpec.classBuilder(conditionClass)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .superclass(conditionType)
              .addMethod(
                  MethodSpec.constructorBuilder()
                      .addParameter(keyCondition, "partition")
                      .addStatement("super(partition, $S)", sort.storedName())
                      .build())
              .addMethod(
                  MethodSpec.methodBuilder("encode")
                      .addAnnotation(Override.class)
                      .addModifiers(Modifier.PROTECTED)
                      .returns(Codecs.ATTRIBUTE_VALUE)
                      .addParameter(sortType, sort.javaName())
                      .addStatement(
                          "return $L",
                          Codecs.encodeScalar(
                              SchemaWriter.scalarKind(sort), CodeBlock.of("$N", sort.javaName()), sort.storedName()))
                      .build())
              .build();
    }
    spec.addType(partition.build());
    if (sortCondition != null) {
      spec.addType(sortCondition);
    }
    files.write(entity, spec);
  }

  /** The name of the method that starts a sort key condition: the sort key's Java name. */
  static String sortMethodName(AttributeModel sort) {
    return INHERITED_METHODS.contains(sort.javaName()) ? "sortKey" : sort.javaName();
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
