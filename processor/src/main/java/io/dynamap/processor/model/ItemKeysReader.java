package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import io.dynamap.annotations.Item;
import io.dynamap.annotations.KeyFormat;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Locale;
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
import javax.lang.model.element.Element;
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
  private final Map<String, Element> keyFormats;
  private final Set<String> formatsReported = new HashSet<>();
  private boolean escapeKeys = true;

  ItemKeysReader(TypeElement type, List<AttributeModel> attributes, ValidationReport report) {
    this(type, attributes, Map.of(), report);
  }

  /**
   * @param keyFormats the elements annotated {@code @KeyFormat}, by field name
   */
  ItemKeysReader(
      TypeElement type,
      List<AttributeModel> attributes,
      Map<String, Element> keyFormats,
      ValidationReport report) {
    this.type = type;
    this.attributes = attributes;
    this.keyFormats = keyFormats;
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
    escapeKeys = declaration.escapeKeys();

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
    checkUnusedKeyFormats(partition, sort, indexTemplates);
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
            indexTemplates,
            item.storeKeyFields()));
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
      Optional<Field> field = field(attribute.get(), encoding);
      if (field.isEmpty()) {
        return Optional.empty();
      }
      if (!parts.isEmpty()
          && parts.get(parts.size() - 1) instanceof Field previous
          && !previous.fixedWidth()) {
        report.error(
            type, mirror, value, Message.TEMPLATE_NOT_READABLE, capitalize(what), text,
            previous.attribute().javaName(), name);
        return Optional.empty();
      }
      parts.add(field.get());
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
      // A field the partition also composes is fixed within a partition: its width is no matter.
      if (!(part instanceof Field field)
          || field == lastField
          || partitionFields.contains(field.attribute())) {
        continue;
      }
      String name = field.attribute().javaName();
      if (field.pattern() != null && !field.fixedWidth()) {
        return "'" + name + "' has the @KeyFormat pattern \"" + field.pattern() + "\", which is"
            + " not fixed-width and ordered (only yyyy, MM, dd, HH, mm, ss and S… are, each"
            + " after the larger units) and is followed by more of the key; put it last, where"
            + " it gets no range conditions, or use such a pattern";
      }
      if (field.encoding() == Encoding.CONVERTED) {
        return "'" + name + "' is written by its @Convert converter, whose output is not known to"
            + " be fixed-width and ordered, and is followed by more of the key; put it last,"
            + " where it gets no range conditions, or compose it in the partition template";
      }
      if (!field.fixedWidth()) {
        return "'"
            + name
            + "' is "
            + (field.encoding() == Encoding.ENUM ? "an enum" : "a String")
            + " of variable width followed by more of the key, so longer values would sort"
            + " apart from their prefixes; put it last, or compose fixed-width fields before it";
      }
    }
    return null;
  }

  /**
   * A template field with its {@code @KeyFormat}, if any, and the table's escaping; empty after
   * reporting a format that cannot apply.
   */
  private Optional<Field> field(AttributeModel attribute, Encoding encoding) {
    Element formatAt = keyFormats.get(attribute.javaName());
    boolean text = encoding == Encoding.TEXT || encoding == Encoding.ENUM;
    if (formatAt == null) {
      return Optional.of(new Field(attribute, encoding, null, -1, escapeKeys || !text));
    }
    KeyFormat format = formatAt.getAnnotation(KeyFormat.class);
    AnnotationMirror mirror = AnnotationMirrors.find(formatAt, KeyFormat.class.getCanonicalName());
    // A field in several templates has one format: report it once.
    boolean report = formatsReported.add(attribute.javaName());
    String typeName = TypeMappings.readableName(attribute.mapping().javaType());
    if (!format.escape() && !text) {
      if (report) {
        this.report.error(
            formatAt, mirror, AnnotationMirrors.value(mirror, "escape"),
            Message.KEY_FORMAT_NOT_APPLICABLE, "escape = false", attribute.javaName(), typeName,
            encoding == Encoding.CONVERTED
                ? "a converter's output is written into keys as it is, never escaped"
                : "only String and enum fields are escaped");
      }
      return Optional.empty();
    }
    boolean escaped = text && escapeKeys && format.escape();
    if (format.pattern().isEmpty()) {
      return Optional.of(new Field(attribute, encoding, null, -1, escaped));
    }
    AnnotationValue patternValue = AnnotationMirrors.value(mirror, "pattern");
    Temporal sample =
        switch (encoding) {
          case INSTANT -> SAMPLE.toInstant(ZoneOffset.UTC);
          case DATE -> SAMPLE.toLocalDate();
          case DATE_TIME -> SAMPLE;
          default -> null;
        };
    if (sample == null) {
      if (report) {
        this.report.error(
            formatAt, mirror, patternValue, Message.KEY_FORMAT_NOT_APPLICABLE,
            "pattern = \"" + format.pattern() + "\"", attribute.javaName(), typeName,
            "patterns are for Instant, LocalDate and LocalDateTime fields");
      }
      return Optional.empty();
    }
    String problem = patternProblem(format.pattern(), sample);
    if (problem != null) {
      if (report) {
        this.report.error(
            formatAt, mirror, patternValue, Message.KEY_FORMAT_BAD_PATTERN, format.pattern(),
            attribute.javaName(), typeName, problem);
      }
      return Optional.empty();
    }
    return Optional.of(
        new Field(attribute, encoding, format.pattern(), sortableWidth(format.pattern()), false));
  }

  /** A date-time with every field set, to try a pattern on. */
  private static final LocalDateTime SAMPLE = LocalDateTime.of(2020, 6, 21, 19, 18, 7, 123_456_789);

  /** Why a pattern cannot write and read back values like {@code sample}, or null if it can. */
  static String patternProblem(String pattern, Temporal sample) {
    DateTimeFormatter formatter;
    try {
      formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC);
    } catch (IllegalArgumentException e) {
      return "it is no DateTimeFormatter pattern: " + e.getMessage();
    }
    try {
      String text = formatter.format(sample);
      TemporalAccessor parsed = formatter.parse(text);
      if (sample instanceof Instant) {
        Instant.from(parsed);
      } else if (sample instanceof LocalDate) {
        LocalDate.from(parsed);
      } else {
        LocalDateTime.from(parsed);
      }
    } catch (RuntimeException e) {
      return "it cannot write a value and read it back: " + e.getMessage();
    }
    return null;
  }

  /**
   * The width of a pattern whose string order is time order: fixed-width numeric fields from the
   * year down ({@code yyyy MM dd HH mm ss S…}, none skipped) and literal text; -1 for any other.
   */
  static int sortableWidth(String pattern) {
    String units = "yMdHmsS";
    int next = 0;
    int width = 0;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          width++; // '' is one quote
          i += 2;
          continue;
        }
        int end = i + 1;
        while (true) {
          int quote = pattern.indexOf('\'', end);
          if (quote < 0) {
            return -1;
          }
          if (quote + 1 < pattern.length() && pattern.charAt(quote + 1) == '\'') {
            width += quote - end + 1;
            end = quote + 2;
            continue;
          }
          width += quote - end;
          i = quote + 1;
          break;
        }
        continue;
      }
      if (Character.isLetter(c)) {
        int run = i;
        while (run < pattern.length() && pattern.charAt(run) == c) {
          run++;
        }
        int count = run - i;
        int unit = units.indexOf(c == 'u' ? 'y' : c);
        if (unit != next) {
          return -1;
        }
        int expected = c == 'S' ? count : unit == 0 ? 4 : 2;
        if (count != expected) {
          return -1;
        }
        width += count;
        next = unit + 1;
        i = run;
        continue;
      }
      if ("[]{}#".indexOf(c) >= 0) {
        return -1;
      }
      width++;
      i++;
    }
    return next == 0 ? -1 : width;
  }

  /** Reports a {@code @KeyFormat} on a field that no template composes. */
  private void checkUnusedKeyFormats(
      Optional<KeyTemplate> partition, Optional<KeyTemplate> sort, List<IndexTemplate> indexes) {
    if (partition.isEmpty() || sort.isEmpty()) {
      return; // a template that did not parse may have named it
    }
    Set<String> composed = new HashSet<>();
    partition.get().fields().forEach(f -> composed.add(f.javaName()));
    sort.get().fields().forEach(f -> composed.add(f.javaName()));
    for (IndexTemplate index : indexes) {
      index.partition().fields().forEach(f -> composed.add(f.javaName()));
      index.sort().fields().forEach(f -> composed.add(f.javaName()));
    }
    keyFormats.forEach(
        (name, element) -> {
          if (!composed.contains(name)) {
            report.error(
                element,
                AnnotationMirrors.find(element, KeyFormat.class.getCanonicalName()),
                Message.KEY_FORMAT_NOT_APPLICABLE,
                "",
                name,
                attributes.stream()
                    .filter(a -> a.javaName().equals(name))
                    .map(a -> TypeMappings.readableName(a.mapping().javaType()))
                    .findFirst()
                    .orElse("field"),
                "no key template of " + type.getSimpleName() + " composes it");
          }
        });
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
