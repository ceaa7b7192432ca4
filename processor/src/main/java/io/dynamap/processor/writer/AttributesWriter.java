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
import io.dynamap.processor.model.EntityModel;
import io.dynamap.processor.model.ScalarKind;
import io.dynamap.processor.model.TypeMapping;
import io.dynamap.processor.model.TypeMappings;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed metamodel for conditions and filters: {@code OrderAttributes} with one static
 * field per attribute of an entity ({@code OrderAttributes.total.gt(…)}), and for a document
 * {@code AddressAttributes<T>}, a map attribute whose fields are the document's attributes at
 * their nested paths ({@code CustomerAttributes.shippingAddress.city.eq("Lyon")}); a document
 * inside a document is a method ({@code .billing().city}), so that documents may contain each
 * other. Each attribute
 * encodes values exactly as the schema stores them; the entity type parameter keeps one entity's
 * attributes out of another's conditions.
 */
public final class AttributesWriter {
  private static final String EXPR = "io.dynamap.runtime.expr";
  private static final ClassName ATTRIBUTE_PATH = ClassName.get(EXPR, "AttributePath");
  private static final ClassName SCALAR_ATTRIBUTES = ClassName.get(EXPR, "ScalarAttributes");
  private static final ClassName SCALAR_KIND = SCALAR_ATTRIBUTES.nestedClass("Kind");

  /** Methods a document's attributes class inherits; a nested document's method must not clash. */
  private static final java.util.Set<String> INHERITED_METHODS =
      java.util.Set.of(
          "attributeType", "exists", "notExists", "path", "size", "toString", "hashCode", "equals",
          "getClass", "notify", "notifyAll", "wait");

  private final GeneratedFiles files;

  public AttributesWriter(GeneratedFiles files) {
    this.files = files;
  }

  public void write(EntityModel entity) {
    Codecs codecs = new Codecs();
    ClassName attributes = entity.attributesClass();
    TypeSpec.Builder spec;
    TypeName root;
    if (entity.isDocument()) {
      TypeVariableName t = TypeVariableName.get("T");
      root = t;
      spec =
          TypeSpec.classBuilder(attributes)
              .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
              .addTypeVariable(t)
              .superclass(ParameterizedTypeName.get(ClassName.get(EXPR, "MapAttribute"), t))
              .addJavadoc(
                  "The attributes of the document {@link $T} at one place in an item of type {@code"
                      + " T}, for conditions and filters.\n\n@param <T> the entity whose items hold"
                      + " the document\n",
                  entity.entityType());
      MethodSpec.Builder constructor =
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("@param path where the document is in the item\n")
              .addParameter(ATTRIBUTE_PATH, "path")
              .addStatement("super(path)");
      for (AttributeModel attribute : entity.attributes()) {
        if (attribute.mapping() instanceof TypeMapping.Flattened flattened) {
          FlattenedAttributes.addToDocument(
              spec, attributes, constructor, attribute, flattened, t, codecs);
          continue;
        }
        TypeName type = attributeType(attribute.mapping(), root);
        CodeBlock childPath = CodeBlock.of("path.child($S)", attribute.storedName());
        if (isDocument(attribute.mapping())) {
          // A method, made on each call: documents may contain each other, and fields would
          // build such a cycle forever.
          String method =
              INHERITED_METHODS.contains(attribute.javaName())
                  ? attribute.javaName() + "Document"
                  : attribute.javaName();
          spec.addMethod(
              MethodSpec.methodBuilder(method)
                  .addModifiers(Modifier.PUBLIC)
                  .returns(type)
                  .addJavadoc("The document attribute {@code $L}.\n", attribute.storedName())
                  .addStatement(
                      "return $L",
                      instance(
                          attribute.mapping(),
                          root,
                          CodeBlock.of("path().child($S)", attribute.storedName()),
                          attribute.storedName(),
                          SchemaWriter.capitalize(attribute.javaName()),
                          codecs))
                  .build());
          continue;
        }
        spec.addField(
            FieldSpec.builder(type, attribute.javaName(), Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The attribute {@code $L}.\n", attribute.storedName())
                .build());
        constructor.addStatement(
            "this.$N = $L",
            attribute.javaName(),
            instance(
                attribute.mapping(),
                root,
                childPath,
                attribute.storedName(),
                SchemaWriter.capitalize(attribute.javaName()),
                codecs));
      }
      spec.addMethod(constructor.build());
    } else {
      root = entity.entityType();
      spec =
          TypeSpec.classBuilder(attributes)
              .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
              .addJavadoc(
                  "Typed attributes of {@link $T} for conditions and filters: {@code"
                      + " $L.$L.exists()}, combined with {@code and}, {@code or}, {@code not}.\n",
                  entity.entityType(),
                  attributes.simpleName(),
                  entity.attributes().stream()
                      .filter(a -> !entity.hasComposedKeys() || entity.itemKeys().stores(a))
                      .findFirst()
                      .orElse(entity.attributes().get(0))
                      .javaName())
              .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
      for (AttributeModel attribute : entity.attributes()) {
        if (entity.hasComposedKeys() && !entity.itemKeys().stores(attribute)) {
          continue; // kept only in the composed keys: no attribute to filter on or update
        }
        if (attribute.mapping() instanceof TypeMapping.Flattened flattened) {
          FlattenedAttributes.add(spec, attributes, attribute, flattened, root, codecs);
          continue;
        }
        spec.addField(
            FieldSpec.builder(
                    attributeType(attribute.mapping(), root),
                    attribute.javaName(),
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc("The attribute {@code $L}.\n", attribute.storedName())
                .initializer(
                    instance(
                        attribute.mapping(),
                        root,
                        CodeBlock.of("$T.of($S)", ATTRIBUTE_PATH, attribute.storedName()),
                        attribute.storedName(),
                        SchemaWriter.capitalize(attribute.javaName()),
                        codecs))
                .build());
      }
      if (entity.hasComposedKeys()) {
        addTypeAttribute(spec, entity, root);
      }
    }
    codecs.addTo(spec);
    files.write(entity, spec);
  }

  /**
   * The single table's type attribute ({@code _type}), a string every item of the entity stores,
   * so that filters and conditions can name it: named as declared when that is a free Java name,
   * else {@code typeAttribute}.
   */
  private static void addTypeAttribute(TypeSpec.Builder spec, EntityModel entity, TypeName root) {
    String stored = entity.itemKeys().typeAttribute();
    java.util.Set<String> taken =
        entity.attributes().stream().map(AttributeModel::javaName).collect(Collectors.toSet());
    String name = stored;
    if (!SourceVersion.isName(name) || taken.contains(name)) {
      name = "typeAttribute";
      while (taken.contains(name)) {
        name = name + "_";
      }
    }
    TypeName type = ParameterizedTypeName.get(ClassName.get(EXPR, "StringAttribute"), root, ClassName.get(String.class));
    spec.addField(
        FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The single table's type attribute {@code $L}: {@code $S} in every {@link $T} item,"
                    + " another type's name in its neighbours' items.\n",
                stored,
                entity.itemKeys().typeName(),
                entity.entityType())
            .initializer(
                "$T.<$T, $T>string($T.of($S), $T.STRING, $S)",
                SCALAR_ATTRIBUTES,
                root,
                String.class,
                ATTRIBUTE_PATH,
                stored,
                SCALAR_KIND,
                stored)
            .build());
  }

  private static boolean isDocument(TypeMapping mapping) {
    return mapping instanceof TypeMapping.DocumentRef
        || (mapping instanceof TypeMapping.OptionalOf optional
            && optional.value() instanceof TypeMapping.DocumentRef);
  }

  /** The attribute class for a mapping: what conditions DynamoDB allows on it. */
  static TypeName attributeType(TypeMapping mapping, TypeName root) {
    if (mapping instanceof TypeMapping.OptionalOf optional) {
      return attributeType(optional.value(), root);
    } else if (mapping instanceof TypeMapping.Scalar scalar) {
      TypeName value = scalar.javaType().box();
      return switch (scalar.kind().storedType()) {
        case S -> ParameterizedTypeName.get(ClassName.get(EXPR, "StringAttribute"), root, value);
        case N -> ParameterizedTypeName.get(ClassName.get(EXPR, "ComparableAttribute"), root, value);
        case B -> ParameterizedTypeName.get(ClassName.get(EXPR, "BinaryAttribute"), root, value);
        case BOOL -> ParameterizedTypeName.get(ClassName.get(EXPR, "BooleanAttribute"), root);
      };
    } else if (mapping instanceof TypeMapping.SetOf set) {
      return ParameterizedTypeName.get(
          ClassName.get(EXPR, "SetAttribute"), root, set.member().javaType().box());
    } else if (mapping instanceof TypeMapping.ListOf list) {
      return ParameterizedTypeName.get(
          ClassName.get(EXPR, "ListAttribute"),
          root,
          list.element().javaType().box(),
          attributeType(list.element(), root));
    } else if (mapping instanceof TypeMapping.MapOf) {
      return ParameterizedTypeName.get(ClassName.get(EXPR, "MapAttribute"), root);
    } else if (mapping instanceof TypeMapping.DocumentRef document) {
      return ParameterizedTypeName.get(
          TypeMappings.attributesClassOf(document.documentType()), root);
    }
    TypeMapping.Converted converted = (TypeMapping.Converted) mapping;
    return ParameterizedTypeName.get(
        ClassName.get(EXPR, "ValueAttribute"), root, converted.javaType().box());
  }

  /** An expression creating the attribute object at {@code path}. */
  static CodeBlock instance(
      TypeMapping mapping,
      TypeName root,
      CodeBlock path,
      String name,
      String helperName,
      Codecs codecs) {
    if (mapping instanceof TypeMapping.OptionalOf optional) {
      return instance(optional.value(), root, path, name, helperName, codecs);
    }
    if (mapping instanceof TypeMapping.DocumentRef document) {
      return CodeBlock.of(
          "new $T<$T>($L)", TypeMappings.attributesClassOf(document.documentType()), root, path);
    }
    if (mapping instanceof TypeMapping.MapOf) {
      return CodeBlock.of("new $T<$T>($L) {}", ClassName.get(EXPR, "MapAttribute"), root, path);
    }
    if (mapping instanceof TypeMapping.Scalar scalar
        && scalar.kind().storedType() == ScalarKind.StoredType.BOOL) {
      return CodeBlock.of("new $T<$T>($L)", ClassName.get(EXPR, "BooleanAttribute"), root, path);
    }
    // Scalars, their sets and lists: the runtime's classes, told the kind, rather than an
    // anonymous class per attribute, which hundreds of entities pay for in compile time.
    if (mapping instanceof TypeMapping.Scalar scalar) {
      String factory =
          switch (scalar.kind().storedType()) {
            case S -> "string";
            case N -> "number";
            case B -> "binary";
            case BOOL -> throw new AssertionError("handled above");
          };
      return CodeBlock.of(
          "$T.<$T, $T>$L($L, $L, $S)",
          SCALAR_ATTRIBUTES,
          root,
          scalar.javaType().box(),
          factory,
          path,
          kind(scalar),
          name);
    }
    if (mapping instanceof TypeMapping.SetOf set) {
      return CodeBlock.of(
          "$T.<$T, $T>set($L, $L, $S)",
          SCALAR_ATTRIBUTES,
          root,
          set.member().javaType().box(),
          path,
          kind(set.member()),
          name);
    }
    if (mapping instanceof TypeMapping.ListOf list && list.element() instanceof TypeMapping.Scalar element) {
      if (element.kind().storedType() == ScalarKind.StoredType.BOOL) {
        return CodeBlock.of("$T.<$T>booleanList($L)", SCALAR_ATTRIBUTES, root, path);
      }
      String factory =
          switch (element.kind().storedType()) {
            case S -> "stringList";
            case N -> "numberList";
            case B -> "binaryList";
            case BOOL -> throw new AssertionError("handled above");
          };
      return CodeBlock.of(
          "$T.<$T, $T>$L($L, $L, $S)",
          SCALAR_ATTRIBUTES,
          root,
          element.javaType().box(),
          factory,
          path,
          kind(element),
          name + "[]");
    }
    TypeName type = attributeType(mapping, root);
    TypeSpec.Builder anonymous =
        TypeSpec.anonymousClassBuilder(CodeBlock.of("$L", path)).superclass(type);
    if (mapping instanceof TypeMapping.SetOf set) {
      anonymous.addMethod(
          encodeMethod(
              set.member().javaType().box(),
              "member",
              Codecs.encodeScalar(set.member().kind(), CodeBlock.of("member"), name)));
    } else if (mapping instanceof TypeMapping.ListOf list) {
      anonymous.addMethod(
          encodeMethod(
              list.element().javaType().box(),
              "element",
              codecs.encode(list.element(), CodeBlock.of("element"), name + "[]", helperName + "Element")));
      anonymous.addMethod(
          MethodSpec.methodBuilder("element")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PROTECTED)
              .returns(attributeType(list.element(), root))
              .addParameter(ATTRIBUTE_PATH, "path")
              .addStatement(
                  "return $L",
                  instance(list.element(), root, CodeBlock.of("path"), name + "[]", helperName + "Element", codecs))
              .build());
    } else {
      TypeName value = mapping.javaType().box();
      anonymous.addMethod(
          encodeMethod(value, "value", codecs.encode(mapping, CodeBlock.of("value"), name, helperName)));
    }
    return CodeBlock.of("$L", anonymous.build());
  }

  /** The runtime's name for a scalar's kind: the same constant names as {@link ScalarKind}. */
  private static CodeBlock kind(TypeMapping.Scalar scalar) {
    return CodeBlock.of("$T.$L", SCALAR_KIND, scalar.kind().name());
  }

  private static MethodSpec encodeMethod(TypeName type, String parameter, CodeBlock encoded) {
    return MethodSpec.methodBuilder("encode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(Codecs.ATTRIBUTE_VALUE)
        .addParameter(type, parameter)
        .addStatement("return $L", encoded)
        .build();
  }
}
