package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import io.dynamap.annotations.Item;
import io.dynamap.annotations.SingleTable;
import io.dynamap.processor.model.ItemKeys.Encoding;
import io.dynamap.processor.model.ItemKeys.Field;
import io.dynamap.processor.model.ItemKeys.IndexTemplate;
import io.dynamap.processor.model.ItemKeys.KeyTemplate;
import io.dynamap.processor.model.ItemKeys.Literal;
import io.dynamap.processor.model.ItemKeys.Part;
import io.dynamap.processor.model.ItemKeys.TableIndex;
import io.dynamap.processor.validation.Message;
import io.dynamap.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the key templates of an {@code @Item} entity ({@code @Item} and {@code @IndexKeys}) and
 * the {@code @SingleTable} they refer to, and checks that every template can be composed, read
 * and, for sort keys, sorted.
 */
final class ItemKeysReader {
  private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.\\-]{3,255}");

  private final TypeElement type;
  private final List<AttributeModel> attributes;
  private final ValidationReport report;

  ItemKeysReader(TypeElement type, List<AttributeModel> attributes, ValidationReport report) {
    this.type = type;
    this.attributes = attributes;
    this.report = report;
  }

  /** The table interface named by {@code @Item(table = …)}, or empty (reported) if unusable. */
  static Optional<TypeElement> tableOf(TypeElement type) {
    AnnotationValue value = tableValue(type);
    if (value == null || !(value.getValue() instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    return Optional.of((TypeElement) declared.asElement());
  }

  /** Whether the table class is not compiled yet (generated later, or broken). */
  static boolean tableUnresolved(TypeElement type) {
    AnnotationValue value = tableValue(type);
    return value != null
        && value.getValue() instanceof TypeMirror mirror
        && mirror.getKind() == TypeKind.ERROR;
  }

  private static AnnotationValue tableValue(TypeElement type) {
    return AnnotationMirrors.value(
        AnnotationMirrors.find(type, Item.class.getCanonicalName()), "table");
  }

  /** The table's name, or null after reporting why it has none. */
  String tableName() {
    AnnotationMirror item = AnnotationMirrors.find(type, Item.class.getCanonicalName());
    Optional<TypeElement> table = tableOf(type);
    SingleTable declaration = table.map(t -> t.getAnnotation(SingleTable.class)).orElse(null);
    if (declaration == null) {
      String name = table.map(t -> t.getSimpleName().toString()).orElse("?");
      report.error(
          type, item, AnnotationMirrors.value(item, "table"), Message.ITEM_TABLE_NOT_DECLARED,
          name, name);
      return null;
    }
    if (!TABLE_NAME.matcher(declaration.name()).matches()) {
      report.error(type, item, AnnotationMirrors.value(item, "table"), Message.INVALID_TABLE_NAME, declaration.name());
      return null;
    }
    return declaration.name();
  }

  /** The entity's keys, or empty after reporting every problem. */
  Optional<ItemKeys> read() {
    AnnotationMirror itemMirror = AnnotationMirrors.find(type, Item.class.getCanonicalName());
    TypeElement table = tableOf(type).orElseThrow();
    SingleTable declaration = table.getAnnotation(SingleTable.class);
    Item item = type.getAnnotation(Item.class);
    String typeName = item.type().isEmpty() ? type.getSimpleName().toString() : item.type();

    List<TableIndex> tableIndexes = new ArrayList<>();
    for (SingleTable.GlobalIndex index : declaration.indexes()) {
      tableIndexes.add(
          new TableIndex(
              index.name(),
              index.partitionKey().isEmpty() ? index.name() + "pk" : index.partitionKey(),
              index.sortKey().isEmpty() ? index.name() + "sk" : index.sortKey()));
    }
    checkNameClashes(table, declaration, tableIndexes);

    Optional<KeyTemplate> partition =
        template(
            "partition", item.partition(), false, itemMirror, AnnotationMirrors.value(itemMirror, "partition"));
    Optional<KeyTemplate> sort =
        template("sort", item.sort(), true, itemMirror, AnnotationMirrors.value(itemMirror, "sort"),
            partition.map(KeyTemplate::fields).orElse(List.of()));

    List<IndexTemplate> indexTemplates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, String> methodNames = new LinkedHashMap<>(); // key builder method -> index
    for (AnnotationMirror indexKeys : indexKeysMirrors()) {
      String indexName = (String) AnnotationMirrors.value(indexKeys, "index").getValue();
      Optional<TableIndex> index =
          tableIndexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
      if (index.isEmpty()) {
        report.error(
            type,
            indexKeys,
            AnnotationMirrors.value(indexKeys, "index"),
            Message.TEMPLATE_UNKNOWN_INDEX,
            indexName,
            declaration.name(),
            tableIndexes.isEmpty()
                ? "none"
                : tableIndexes.stream().map(TableIndex::name).collect(Collectors.joining(", ")));
        continue;
      }
      if (!seen.add(indexName)) {
        report.error(type, indexKeys, Message.DUPLICATE_INDEX_KEYS, indexName);
        continue;
      }
      Optional<KeyTemplate> indexPartition =
          template(
              "index " + indexName + " partition",
              (String) AnnotationMirrors.value(indexKeys, "partition").getValue(),
              false,
              indexKeys,
              AnnotationMirrors.value(indexKeys, "partition"));
      Optional<KeyTemplate> indexSort =
          template(
              "index " + indexName + " sort",
              (String) AnnotationMirrors.value(indexKeys, "sort").getValue(),
              true,
              indexKeys,
              AnnotationMirrors.value(indexKeys, "sort"),
              indexPartition.map(KeyTemplate::fields).orElse(List.of()));
      String name = accessPatternName(indexKeys, indexName, methodNames);
      if (indexPartition.isPresent() && indexSort.isPresent() && name != null) {
        indexTemplates.add(
            new IndexTemplate(index.get(), indexPartition.get(), indexSort.get(), name));
      }
    }
    if (partition.isEmpty() || sort.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ItemKeys(
            ClassName.get(table),
            declaration.partitionKey(),
            declaration.sortKey(),
            declaration.typeAttribute(),
            typeName,
            partition.get(),
            sort.get(),
            tableIndexes,
            indexTemplates));
  }

  /**
   * The {@code name} of an {@code @IndexKeys}, or {@code ""} if not given; null after reporting a
   * name that is no Java method name or that another key builder of the entity already has.
   */
  private String accessPatternName(
      AnnotationMirror indexKeys, String indexName, Map<String, String> methodNames) {
    AnnotationValue value = AnnotationMirrors.value(indexKeys, "name");
    String name = value == null ? "" : (String) value.getValue();
    // The method the generated keys class starts the query with, as KeysWriter names it.
    String method = name.isEmpty() ? ItemKeys.indexMethodName(indexName) : name;
    if (!name.isEmpty()
        && (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name))) {
      report.error(type, indexKeys, value, Message.INDEX_KEYS_NAME_INVALID, name, indexName);
      return null;
    }
    String clash = method.equals("partition") ? "the table's own key builder" : null;
    if (clash == null && methodNames.containsKey(method)) {
      clash = "the key builder of index " + methodNames.get(method);
    }
    if (clash != null) {
      report.error(
          type, indexKeys, value, Message.INDEX_KEYS_NAME_CLASH, indexName, method, clash);
      return null;
    }
    methodNames.put(method, indexName);
    return name;
  }

  private void checkNameClashes(
      TypeElement table, SingleTable declaration, List<TableIndex> indexes) {
    Map<String, String> reserved = new LinkedHashMap<>();
    reserved.put(declaration.partitionKey(), "partition key");
    reserved.put(declaration.sortKey(), "sort key");
    reserved.put(declaration.typeAttribute(), "type attribute");
    for (TableIndex index : indexes) {
      reserved.put(index.partitionKeyName(), "index " + index.name() + " partition key");
      reserved.put(index.sortKeyName(), "index " + index.name() + " sort key");
    }
    for (AttributeModel attribute : attributes) {
      // A flattened document takes its attributes' names at the top level, not its own.
      List<String> names =
          attribute.mapping() instanceof TypeMapping.Flattened flattened
              ? flattened.storedNames()
              : List.of(attribute.storedName());
      for (String name : names) {
        String use = reserved.get(name);
        if (use != null) {
          report.error(
              type, Message.TEMPLATE_NAME_CLASH, attribute.javaName(), name, declaration.name(), use);
        }
      }
    }
  }

  /** Parses a partition template, reporting on {@code value} of {@code mirror}. */
  private Optional<KeyTemplate> template(
      String what, String text, boolean sortKey, AnnotationMirror mirror, AnnotationValue value) {
    return template(what, text, sortKey, mirror, value, List.of());
  }

  /**
   * Parses one template, reporting on {@code value} of {@code mirror}; a sort template's fields
   * that the partition composes too ({@code partitionFields}) are one value in a partition, so
   * their width does not matter to the order.
   */
  private Optional<KeyTemplate> template(
      String what,
      String text,
      boolean sortKey,
      AnnotationMirror mirror,
      AnnotationValue value,
      List<AttributeModel> partitionFields) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        return syntax(what, text, "has a '}' without its '{'", mirror, value);
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i);
      if (close < 0) {
        return syntax(what, text, "has a '{' without its '}'", mirror, value);
      }
      String name = text.substring(i + 1, close);
      if (name.isEmpty() || name.contains("{")) {
        return syntax(what, text, "has an empty or nested placeholder", mirror, value);
      }
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
      Optional<AttributeModel> attribute =
          attributes.stream().filter(a -> a.javaName().equals(name)).findFirst();
      if (attribute.isEmpty()) {
        String hint =
            MethodName.closest(name, attributes)
                .map(n -> "; did you mean " + n + "?")
                .orElse("; its fields are " + attributes.stream().map(AttributeModel::javaName)
                    .collect(Collectors.joining(", ")));
        report.error(
            type, mirror, value, Message.TEMPLATE_UNKNOWN_FIELD, capitalize(what), text, name,
            type.getSimpleName(), hint);
        return Optional.empty();
      }
      Encoding encoding = Encoding.of(attribute.get().mapping());
      if (encoding == null) {
        report.error(
            type, mirror, value, Message.TEMPLATE_FIELD_TYPE, capitalize(what), text, name,
            TypeMappings.readableName(attribute.get().mapping().javaType()));
        return Optional.empty();
      }
      parts.add(new Field(attribute.get(), encoding));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    if (parts.isEmpty()) {
      return syntax(what, text, "is empty", mirror, value);
    }
    KeyTemplate template = new KeyTemplate(text, parts);
    if (sortKey && !template.isConstant()) {
      String problem = sortability(template, partitionFields);
      if (problem != null) {
        report.error(type, mirror, value, Message.TEMPLATE_NOT_SORTABLE, text, problem);
        return Optional.empty();
      }
    }
    return Optional.of(template);
  }

  /** Why key order would not be field order, or null if it would be. */
  private static String sortability(KeyTemplate template, List<AttributeModel> partitionFields) {
    List<Part> parts = template.parts();
    Part last = parts.get(parts.size() - 1);
    Field lastField = template.lastField();
    if (last instanceof Literal literal) {
      return "it ends with \""
          + literal.text()
          + "\" after its last field '"
          + lastField.attribute().javaName()
          + "'; end it with the field that conditions select on";
    }
    for (Part part : parts) {
      if (part instanceof Field field
          && field != lastField
          && !field.encoding().fixedWidth()
          && !partitionFields.contains(field.attribute())) {
        return "'"
            + field.attribute().javaName()
            + "' is "
            + (field.encoding() == Encoding.ENUM ? "an enum" : "a String")
            + " of variable width followed by more of the key, so longer values would sort"
            + " apart from their prefixes; put it last, or compose fixed-width fields before it";
      }
    }
    return null;
  }

  private Optional<KeyTemplate> syntax(
      String what, String text, String problem, AnnotationMirror mirror, AnnotationValue value) {
    report.error(type, mirror, value, Message.TEMPLATE_SYNTAX, capitalize(what), text, problem);
    return Optional.empty();
  }

  private List<AnnotationMirror> indexKeysMirrors() {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals("io.dynamap.annotations.IndexKeys")) {
        found.add(mirror);
      } else if (name.equals("io.dynamap.annotations.IndexKeys.List")) {
        for (AnnotationValue value : AnnotationMirrors.repeated(mirror)) {
          found.add((AnnotationMirror) value.getValue());
        }
      }
    }
    return found;
  }


  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
