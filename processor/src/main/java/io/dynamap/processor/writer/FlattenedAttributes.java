package io.dynamap.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.dynamap.processor.model.AttributeModel;
import io.dynamap.processor.model.TypeMapping;
import javax.lang.model.element.Modifier;

/**
 * The metamodel of a {@code @Flatten} field: a nested class of {@code OrderAttributes} with one
 * field per attribute of the document, each at its top-level name, and a static field of that
 * class named as the Java field. {@code OrderAttributes.shipping.city} is then the attribute
 * {@code ship_city}, typed as the document's {@code city} is. A document the flattened one
 * flattens in turn is a nested class again ({@code OrderAttributes.shipping.geo.lat}, the
 * attribute {@code ship_geo_lat}).
 *
 * <p>In a document's own metamodel ({@code AddressAttributes<T>}, at one place of an item) the
 * nested class is generic in the item type and its attributes are children of the document's
 * path: {@code OrderAttributes.address.geo.lat} is {@code address.geo_lat}.
 */
final class FlattenedAttributes {
  private static final ClassName ATTRIBUTE_PATH = ClassName.get("io.dynamap.runtime.expr", "AttributePath");

  private FlattenedAttributes() {}

  /** The flattened field {@code attribute} of an entity: a static field of a nested class. */
  static void add(
      TypeSpec.Builder spec,
      ClassName outer,
      AttributeModel attribute,
      TypeMapping.Flattened flattened,
      TypeName root,
      Codecs codecs) {
    ClassName type = outer.nestedClass(className(attribute));
    spec.addType(
        topLevelClass(
            type,
            attribute.javaName(),
            SchemaWriter.capitalize(attribute.javaName()),
            flattened,
            flattened.prefix(),
            root,
            codecs));
    spec.addField(
        FieldSpec.builder(type, attribute.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The attributes of the flattened document {@code $L}, each at its top-level name.\n",
                attribute.javaName())
            .initializer("new $T()", type)
            .build());
  }

  private static String className(AttributeModel attribute) {
    return "Flattened" + SchemaWriter.capitalize(attribute.javaName());
  }

  /** A class whose fields are the document's attributes at {@code prefix} and their names. */
  private static TypeSpec topLevelClass(
      ClassName type,
      String javaName,
      String helperPrefix,
      TypeMapping.Flattened flattened,
      String prefix,
      TypeName root,
      Codecs codecs) {
    TypeSpec.Builder nested =
        TypeSpec.classBuilder(type)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The attributes of the flattened document {@code $L} ({@link $T}), stored at the"
                    + " item's top level.\n",
                javaName,
                flattened.documentType())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (AttributeModel inner : flattened.attributes()) {
      String helper = helperPrefix + SchemaWriter.capitalize(inner.javaName());
      if (inner.mapping() instanceof TypeMapping.Flattened inside) {
        ClassName insideType = type.nestedClass(className(inner));
        nested.addType(
            topLevelClass(
                insideType, inner.javaName(), helper, inside, prefix + inside.prefix(), root, codecs));
        nested.addField(
            FieldSpec.builder(insideType, inner.javaName(), Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                    "The attributes of the flattened document {@code $L}, each at its top-level"
                        + " name.\n",
                    inner.javaName())
                .initializer("new $T()", insideType)
                .build());
        continue;
      }
      String stored = prefix + inner.storedName();
      nested.addField(
          FieldSpec.builder(
                  AttributesWriter.attributeType(inner.mapping(), root),
                  inner.javaName(),
                  Modifier.PUBLIC,
                  Modifier.FINAL)
              .addJavadoc("The attribute {@code $L}.\n", stored)
              .initializer(
                  AttributesWriter.instance(
                      inner.mapping(),
                      root,
                      CodeBlock.of("$T.of($S)", ATTRIBUTE_PATH, stored),
                      stored,
                      helper,
                      codecs))
              .build());
    }
    return nested.build();
  }

  /**
   * The flattened field {@code attribute} of a document's metamodel: a field of a nested class
   * generic in the item type, set in the metamodel's constructor from its {@code path}.
   *
   * @param constructor the metamodel's constructor, whose parameter {@code path} is the document's
   */
  static void addToDocument(
      TypeSpec.Builder spec,
      ClassName outer,
      MethodSpec.Builder constructor,
      AttributeModel attribute,
      TypeMapping.Flattened flattened,
      TypeVariableName root,
      Codecs codecs) {
    ClassName type = outer.nestedClass(className(attribute));
    spec.addType(
        inDocumentClass(
            type,
            attribute.javaName(),
            SchemaWriter.capitalize(attribute.javaName()),
            flattened,
            flattened.prefix(),
            root,
            codecs));
    TypeName generic = ParameterizedTypeName.get(type, root);
    spec.addField(
        FieldSpec.builder(generic, attribute.javaName(), Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The attributes of the flattened document {@code $L}, each in this document's map"
                    + " under its prefixed name.\n",
                attribute.javaName())
            .build());
    constructor.addStatement("this.$N = new $T<>(path)", attribute.javaName(), type);
  }

  private static TypeSpec inDocumentClass(
      ClassName type,
      String javaName,
      String helperPrefix,
      TypeMapping.Flattened flattened,
      String prefix,
      TypeVariableName root,
      Codecs codecs) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addParameter(ATTRIBUTE_PATH, "path")
            .addJavadoc("@param path where the containing document is in the item\n");
    TypeSpec.Builder nested =
        TypeSpec.classBuilder(type)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addTypeVariable(root)
            .addJavadoc(
                "The attributes of the flattened document {@code $L} ({@link $T}), stored in the"
                    + " containing document's map.\n\n@param <$L> the entity whose items hold the"
                    + " document\n",
                javaName,
                flattened.documentType(),
                root.name());
    for (AttributeModel inner : flattened.attributes()) {
      String helper = helperPrefix + SchemaWriter.capitalize(inner.javaName());
      if (inner.mapping() instanceof TypeMapping.Flattened inside) {
        ClassName insideType = type.nestedClass(className(inner));
        nested.addType(
            inDocumentClass(
                insideType, inner.javaName(), helper, inside, prefix + inside.prefix(), root, codecs));
        nested.addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(insideType, root),
                    inner.javaName(),
                    Modifier.PUBLIC,
                    Modifier.FINAL)
                .addJavadoc("The attributes of the flattened document {@code $L}.\n", inner.javaName())
                .build());
        constructor.addStatement("this.$N = new $T<>(path)", inner.javaName(), insideType);
        continue;
      }
      String stored = prefix + inner.storedName();
      nested.addField(
          FieldSpec.builder(
                  AttributesWriter.attributeType(inner.mapping(), root),
                  inner.javaName(),
                  Modifier.PUBLIC,
                  Modifier.FINAL)
              .addJavadoc("The attribute {@code $L} of the containing document.\n", stored)
              .build());
      constructor.addStatement(
          "this.$N = $L",
          inner.javaName(),
          AttributesWriter.instance(
              inner.mapping(), root, CodeBlock.of("path.child($S)", stored), stored, helper, codecs));
    }
    return nested.addMethod(constructor.build()).build();
  }
}
