package io.dynamap.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.dynamap.processor.model.AttributeModel;
import io.dynamap.processor.model.TypeMapping;
import javax.lang.model.element.Modifier;

/**
 * The metamodel of a {@code @Flatten} field: a nested class of {@code OrderAttributes} with one
 * field per attribute of the document, each at its top-level name, and a static field of that
 * class named as the Java field. {@code OrderAttributes.shipping.city} is then the attribute
 * {@code ship_city}, typed as the document's {@code city} is.
 */
final class FlattenedAttributes {
  private static final ClassName ATTRIBUTE_PATH = ClassName.get("io.dynamap.runtime.expr", "AttributePath");

  private FlattenedAttributes() {}

  static void add(
      TypeSpec.Builder spec,
      ClassName outer,
      AttributeModel attribute,
      TypeMapping.Flattened flattened,
      TypeName root,
      Codecs codecs) {
    String className = "Flattened" + SchemaWriter.capitalize(attribute.javaName());
    TypeSpec.Builder nested =
        TypeSpec.classBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The attributes of the flattened document {@code $L} ({@link $T}), stored at the"
                    + " item's top level.\n",
                attribute.javaName(),
                flattened.documentType())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (AttributeModel inner : flattened.attributes()) {
      String stored = flattened.storedName(inner);
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
                      SchemaWriter.capitalize(attribute.javaName())
                          + SchemaWriter.capitalize(inner.javaName()),
                      codecs))
              .build());
    }
    spec.addType(nested.build());
    ClassName type = outer.nestedClass(className);
    spec.addField(
        FieldSpec.builder(type, attribute.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The attributes of the flattened document {@code $L}, each at its top-level name.\n",
                attribute.javaName())
            .initializer("new $T()", type)
            .build());
  }
}
