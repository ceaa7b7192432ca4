package io.dynamap.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.dynamap.processor.model.AttributeModel;
import io.dynamap.processor.model.EntityModel;
import io.dynamap.processor.model.IndexModel;
import io.dynamap.processor.model.ScalarKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The key builder of a global index whose key has several attributes, inside {@code OrderKeys}:
 * {@code OrderKeys.byRegionAndTier(region, tier)} takes every partition attribute; the sort
 * attributes then follow left to right, each step a small class offering the next attribute
 * only. A sort attribute's {@code eq} leads to the next step; its range conditions ({@code lt, le,
 * gt, ge, between, beginsWith}) end the condition. So a skipped sort attribute, or a range before
 * the last attribute given, does not compile.
 */
final class MultiAttributeKeys {
  private static final ClassName FIXED_SORT_ATTRIBUTE =
      Codecs.runtime("key", "KeyCondition").nestedClass("FixedSortAttribute");

  private MultiAttributeKeys() {}

  /**
   * Adds the index's static start method to {@code keys}, and to {@code nested} its partition
   * class and two classes per sort attribute but the last: its conditions, and the condition
   * with it fixed by equality.
   */
  static void addStart(
      TypeSpec.Builder keys,
      List<TypeSpec> nested,
      EntityModel entity,
      ClassName keysClass,
      String methodName,
      String className,
      IndexModel index) {
    ClassName type = entity.entityType();
    TypeName keyCondition = ParameterizedTypeName.get(Codecs.runtime("key", "KeyCondition"), type);
    List<AttributeModel> partitions = index.partitionKeys().stream().map(entity::attribute).toList();
    List<AttributeModel> sorts = index.sortKeys().stream().map(entity::attribute).toList();
    ClassName partitionClass = keysClass.nestedClass(className);

    MethodSpec.Builder start =
        MethodSpec.methodBuilder(methodName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(partitionClass)
            .addJavadoc(
                "The items of the global index {@code $L} whose partition attributes $L equal the"
                    + " given values$L.\n\n",
                index.name(),
                storedNames(partitions),
                sorts.isEmpty()
                    ? ""
                    : ", in sort key order; narrow it with {@link " + className + "#"
                        + KeysWriter.sortMethodName(sorts.get(0)) + "()}");
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    for (AttributeModel partition : partitions) {
      start.addParameter(partition.mapping().javaType(), partition.javaName())
          .addJavadoc("@param $L the value of the partition attribute {@code $L}\n",
              partition.javaName(), partition.storedName());
      constructor.addParameter(Codecs.ATTRIBUTE_VALUE, partition.javaName());
    }
    start
        .addJavadoc("@return the condition, usable as it is$L\n",
            sorts.isEmpty() ? "" : " or narrowed by the sort attributes")
        .addJavadoc("@throws $T if a value is null or empty\n", Codecs.runtime("error", "ItemMappingException"))
        .addStatement(
            "return new $T($L)",
            partitionClass,
            CodeBlock.join(
                partitions.stream()
                    .map(p -> SchemaWriter.encodeKey(p, CodeBlock.of("$N", p.javaName())))
                    .toList(),
                ", "));
    keys.addMethod(start.build());
    constructor.addStatement(
        "super($S, $T.<$T>of($L), $T.<$T>of($L), null, null)",
        index.name(),
        List.class,
        String.class,
        CodeBlock.join(partitions.stream().map(p -> CodeBlock.of("$S", p.storedName())).toList(), ", "),
        List.class,
        Codecs.ATTRIBUTE_VALUE,
        CodeBlock.join(partitions.stream().map(p -> CodeBlock.of("$N", p.javaName())).toList(), ", "));

    TypeSpec.Builder step =
        TypeSpec.classBuilder(partitionClass)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(keyCondition)
            .addJavadoc(
                "A condition on the partition attributes $L of the global index {@code $L}.\n",
                storedNames(partitions),
                index.name())
            .addMethod(constructor.build());
    for (int i = 0; i < sorts.size(); i++) {
      AttributeModel sort = sorts.get(i);
      boolean last = i == sorts.size() - 1;
      TypeName value = sort.mapping().javaType().box();
      ClassName base = conditionBase(sort);
      String operators =
          Codecs.storedType(sort.mapping()) == ScalarKind.StoredType.N
              ? "{@code lt, le, gt, ge, between}"
              : "{@code lt, le, gt, ge, between, beginsWith}";
      if (last) {
        step.addMethod(
            MethodSpec.methodBuilder(KeysWriter.sortMethodName(sort))
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(base, type, value))
                .addJavadoc(
                    "Conditions on the sort attribute {@code $L}: {@code eq}, or $L.\n\n"
                        + "@return the conditions, each ending the key condition\n",
                    sort.storedName(),
                    operators)
                .addStatement(
                    "return $T.<$T, $T>$L(this, $S, $T.$L)",
                    Codecs.runtime("key", "ScalarSortKeys"),
                    type,
                    value,
                    factoryName(sort),
                    sort.storedName(),
                    ClassName.get("io.dynamap.runtime.expr", "ScalarAttributes", "Kind"),
                    SchemaWriter.scalarKind(sort).name())
                .build());
        nested.add(step.build());
        break;
      }
      String prefix = className + capitalize(sort.javaName());
      ClassName conditionClass = keysClass.nestedClass(prefix);
      ClassName fixedClass = keysClass.nestedClass(prefix + "Given");
      AttributeModel next = sorts.get(i + 1);
      step.addMethod(
          MethodSpec.methodBuilder(KeysWriter.sortMethodName(sort))
              .addModifiers(Modifier.PUBLIC)
              .returns(conditionClass)
              .addJavadoc(
                  "Conditions on the sort attribute {@code $L}: {@code eq}, after which {@code $L}"
                      + " may be given, or $L, which end the key condition.\n\n"
                      + "@return the conditions\n",
                  sort.storedName(),
                  next.storedName(),
                  operators)
              .addStatement("return new $T(this)", conditionClass)
              .build());
      nested.add(step.build());

      nested.add(
          TypeSpec.classBuilder(conditionClass)
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .superclass(ParameterizedTypeName.get(base, type, value))
              .addJavadoc(
                  "The conditions on the sort attribute {@code $L} of the global index {@code $L}.\n",
                  sort.storedName(),
                  index.name())
              .addMethod(
                  MethodSpec.constructorBuilder()
                      .addModifiers(Modifier.PRIVATE)
                      .addParameter(keyCondition, "partition")
                      .addStatement("super(partition, $S)", sort.storedName())
                      .build())
              .addMethod(
                  MethodSpec.methodBuilder("encode")
                      .addAnnotation(Override.class)
                      .addModifiers(Modifier.PROTECTED)
                      .returns(Codecs.ATTRIBUTE_VALUE)
                      .addParameter(value, "value")
                      .addStatement(
                          "return $L",
                          Codecs.encodeScalar(
                              SchemaWriter.scalarKind(sort), CodeBlock.of("value"), sort.storedName()))
                      .build())
              .addMethod(
                  MethodSpec.methodBuilder("eq")
                      .addAnnotation(Override.class)
                      .addModifiers(Modifier.PUBLIC)
                      .returns(fixedClass)
                      .addParameter(value, "value")
                      .addJavadoc(
                          "The sort attribute {@code $L} equal to {@code value}; the next, {@code"
                              + " $L}, may follow.\n\n"
                              + "@param value the value to compare with; not null\n"
                              + "@return the condition with this attribute fixed\n",
                          sort.storedName(),
                          next.storedName())
                      .addStatement("return new $T(partition(), equality(value))", fixedClass)
                      .build())
              .build());

      step =
          TypeSpec.classBuilder(fixedClass)
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .superclass(keyCondition)
              .addJavadoc(
                  "A condition of the global index {@code $L} with the sort attribute {@code $L}"
                      + " fixed, usable as it is or narrowed by {@code $L}.\n",
                  index.name(),
                  sort.storedName(),
                  next.storedName())
              .addMethod(
                  MethodSpec.constructorBuilder()
                      .addModifiers(Modifier.PRIVATE)
                      .addParameter(keyCondition, "previous")
                      .addParameter(FIXED_SORT_ATTRIBUTE, "fixed")
                      .addStatement("super(previous, fixed)")
                      .build());
    }
    if (sorts.isEmpty()) {
      nested.add(step.build());
    }
  }

  /** The runtime class of a sort attribute's conditions: {@code beginsWith} for S and B only. */
  private static ClassName conditionBase(AttributeModel sort) {
    return switch (Codecs.storedType(sort.mapping())) {
      case S -> Codecs.runtime("key", "StringSortKeyCondition");
      case B -> Codecs.runtime("key", "BinarySortKeyCondition");
      default -> Codecs.runtime("key", "SortKeyCondition");
    };
  }

  private static String factoryName(AttributeModel sort) {
    return switch (Codecs.storedType(sort.mapping())) {
      case S -> "string";
      case B -> "binary";
      default -> "number";
    };
  }

  /** {@code {@code region}, {@code tier}}, for Javadoc. */
  private static String storedNames(List<AttributeModel> attributes) {
    return String.join(
        ", ", attributes.stream().map(a -> "{@code " + a.storedName() + "}").toList());
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
