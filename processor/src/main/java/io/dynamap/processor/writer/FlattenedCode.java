package io.dynamap.processor.writer;

import static io.dynamap.processor.writer.Codecs.ATTRIBUTE_CODECS;
import static io.dynamap.processor.writer.Codecs.ATTRIBUTE_VALUE;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import io.dynamap.processor.model.AttributeModel;
import io.dynamap.processor.model.TypeMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema's code for a {@code @Flatten} field: the document's own schema converts it to and
 * from a map, and this code moves that map's entries to and from the item's top level under their
 * prefixed names, which it spells out (so that attributes the document does not know are never
 * taken for its own). A document that flattens another in turn has that one's attributes in its
 * map already, under their prefixed names; they are moved like its own.
 */
final class FlattenedCode {
  private FlattenedCode() {}

  /** How many attributes the entity's attributes store at most: a flattened field stores many. */
  static int storedCount(List<AttributeModel> attributes) {
    int count = 0;
    for (AttributeModel attribute : attributes) {
      count +=
          attribute.mapping() instanceof TypeMapping.Flattened flattened
              ? flattened.leaves().size()
              : 1;
    }
    return count;
  }

  /** Puts the document's attributes into the item, if the field is not null. */
  static void toItem(
      MethodSpec.Builder method,
      NameAllocator names,
      AttributeModel attribute,
      TypeMapping.Flattened flattened,
      CodeBlock read,
      String itemVar) {
    String local = names.newName(attribute.javaName());
    method
        .addStatement("$T $N = $L", flattened.documentType(), local, read)
        .beginControlFlow("if ($N != null)", local);
    if (flattened.prefix().isEmpty()) {
      method.addStatement("$N.putAll($T.INSTANCE.toMap($N))", itemVar, flattened.schemaClass(), local);
    } else {
      String map = names.newName(attribute.javaName() + "Map");
      String value = names.newName(attribute.javaName() + "Value");
      method
          .addStatement(
              "$T $N = $T.INSTANCE.toMap($N)", SchemaWriter.ITEM, map, flattened.schemaClass(), local)
          .addStatement("$T $N", ATTRIBUTE_VALUE, value);
      for (TypeMapping.Flattened.Leaf leaf : flattened.leaves()) {
        method
            .beginControlFlow("if (($N = $N.get($S)) != null)", value, map, leaf.documentName())
            .addStatement("$N.put($S, $N)", itemVar, flattened.storedName(leaf), value)
            .endControlFlow();
      }
    }
    if (attribute.storeNull()) {
      method.nextControlFlow("else");
      for (String stored : flattened.storedNames()) {
        method.addStatement("$N.put($S, $T.NULL)", itemVar, stored, ATTRIBUTE_CODECS);
      }
    }
    method.endControlFlow();
  }

  /**
   * Declares {@code local} as the document read from the item's top level: null when none of its
   * attributes is there (a {@code NULL} counts as absent), else built by the document's schema
   * from those that are.
   *
   * @param valueVar an {@code AttributeValue} variable, declared already
   */
  static void fromItem(
      MethodSpec.Builder method,
      NameAllocator names,
      TypeMapping.Flattened flattened,
      String local,
      String itemVar,
      String valueVar) {
    String map = names.newName(local + "Map");
    List<TypeMapping.Flattened.Leaf> leaves = flattened.leaves();
    int capacity = (int) (leaves.size() / 0.75f) + 1;
    method.addStatement(
        "$T $N = new $T<$T, $T>($L)",
        SchemaWriter.ITEM,
        map,
        HashMap.class,
        String.class,
        ATTRIBUTE_VALUE,
        capacity);
    for (TypeMapping.Flattened.Leaf leaf : leaves) {
      method
          .beginControlFlow(
              "if (!$T.isNull($N = $N.get($S)))",
              ATTRIBUTE_CODECS,
              valueVar,
              itemVar,
              flattened.storedName(leaf))
          .addStatement("$N.put($S, $N)", map, leaf.documentName(), valueVar)
          .endControlFlow();
    }
    method.addStatement(
        "$T $N = $N.isEmpty() ? null : $T.INSTANCE.fromMap($N)",
        flattened.documentType(),
        local,
        map,
        flattened.schemaClass(),
        map);
  }

  /** The JSON shape entries of the document's attributes, under their top-level names. */
  static void jsonShapes(TypeMapping.Flattened flattened, Map<String, CodeBlock> shapes) {
    for (TypeMapping.Flattened.Leaf leaf : flattened.leaves()) {
      CodeBlock shape = Codecs.jsonShape(leaf.attribute().mapping());
      if (shape != null) {
        shapes.put(flattened.storedName(leaf), shape);
      }
    }
  }
}
