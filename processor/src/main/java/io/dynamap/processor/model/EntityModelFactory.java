package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.dynamap.annotations.AtomicCounter;
import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.AutoTimestamp;
import io.dynamap.annotations.AutoUuid;
import io.dynamap.annotations.Convert;
import io.dynamap.annotations.Document;
import io.dynamap.annotations.Flatten;
import io.dynamap.annotations.Ignore;
import io.dynamap.annotations.Index;
import io.dynamap.annotations.IndexPartitionKey;
import io.dynamap.annotations.IndexSortKey;
import io.dynamap.annotations.Item;
import io.dynamap.annotations.KeyFormat;
import io.dynamap.annotations.LocalIndexSortKey;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.SortKey;
import io.dynamap.annotations.Table;
import io.dynamap.annotations.TimeToLive;
import io.dynamap.annotations.Version;
import io.dynamap.processor.validation.Message;
import io.dynamap.processor.validation.ValidationReport;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Table} class into an {@link EntityModel}, reporting every problem on the element
 * it is about. Nothing is generated for an entity whose report is not clean.
 */
public final class EntityModelFactory {
  private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.\\-]{3,255}");
  private static final int MAX_KEY_NAME_BYTES = 255;

  /** What a {@code @Flatten} field cannot also be: each needs one attribute of its own. */
  private static final List<Class<? extends Annotation>> FLATTEN_CONFLICTS =
      List.of(
          PartitionKey.class,
          SortKey.class,
          IndexPartitionKey.class,
          IndexSortKey.class,
          LocalIndexSortKey.class,
          Attribute.class,
          Convert.class,
          Version.class,
          TimeToLive.class,
          AutoTimestamp.class,
          AutoUuid.class,
          AtomicCounter.class);

  private final Elements elements;
  private final Types types;

  /**
   * What each type read to, by qualified name: an entity is read once a round, though item
   * collections and repository interfaces need its model too.
   */
  private final Map<String, Result> results = new HashMap<>();
  /** The types being read, by qualified name: a flattened document reads its type within. */
  private final Set<String> reading = new java.util.HashSet<>();

  public EntityModelFactory(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The outcome for one entity.
   *
   * @param model the model, present when the report is clean and nothing was deferred
   * @param report the errors found
   * @param deferred whether a type the entity uses does not exist yet (it may be generated in a
   *     later round), so the entity should be tried again then
   */
  public record Result(Optional<EntityModel> model, ValidationReport report, boolean deferred) {}

  /** An attribute as found, before it is checked. */
  private static final class Candidate {
    final String javaName;
    final TypeMirror type;
    /** The record component or field: where type and access errors are reported. */
    final Element declaration;
    /** The getter, if any: annotations may sit there too. */
    final ExecutableElement getter;

    Access read;
    Access write;

    Candidate(String javaName, TypeMirror type, Element declaration, ExecutableElement getter) {
      this.javaName = javaName;
      this.type = type;
      this.declaration = declaration;
      this.getter = getter;
    }

    /** The element carrying an annotation, declaration first. */
    Optional<Element> annotated(Class<? extends Annotation> annotation) {
      if (declaration.getAnnotation(annotation) != null) {
        return Optional.of(declaration);
      }
      if (getter != null && getter.getAnnotation(annotation) != null) {
        return Optional.of(getter);
      }
      return Optional.empty();
    }

    boolean has(Class<? extends Annotation> annotation) {
      return annotated(annotation).isPresent();
    }
  }

  /**
   * Reads and checks one {@code @Table}, {@code @Item} or {@code @Document} type; the same type
   * asked again gets the same result. Make a factory per round: types deferred to the next round
   * are read anew there.
   */
  public Result create(TypeElement type) {
    String name = type.getQualifiedName().toString();
    Result known = results.get(name);
    if (known == null) {
      reading.add(name);
      try {
        known = read(type);
      } finally {
        reading.remove(name);
      }
      results.put(name, known);
    }
    return known;
  }

  /**
   * Whether the type is being read, further up the call stack: a document that flattens it would
   * contain itself.
   */
  boolean isBeingRead(TypeElement type) {
    return reading.contains(type.getQualifiedName().toString());
  }

  private Result read(TypeElement type) {
    ValidationReport report = new ValidationReport();
    boolean isItem = type.getAnnotation(Item.class) != null;
    boolean isTable = type.getAnnotation(Table.class) != null || isItem;
    EntityModel.Kind kind = isTable ? EntityModel.Kind.TABLE : EntityModel.Kind.DOCUMENT;
    String annotationName = isItem ? "Item" : isTable ? "Table" : "Document";
    if (!checkKind(type, annotationName, report)) {
      return new Result(Optional.empty(), report, false);
    }
    if (isItem) {
      for (Class<? extends Annotation> other : List.of(Table.class, Document.class)) {
        if (type.getAnnotation(other) != null) {
          String name = other.getSimpleName();
          report.error(type, Message.ITEM_AND_TABLE, type.getSimpleName(), name, name);
          return new Result(Optional.empty(), report, false);
        }
      }
      if (ItemKeysReader.tableUnresolved(type)) {
        return new Result(Optional.empty(), report, true);
      }
    } else if (isTable && type.getAnnotation(Document.class) != null) {
      report.error(type, Message.TABLE_AND_DOCUMENT, type.getSimpleName());
      return new Result(Optional.empty(), report, false);
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();

    String tableName =
        isItem
            ? new ItemKeysReader(type, List.of(), report).tableName()
            : isTable ? tableName(type, report) : null;
    boolean storeNulls =
        isItem
            ? false
            : isTable
                ? type.getAnnotation(Table.class).storeNulls()
                : type.getAnnotation(Document.class).storeNulls();
    boolean isRecord = type.getKind() == ElementKind.RECORD;
    List<Candidate> all = isRecord ? recordComponents(type) : fields(type, packageName, report);
    checkStrayAnnotatedMethods(type, all, report);

    List<Candidate> stored = new ArrayList<>();
    for (Candidate candidate : all) {
      if (!candidate.has(Ignore.class)) {
        stored.add(candidate);
      } else if (candidate.has(PartitionKey.class) || candidate.has(SortKey.class)) {
        report.error(candidate.declaration, Message.IGNORED_KEY, candidate.javaName);
      }
    }

    boolean deferred = false;
    Map<Candidate, TypeMapping> mappings = new HashMap<>();
    FlattenReader flattener = new FlattenReader(this, types, report);
    Map<String, Map.Entry<Element, TypeMapping.Flattened>> flattened = new LinkedHashMap<>();
    for (Candidate candidate : stored) {
      Optional<Element> flattenAt = candidate.annotated(Flatten.class);
      if (flattenAt.isPresent()) {
        FlattenReader.Read read =
            flattener.read(
                flattenAt.get(),
                candidate.javaName,
                candidate.type,
                FLATTEN_CONFLICTS.stream().filter(candidate::has).map(Class::getSimpleName).toList(),
                type);
        deferred |= read.deferred();
        if (read.mapping() != null) {
          mappings.put(candidate, read.mapping());
          flattened.put(candidate.javaName, Map.entry(flattenAt.get(), read.mapping()));
        }
        continue;
      }
      Optional<Element> convertAt = candidate.annotated(Convert.class);
      if (convertAt.isPresent()) {
        converter(candidate, convertAt.get(), packageName, report)
            .ifPresent(mapping -> mappings.put(candidate, mapping));
        continue;
      }
      TypeMappings.Resolution resolution = TypeMappings.resolve(candidate.type, candidate.javaName);
      if (resolution instanceof TypeMappings.Resolution.Resolved resolved) {
        mappings.put(candidate, resolved.mapping());
      } else if (resolution instanceof TypeMappings.Resolution.Problem problem) {
        report.error(candidate.declaration, problem.message(), problem.arguments().toArray());
      } else {
        deferred = true;
      }
    }

    String timeToLive = isTable ? timeToLive(stored, mappings, report) : null;
    if (!isTable) {
      stored.stream()
          .filter(c -> c.has(TimeToLive.class))
          .forEach(
              c ->
                  report.error(
                      c.annotated(TimeToLive.class).orElseThrow(),
                      Message.KEY_IN_DOCUMENT,
                      "TimeToLive",
                      c.javaName,
                      type.getSimpleName()));
      stored.stream()
          .filter(c -> c.has(Version.class))
          .forEach(
              c ->
                  report.error(
                      c.annotated(Version.class).orElseThrow(),
                      Message.KEY_IN_DOCUMENT,
                      "Version",
                      c.javaName,
                      type.getSimpleName()));
    }

    if (!isItem) {
      stored.forEach(
          c ->
              c.annotated(KeyFormat.class)
                  .ifPresent(
                      at ->
                          report.error(
                              at,
                              mirror(at, KeyFormat.class),
                              Message.KEY_FORMAT_NOT_APPLICABLE,
                              "",
                              c.javaName,
                              TypeMappings.readableName(TypeName.get(c.type)),
                              "only the key templates of an @Item entity have formats")));
    }
    Map<Candidate, KeyRole> roles;
    List<IndexModel> indexes = List.of();
    if (isItem) {
      roles = Map.of();
      rejectKeyAnnotations(type, stored, Message.ITEM_KEY_ANNOTATION, report);
    } else if (isTable) {
      // A @PartitionKey that is rejected (ignored, or also @SortKey) is reported as such, not
      // again as a missing partition key.
      boolean partitionKeyDeclared = all.stream().anyMatch(c -> c.has(PartitionKey.class));
      roles = keyRoles(type, stored, mappings, partitionKeyDeclared, report);
    } else {
      roles = Map.of();
      rejectKeyAnnotations(type, stored, Message.KEY_IN_DOCUMENT, report);
    }
    String version = isTable ? version(stored, mappings, roles, report) : null;
    Map<Candidate, GeneratedValueModel> generated =
        generatedValues(type, isTable, stored, mappings, roles, report);
    Map<Candidate, String> storedNames = storedNames(stored, roles, report);
    if (!flattened.isEmpty()) {
      Map<String, String> plainNames = new LinkedHashMap<>();
      stored.stream()
          .filter(c -> !c.has(Flatten.class))
          .forEach(c -> plainNames.put(c.javaName, storedNames.get(c)));
      flattener.checkNames(plainNames, flattened);
    }
    if (isTable && !isItem) {
      indexes =
          indexes(
              type,
              stored,
              mappings,
              roles.containsValue(KeyRole.SORT),
              topLevelNames(storedNames, mappings),
              report);
    }

    EntityModel.Construction construction = null;
    List<EntityModel.ConstructorArgument> arguments = List.of();
    if (isRecord) {
      construction = EntityModel.Construction.CONSTRUCTOR;
      arguments = recordArguments(all);
    } else {
      Optional<ExecutableElement> constructor = allAttributesConstructor(type, stored, packageName);
      if (constructor.isPresent()) {
        construction = EntityModel.Construction.CONSTRUCTOR;
        arguments =
            constructor.get().getParameters().stream()
                .map(p -> new EntityModel.ConstructorArgument(p.getSimpleName().toString(), TypeName.get(p.asType())))
                .toList();
        stored.forEach(c -> c.write = Access.constructor(c.javaName));
      } else if (hasNoArgConstructor(type, packageName)) {
        construction = EntityModel.Construction.BEAN;
        assignSetters(type, stored, packageName, report);
      } else {
        report.error(type, Message.NO_USABLE_CONSTRUCTOR, type.getSimpleName(), describe(stored));
      }
    }

    if (!report.isClean() || deferred) {
      return new Result(Optional.empty(), report, deferred);
    }
    List<AttributeModel> attributes = new ArrayList<>();
    for (Candidate c : stored) {
      boolean storeNull =
          storeNulls || c.annotated(Attribute.class).map(e -> e.getAnnotation(Attribute.class).storeNull()).orElse(false);
      attributes.add(
          new AttributeModel(
              c.javaName,
              storedNames.get(c),
              mappings.get(c),
              c.read,
              c.write,
              roles.getOrDefault(c, KeyRole.NONE),
              storeNull,
              generated.get(c)));
    }
    ItemKeys itemKeys = null;
    if (isItem) {
      Map<String, Element> keyFormats = new LinkedHashMap<>();
      stored.forEach(c -> c.annotated(KeyFormat.class).ifPresent(at -> keyFormats.put(c.javaName, at)));
      Optional<ItemKeys> read = new ItemKeysReader(type, attributes, keyFormats, report).read();
      if (read.isEmpty() || !report.isClean()) {
        return new Result(Optional.empty(), report, false);
      }
      itemKeys = read.get();
      if (!generatedValuesOutsideKeyTemplates(type, itemKeys, stored, report)) {
        return new Result(Optional.empty(), report, false);
      }
    }
    EntityModel model =
        new EntityModel(
            type,
            kind,
            ClassName.get(type),
            tableName,
            construction,
            attributes,
            arguments,
            indexes,
            timeToLive == null ? null : storedNames.get(ttlCandidate(stored)),
            version,
            itemKeys);
    return new Result(Optional.of(model), report, false);
  }

  // ---- the class itself ----

  private boolean checkKind(TypeElement type, String annotation, ValidationReport report) {
    ElementKind kind = type.getKind();
    if (kind == ElementKind.INTERFACE || kind == ElementKind.ENUM || kind == ElementKind.ANNOTATION_TYPE) {
      String what =
          switch (kind) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            default -> "annotation type";
          };
      report.error(type, Message.TABLE_NOT_A_CLASS, annotation, what, type.getSimpleName());
      return false;
    }
    boolean usable = true;
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.error(type, Message.TABLE_ABSTRACT_CLASS, annotation, type.getSimpleName());
      usable = false;
    }
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      report.error(type, Message.TABLE_INNER_CLASS, annotation, type.getSimpleName());
      return false;
    }
    if (kind == ElementKind.CLASS
        && type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)
        && !type.getEnclosingElement().getKind().isInterface()) {
      report.error(type, Message.TABLE_INNER_CLASS, annotation, type.getSimpleName());
      usable = false;
    }
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        report.error(type, Message.TABLE_PRIVATE_CLASS, annotation, t.getSimpleName());
        usable = false;
        break;
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, Message.TABLE_GENERIC_CLASS, annotation, type.getSimpleName());
      usable = false;
    }
    return usable;
  }

  private String tableName(TypeElement type, ValidationReport report) {
    String declared = type.getAnnotation(Table.class).name();
    String name = declared.isEmpty() ? type.getSimpleName().toString() : declared;
    if (!TABLE_NAME.matcher(name).matches()) {
      report.error(type, mirror(type, Table.class), Message.INVALID_TABLE_NAME, name);
    }
    return name;
  }

  // ---- finding attributes ----

  private List<Candidate> recordComponents(TypeElement type) {
    // javac (17) gives record components no source position, so errors go on the component's
    // field, which sits at the same place in the source and carries the same annotations.
    Map<String, VariableElement> fields = new HashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      fields.put(field.getSimpleName().toString(), field);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      Element declaration = fields.containsKey(name) ? fields.get(name) : component;
      // The accessor is the component's getter: annotations on an explicit accessor count, and
      // no accessor is mistaken for a stray annotated method.
      Candidate c = new Candidate(name, component.asType(), declaration, component.getAccessor());
      c.read = Access.method(component.getAccessor().getSimpleName().toString());
      c.write = Access.constructor(c.javaName);
      candidates.add(c);
    }
    return candidates;
  }

  /** Instance fields of the class and its superclasses (superclasses first), with their reads. */
  private List<Candidate> fields(TypeElement type, String packageName, ValidationReport report) {
    Map<String, ExecutableElement> noArgMethods = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getParameters().isEmpty() && !method.getModifiers().contains(Modifier.STATIC)) {
        noArgMethods.putIfAbsent(method.getSimpleName().toString(), method);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (TypeElement declaring : hierarchy(type)) {
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        Set<Modifier> modifiers = field.getModifiers();
        if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.TRANSIENT)) {
          continue;
        }
        String name = field.getSimpleName().toString();
        ExecutableElement getter = getter(name, field.asType(), noArgMethods, packageName);
        Candidate c = new Candidate(name, field.asType(), field, getter);
        if (getter != null) {
          c.read = Access.method(getter.getSimpleName().toString());
        } else if (isAccessible(field, packageName)) {
          c.read = Access.field(name);
        } else if (!c.has(Ignore.class)) {
          report.error(
              field,
              Message.PRIVATE_FIELD_WITHOUT_ACCESSOR,
              name,
              "get" + capitalize(name),
              name);
        }
        candidates.add(c);
      }
    }
    return candidates;
  }

  /** The class and its superclasses up to (not including) Object, the topmost first. */
  private List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      if (t.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      chain.add(0, t);
    }
    return chain;
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) superclass).asElement()
        : null;
  }

  private ExecutableElement getter(
      String property, TypeMirror type, Map<String, ExecutableElement> methods, String packageName) {
    List<String> names = new ArrayList<>(3);
    names.add("get" + capitalize(property));
    if (type.getKind() == TypeKind.BOOLEAN) {
      names.add("is" + capitalize(property));
    }
    names.add(property);
    for (String name : names) {
      ExecutableElement method = methods.get(name);
      if (method != null
          && types.isSameType(method.getReturnType(), type)
          && isAccessible(method, packageName)) {
        return method;
      }
    }
    return null;
  }

  /** Our annotations on methods that are no getter of a field would otherwise be ignored silently. */
  private void checkStrayAnnotatedMethods(
      TypeElement type, List<Candidate> candidates, ValidationReport report) {
    Set<Element> getters =
        candidates.stream()
            .map(c -> (Element) c.getter)
            .filter(g -> g != null)
            .collect(Collectors.toSet());
    for (TypeElement declaring : hierarchy(type)) {
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        if (getters.contains(method)) {
          continue;
        }
        for (Class<? extends Annotation> annotation :
            List.of(PartitionKey.class, SortKey.class, Attribute.class, Ignore.class, Flatten.class)) {
          if (method.getAnnotation(annotation) != null) {
            report.error(
                method,
                mirror(method, annotation),
                Message.ANNOTATED_METHOD_NOT_A_GETTER,
                annotation.getSimpleName(),
                method.getSimpleName(),
                propertyName(method.getSimpleName().toString()));
          }
        }
      }
    }
  }

  // ---- keys and names ----

  private Map<Candidate, KeyRole> keyRoles(
      TypeElement type,
      List<Candidate> stored,
      Map<Candidate, TypeMapping> mappings,
      boolean partitionKeyDeclared,
      ValidationReport report) {
    Map<Candidate, KeyRole> roles = new HashMap<>();
    Candidate partition = null;
    Candidate sort = null;
    for (Candidate c : stored) {
      Optional<Element> partitionAt = c.annotated(PartitionKey.class);
      Optional<Element> sortAt = c.annotated(SortKey.class);
      if (partitionAt.isPresent() && sortAt.isPresent()) {
        report.error(
            sortAt.get(), mirror(sortAt.get(), SortKey.class), Message.PARTITION_AND_SORT_KEY, c.javaName);
        continue;
      }
      if (partitionAt.isPresent()) {
        if (partition != null) {
          report.error(
              partitionAt.get(),
              mirror(partitionAt.get(), PartitionKey.class),
              Message.DUPLICATE_PARTITION_KEY,
              c.javaName,
              partition.javaName);
        } else {
          partition = c;
          roles.put(c, KeyRole.PARTITION);
          checkKeyType(c, partitionAt.get(), "PartitionKey", mappings, report);
        }
      }
      if (sortAt.isPresent()) {
        if (sort != null) {
          report.error(
              sortAt.get(),
              mirror(sortAt.get(), SortKey.class),
              Message.DUPLICATE_SORT_KEY,
              c.javaName,
              sort.javaName);
        } else {
          sort = c;
          roles.put(c, KeyRole.SORT);
          checkKeyType(c, sortAt.get(), "SortKey", mappings, report);
        }
      }
    }
    if (partition == null && !partitionKeyDeclared) {
      if (sort != null) {
        Element at = sort.annotated(SortKey.class).orElseThrow();
        report.error(at, mirror(at, SortKey.class), Message.SORT_KEY_WITHOUT_PARTITION_KEY, sort.javaName);
      } else {
        report.error(type, Message.NO_PARTITION_KEY, type.getSimpleName());
      }
    }
    return roles;
  }

  private void checkKeyType(
      Candidate c,
      Element annotated,
      String annotation,
      Map<Candidate, TypeMapping> mappings,
      ValidationReport report) {
    TypeMapping mapping = mappings.get(c);
    if (mapping == null) {
      return; // its type was reported already, or is deferred
    }
    if (mapping instanceof TypeMapping.Converted) {
      report.error(annotated, Message.CONVERT_ON_KEY, c.javaName);
    } else if (!(mapping instanceof TypeMapping.Scalar scalar)
        || !scalar.kind().storedType().canBeKey()) {
      report.error(
          annotated, Message.UNSUITABLE_KEY_TYPE, annotation, c.javaName, c.type, storedAs(mapping));
    }
  }

  /** How a mapping is stored, for messages. */
  private static String storedAs(TypeMapping mapping) {
    if (mapping instanceof TypeMapping.Scalar scalar) {
      return scalar.kind().storedType().name();
    } else if (mapping instanceof TypeMapping.ListOf) {
      return "L (a list)";
    } else if (mapping instanceof TypeMapping.SetOf set) {
      return set.member().kind().storedType() + "S (a set)";
    } else if (mapping instanceof TypeMapping.OptionalOf optional) {
      return storedAs(optional.value()) + " or nothing";
    } else if (mapping instanceof TypeMapping.Converted) {
      return "whatever its converter writes";
    }
    return "M (a map)";
  }

  // ---- Time to Live ----

  /**
   * Checks the {@code @TimeToLive} attribute and stores an {@code Instant} one as epoch seconds.
   *
   * @return the Java name of the attribute, or {@code null} if there is none
   */
  private String timeToLive(
      List<Candidate> stored, Map<Candidate, TypeMapping> mappings, ValidationReport report) {
    Candidate first = null;
    for (Candidate c : stored) {
      Optional<Element> at = c.annotated(TimeToLive.class);
      if (at.isEmpty()) {
        continue;
      }
      if (first != null) {
        report.error(at.get(), Message.DUPLICATE_TIME_TO_LIVE, c.javaName, first.javaName);
        continue;
      }
      first = c;
      TypeMapping mapping = mappings.get(c);
      if (mapping instanceof TypeMapping.Scalar scalar && scalar.kind() == ScalarKind.INSTANT) {
        mappings.put(c, new TypeMapping.Scalar(ScalarKind.EPOCH_SECONDS, scalar.javaType()));
      } else if (!(mapping instanceof TypeMapping.Scalar scalar && scalar.kind() == ScalarKind.LONG)) {
        report.error(at.get(), Message.UNSUITABLE_TIME_TO_LIVE, c.javaName, c.type);
      }
    }
    return first == null ? null : first.javaName;
  }

  private static Candidate ttlCandidate(List<Candidate> stored) {
    return stored.stream().filter(c -> c.has(TimeToLive.class)).findFirst().orElseThrow();
  }

  // ---- optimistic locking ----

  /**
   * Checks the {@code @Version} attribute: one at most, a long/Long/int/Integer, not a key.
   *
   * @return the Java name of the attribute, or {@code null} if there is none
   */
  private String version(
      List<Candidate> stored,
      Map<Candidate, TypeMapping> mappings,
      Map<Candidate, KeyRole> roles,
      ValidationReport report) {
    Candidate first = null;
    for (Candidate c : stored) {
      Optional<Element> at = c.annotated(Version.class);
      if (at.isEmpty()) {
        continue;
      }
      if (first != null) {
        report.error(at.get(), Message.DUPLICATE_VERSION, c.javaName, first.javaName);
        continue;
      }
      first = c;
      TypeMapping mapping = mappings.get(c);
      if (roles.getOrDefault(c, KeyRole.NONE) != KeyRole.NONE
          || c.has(PartitionKey.class)
          || c.has(SortKey.class)) {
        report.error(at.get(), Message.VERSION_ON_KEY, c.javaName);
      } else if (mapping != null
          && !(mapping instanceof TypeMapping.Scalar scalar
              && (scalar.kind() == ScalarKind.LONG || scalar.kind() == ScalarKind.INT))) {
        report.error(at.get(), Message.UNSUITABLE_VERSION, c.javaName, c.type);
      }
    }
    return first == null ? null : first.javaName;
  }

  // ---- generated values ----

  /** The annotations that each set an attribute's value their own way, checked pairwise. */
  private static final List<Class<? extends Annotation>> VALUE_SETTERS =
      List.of(AutoTimestamp.class, AutoUuid.class, AtomicCounter.class, Version.class, TimeToLive.class);

  /**
   * Reads and checks {@code @AutoTimestamp}, {@code @AutoUuid} and {@code @AtomicCounter}: on a
   * type each can fill, one per attribute, counters and every-write timestamps not on keys, none
   * in a document.
   *
   * @return the generated values by attribute, for the attributes that have one
   */
  private Map<Candidate, GeneratedValueModel> generatedValues(
      TypeElement type,
      boolean isTable,
      List<Candidate> stored,
      Map<Candidate, TypeMapping> mappings,
      Map<Candidate, KeyRole> roles,
      ValidationReport report) {
    Map<Candidate, GeneratedValueModel> generated = new HashMap<>();
    for (Candidate c : stored) {
      List<Class<? extends Annotation>> present =
          VALUE_SETTERS.stream().filter(c::has).toList();
      if (present.isEmpty() || present.get(0) == Version.class || present.get(0) == TimeToLive.class) {
        continue; // none of ours: @Version with @TimeToLive is the other checks' business
      }
      Class<? extends Annotation> annotation = present.get(0);
      Element at = c.annotated(annotation).orElseThrow();
      if (!isTable) {
        report.error(
            at, Message.GENERATED_VALUE_IN_DOCUMENT, annotation.getSimpleName(), c.javaName, type.getSimpleName());
        continue;
      }
      if (present.size() > 1) {
        report.error(
            c.annotated(present.get(1)).orElseThrow(),
            Message.CONFLICTING_GENERATED_VALUES,
            c.javaName,
            annotation.getSimpleName(),
            present.get(1).getSimpleName());
        continue;
      }
      TypeMapping mapping = mappings.get(c);
      ScalarKind kind =
          mapping instanceof TypeMapping.Scalar scalar ? scalar.kind() : null;
      boolean key = roles.getOrDefault(c, KeyRole.NONE) != KeyRole.NONE;
      if (annotation == AutoTimestamp.class) {
        AutoTimestamp.When when = at.getAnnotation(AutoTimestamp.class).on();
        if (mapping != null && !isTimestamp(kind)) {
          report.error(at, Message.UNSUITABLE_AUTO_TIMESTAMP, c.javaName, c.type);
        } else if (key && when == AutoTimestamp.When.EVERY_WRITE) {
          report.error(at, Message.WRITE_TIMESTAMP_ON_KEY, c.javaName);
        } else {
          generated.put(
              c,
              new GeneratedValueModel(
                  when == AutoTimestamp.When.CREATE
                      ? GeneratedValueModel.Kind.CREATED_AT
                      : GeneratedValueModel.Kind.WRITTEN_AT,
                  0,
                  0));
        }
      } else if (annotation == AutoUuid.class) {
        if (mapping != null && kind != ScalarKind.UUID && kind != ScalarKind.STRING) {
          report.error(at, Message.UNSUITABLE_AUTO_UUID, c.javaName, c.type);
        } else {
          generated.put(c, new GeneratedValueModel(GeneratedValueModel.Kind.UUID, 0, 0));
        }
      } else {
        AtomicCounter counter = at.getAnnotation(AtomicCounter.class);
        if (mapping != null && kind != ScalarKind.LONG && kind != ScalarKind.INT) {
          report.error(at, Message.UNSUITABLE_ATOMIC_COUNTER, c.javaName, c.type);
        } else if (key) {
          report.error(at, Message.ATOMIC_COUNTER_ON_KEY, c.javaName);
        } else if (counter.delta() == 0) {
          report.error(at, Message.ZERO_COUNTER_DELTA, c.javaName);
        } else if (kind == ScalarKind.INT && (int) counter.start() != counter.start()) {
          report.error(at, Message.INT_COUNTER_OUT_OF_RANGE, c.javaName, "start", counter.start());
        } else if (kind == ScalarKind.INT && (int) counter.delta() != counter.delta()) {
          report.error(at, Message.INT_COUNTER_OUT_OF_RANGE, c.javaName, "delta", counter.delta());
        } else {
          generated.put(
              c,
              new GeneratedValueModel(
                  GeneratedValueModel.Kind.COUNTER, counter.start(), counter.delta()));
        }
      }
    }
    return generated;
  }

  private static boolean isTimestamp(ScalarKind kind) {
    return kind == ScalarKind.INSTANT
        || kind == ScalarKind.LOCAL_DATE
        || kind == ScalarKind.LOCAL_DATE_TIME
        || kind == ScalarKind.OFFSET_DATE_TIME
        || kind == ScalarKind.ZONED_DATE_TIME;
  }

  /**
   * Reports each generated value that a key template of an {@code @Item} names: the keys are
   * composed from the entity, before the value is generated.
   *
   * @return whether there was none
   */
  private static boolean generatedValuesOutsideKeyTemplates(
      TypeElement type, ItemKeys itemKeys, List<Candidate> stored, ValidationReport report) {
    Set<String> inTemplates = new java.util.HashSet<>();
    itemKeys.keyFields().forEach(a -> inTemplates.add(a.javaName()));
    for (ItemKeys.IndexTemplate index : itemKeys.indexTemplates()) {
      if (index.partition() != null) {
        index.partition().fields().forEach(a -> inTemplates.add(a.javaName()));
      }
      if (index.sort() != null) {
        index.sort().fields().forEach(a -> inTemplates.add(a.javaName()));
      }
    }
    boolean clean = true;
    for (Candidate c : stored) {
      if (!inTemplates.contains(c.javaName)) {
        continue;
      }
      for (Class<? extends Annotation> annotation : List.of(AutoTimestamp.class, AutoUuid.class, AtomicCounter.class)) {
        Optional<Element> at = c.annotated(annotation);
        if (at.isPresent()) {
          report.error(
              at.get(),
              Message.GENERATED_VALUE_IN_KEY_TEMPLATE,
              annotation.getSimpleName(),
              c.javaName,
              type.getSimpleName(),
              c.javaName);
          clean = false;
        }
      }
    }
    return clean;
  }

  // ---- indexes ----

  /** One index as its annotations declare it. */
  private static final class IndexDraft {
    final String name;
    /** The partition key's attributes in source order, each with its declared place. */
    final List<IndexKeyOrder.Part> partition = new ArrayList<>();
    final List<IndexKeyOrder.Part> sort = new ArrayList<>();
    Element sortAt;
    boolean local;
    boolean global;

    IndexDraft(String name) {
      this.name = name;
    }
  }

  private List<IndexModel> indexes(
      TypeElement type,
      List<Candidate> stored,
      Map<Candidate, TypeMapping> mappings,
      boolean tableHasSortKey,
      Set<String> storedNames,
      ValidationReport report) {
    Map<String, IndexDraft> drafts = new LinkedHashMap<>();
    for (Candidate c : stored) {
      for (Element at : annotatedWith(c, IndexPartitionKey.class)) {
        IndexPartitionKey[] keys = at.getAnnotationsByType(IndexPartitionKey.class);
        List<IndexKeyOrder.Part> located = locate(c, at, IndexPartitionKey.class, IndexPartitionKey.List.class, keys.length);
        for (int i = 0; i < keys.length; i++) {
          IndexPartitionKey key = keys[i];
          IndexDraft draft = draft(drafts, key.value(), at, report);
          draft.global = true;
          addIndexKeyPart(draft, draft.partition, "IndexPartitionKey", located.get(i), key.order(), mappings, report);
        }
      }
      for (Element at : annotatedWith(c, IndexSortKey.class)) {
        IndexSortKey[] keys = at.getAnnotationsByType(IndexSortKey.class);
        List<IndexKeyOrder.Part> located = locate(c, at, IndexSortKey.class, IndexSortKey.List.class, keys.length);
        for (int i = 0; i < keys.length; i++) {
          IndexSortKey key = keys[i];
          IndexDraft draft = draft(drafts, key.value(), at, report);
          draft.global = true;
          if (draft.sortAt == null) {
            draft.sortAt = at;
          }
          addIndexKeyPart(draft, draft.sort, "IndexSortKey", located.get(i), key.order(), mappings, report);
        }
      }
      for (Element at : annotatedWith(c, LocalIndexSortKey.class)) {
        for (LocalIndexSortKey key : at.getAnnotationsByType(LocalIndexSortKey.class)) {
          IndexDraft draft = draft(drafts, key.value(), at, report);
          draft.local = true;
          if (!tableHasSortKey) {
            report.error(at, Message.LOCAL_INDEX_WITHOUT_TABLE_SORT_KEY, key.value(), c.javaName);
          }
          addLocalIndexSortKey(draft, c, at, mappings, report);
        }
      }
    }
    Map<String, Index> configured = new LinkedHashMap<>();
    for (Index index : type.getAnnotationsByType(Index.class)) {
      if (!drafts.containsKey(index.name())) {
        reportOnIndex(
            report,
            type,
            index.name(),
            Message.UNKNOWN_INDEX,
            index.name(),
            type.getSimpleName(),
            drafts.isEmpty() ? "no index" : String.join(", ", drafts.keySet()));
      } else {
        configured.put(index.name(), index);
      }
    }
    List<IndexModel> indexes = new ArrayList<>();
    for (IndexDraft draft : drafts.values()) {
      if (draft.global && draft.local) {
        report.error(draft.sortAt, Message.INDEX_KIND_CONFLICT, draft.name);
        continue;
      }
      if (draft.global && draft.partition.isEmpty()) {
        report.error(
            draft.sortAt,
            Message.INDEX_SORT_KEY_WITHOUT_PARTITION_KEY,
            draft.name,
            draft.sort.get(0).javaName(),
            draft.name);
        continue;
      }
      if (draft.global) {
        boolean ordered =
            IndexKeyOrder.check(draft.name, "partition", "IndexPartitionKey",
                    Message.DUPLICATE_INDEX_PARTITION_KEY, draft.partition, report)
                & IndexKeyOrder.check(draft.name, "sort", "IndexSortKey",
                    Message.DUPLICATE_INDEX_SORT_KEY, draft.sort, report);
        if (!ordered) {
          continue;
        }
      }
      Index index = configured.get(draft.name);
      String projection = index == null ? "ALL" : index.projection().name();
      List<String> include = index == null ? List.of() : List.of(index.include());
      if (index != null) {
        if (index.projection() == Index.Projection.INCLUDE && include.isEmpty()) {
          reportOnIndex(report, type, draft.name, Message.INDEX_INCLUDE_PROBLEM, draft.name,
              "projection INCLUDE needs the attributes to include, for example include = {\"note\"}");
        } else if (index.projection() != Index.Projection.INCLUDE && !include.isEmpty()) {
          reportOnIndex(report, type, draft.name, Message.INDEX_INCLUDE_PROBLEM, draft.name,
              "include lists attributes, but only projection INCLUDE uses them");
        }
        for (String name : include) {
          if (!storedNames.contains(name)) {
            reportOnIndex(report, type, draft.name, Message.INDEX_INCLUDE_PROBLEM, draft.name,
                "include names \"" + name + "\", which is no stored attribute of " + type.getSimpleName());
          }
        }
      }
      indexes.add(
          new IndexModel(
              draft.name,
              draft.global,
              draft.global ? IndexKeyOrder.javaNames(draft.partition) : List.of(),
              IndexKeyOrder.javaNames(draft.sort),
              projection,
              include));
    }
    return indexes;
  }

  /**
   * Reports a problem on the {@code @Index(name = …)} it is about: the annotation itself, or its
   * entry in the container javac makes of repeated annotations.
   */
  private static void reportOnIndex(
      ValidationReport report, TypeElement type, String indexName, Message message, Object... arguments) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String annotation = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (annotation.equals(Index.class.getCanonicalName()) && indexName.equals(annotationString(mirror, "name"))) {
        report.error(type, mirror, message, arguments);
        return;
      }
      if (annotation.equals(Index.List.class.getCanonicalName())) {
        for (javax.lang.model.element.AnnotationValue entry : AnnotationMirrors.repeated(mirror)) {
          if (entry.getValue() instanceof AnnotationMirror nested
              && indexName.equals(annotationString(nested, "name"))) {
            report.error(type, mirror, entry, message, arguments);
            return;
          }
        }
      }
    }
    report.error(type, message, arguments);
  }

  private static String annotationString(AnnotationMirror mirror, String member) {
    javax.lang.model.element.AnnotationValue value = AnnotationMirrors.value(mirror, member);
    return value == null ? null : String.valueOf(value.getValue());
  }

  private IndexDraft draft(Map<String, IndexDraft> drafts, String name, Element at, ValidationReport report) {
    IndexDraft draft = drafts.get(name);
    if (draft == null) {
      draft = new IndexDraft(name);
      drafts.put(name, draft);
      if (!TABLE_NAME.matcher(name).matches()) {
        report.error(at, Message.INVALID_INDEX_NAME, name);
      }
    }
    return draft;
  }

  /**
   * Adds an attribute to one role of a global index's key, unless it is in that key already; the
   * order of the attributes is checked once all are known, by {@link IndexKeyOrder}.
   */
  private void addIndexKeyPart(
      IndexDraft draft,
      List<IndexKeyOrder.Part> role,
      String annotation,
      IndexKeyOrder.Part located,
      int order,
      Map<Candidate, TypeMapping> mappings,
      ValidationReport report) {
    Candidate c = (Candidate) located.attribute();
    Element at = located.at();
    for (List<IndexKeyOrder.Part> key : List.of(draft.partition, draft.sort)) {
      for (IndexKeyOrder.Part part : key) {
        if (part.attribute() == c) {
          located.error(report, Message.INDEX_KEY_ATTRIBUTE_TWICE, c.javaName, draft.name,
              key == role ? "twice as a " + (role == draft.partition ? "partition" : "sort") + " attribute"
                  : "as a partition and a sort attribute");
          return;
        }
      }
    }
    role.add(new IndexKeyOrder.Part(c, c.javaName, at, order, located.annotation(), located.entry()));
    checkKeyType(c, at, annotation, mappings, report);
  }

  /**
   * Where each of the {@code count} annotations of a kind on {@code at} is, in source order: the
   * annotation itself, or its entry in the container javac makes of repeated ones.
   */
  private static List<IndexKeyOrder.Part> locate(
      Candidate c,
      Element at,
      Class<? extends Annotation> annotation,
      Class<? extends Annotation> container,
      int count) {
    List<IndexKeyOrder.Part> located = new ArrayList<>();
    AnnotationMirror single = mirror(at, annotation);
    AnnotationMirror repeated = mirror(at, container);
    if (single != null) {
      located.add(new IndexKeyOrder.Part(c, c.javaName, at, 0, single, null));
    } else if (repeated != null) {
      for (javax.lang.model.element.AnnotationValue entry : AnnotationMirrors.repeated(repeated)) {
        located.add(new IndexKeyOrder.Part(c, c.javaName, at, 0, repeated, entry));
      }
    }
    while (located.size() < count) { // not found as mirrors: report on the element
      located.add(new IndexKeyOrder.Part(c, c.javaName, at, 0, null, null));
    }
    return located;
  }

  private void addLocalIndexSortKey(
      IndexDraft draft,
      Candidate c,
      Element at,
      Map<Candidate, TypeMapping> mappings,
      ValidationReport report) {
    if (draft.sort.stream().anyMatch(part -> part.attribute() == c)) {
      return; // the same attribute as both a global and a local sort key: a kind conflict
    }
    if (!draft.sort.isEmpty()) {
      report.error(at, Message.LOCAL_INDEX_MULTI_ATTRIBUTE_KEY, c.javaName, draft.name,
          draft.sort.get(0).javaName(), draft.name);
    } else {
      draft.sort.add(new IndexKeyOrder.Part(c, c.javaName, at, 0, null, null));
      draft.sortAt = at;
      checkKeyType(c, at, "LocalIndexSortKey", mappings, report);
    }
  }

  /**
   * Where a repeatable annotation sits: the declaration if it has any, otherwise the getter. Not
   * both: javac copies a record component's annotations onto its field and its accessor.
   */
  private static List<Element> annotatedWith(Candidate c, Class<? extends Annotation> annotation) {
    if (c.declaration.getAnnotationsByType(annotation).length > 0) {
      return List.of(c.declaration);
    }
    if (c.getter != null && c.getter.getAnnotationsByType(annotation).length > 0) {
      return List.of(c.getter);
    }
    return List.of();
  }

  /** Key annotations in a document, or in an {@code @Item} whose keys templates compose. */
  private void rejectKeyAnnotations(
      TypeElement type, List<Candidate> stored, Message message, ValidationReport report) {
    for (Candidate c : stored) {
      for (Class<? extends Annotation> key :
          List.of(
              PartitionKey.class,
              SortKey.class,
              IndexPartitionKey.class,
              IndexSortKey.class,
              LocalIndexSortKey.class)) {
        Optional<Element> annotatedAt = c.annotated(key);
        if (annotatedAt.isEmpty()) {
          continue;
        }
        Element at = annotatedAt.get();
        if (message == Message.ITEM_KEY_ANNOTATION
            && (key == IndexPartitionKey.class || key == IndexSortKey.class)) {
          // The native (and multi-attribute) index keys of a @Table: say why an item has none.
          report.error(
              at,
              mirror(at, key),
              Message.ITEM_INDEX_KEY_ANNOTATION,
              key.getSimpleName(),
              c.javaName,
              type.getSimpleName(),
              indexNamed(at, key),
              c.javaName,
              type.getSimpleName());
          continue;
        }
        report.error(
            at, mirror(at, key), message, key.getSimpleName(), c.javaName, type.getSimpleName());
      }
    }
  }

  /** The index the first {@code @IndexPartitionKey} or {@code @IndexSortKey} at {@code at} names. */
  private static String indexNamed(Element at, Class<? extends Annotation> key) {
    if (key == IndexPartitionKey.class) {
      IndexPartitionKey[] keys = at.getAnnotationsByType(IndexPartitionKey.class);
      return keys.length == 0 ? "..." : keys[0].value();
    }
    IndexSortKey[] keys = at.getAnnotationsByType(IndexSortKey.class);
    return keys.length == 0 ? "..." : keys[0].value();
  }

  // ---- converters ----

  private static final String ATTRIBUTE_CONVERTER = "io.dynamap.runtime.schema.AttributeConverter";

  /** Checks a {@code @Convert} and returns its mapping. */
  private Optional<TypeMapping> converter(
      Candidate c, Element annotated, String packageName, ValidationReport report) {
    TypeMirror converterType = converterClass(annotated);
    AnnotationMirror mirror = mirror(annotated, Convert.class);
    if (converterType == null || converterType.getKind() == TypeKind.ERROR) {
      return Optional.empty(); // javac reports an unknown class itself
    }
    TypeElement converter = (TypeElement) types.asElement(converterType);
    String simpleName = converter.getSimpleName().toString();
    Optional<TypeMirror> converted = convertedType(converterType);
    if (converted.isEmpty()) {
      report.error(annotated, mirror, Message.CONVERTER_NOT_A_CONVERTER, simpleName, c.javaName, simpleName);
      return Optional.empty();
    }
    TypeMirror attributeType =
        c.type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) c.type).asType() : c.type;
    if (!types.isSameType(types.erasure(converted.get()), types.erasure(attributeType))
        || !types.isSameType(converted.get(), attributeType)) {
      report.error(
          annotated, mirror, Message.CONVERTER_TYPE_MISMATCH, simpleName, c.javaName, converted.get(), c.type);
      return Optional.empty();
    }
    boolean instantiable =
        converter.getKind() == ElementKind.CLASS
            && !converter.getModifiers().contains(Modifier.ABSTRACT)
            && converter.getModifiers().contains(Modifier.PUBLIC)
            && (converter.getNestingKind() == NestingKind.TOP_LEVEL
                || converter.getModifiers().contains(Modifier.STATIC))
            && ElementFilter.constructorsIn(converter.getEnclosedElements()).stream()
                .anyMatch(k -> k.getParameters().isEmpty() && k.getModifiers().contains(Modifier.PUBLIC));
    if (!instantiable) {
      report.error(annotated, mirror, Message.CONVERTER_NOT_INSTANTIABLE, simpleName, c.javaName);
      return Optional.empty();
    }
    return Optional.of(new TypeMapping.Converted(ClassName.get(converter), TypeName.get(c.type)));
  }

  private static TypeMirror converterClass(Element annotated) {
    try {
      annotated.getAnnotation(Convert.class).value();
      throw new IllegalStateException("a class literal is always mirrored at compile time");
    } catch (javax.lang.model.type.MirroredTypeException e) {
      return e.getTypeMirror();
    }
  }

  /** The {@code T} of {@code AttributeConverter<T>} that a class implements, if it does. */
  private Optional<TypeMirror> convertedType(TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype.getKind() != TypeKind.DECLARED) {
        continue;
      }
      DeclaredType declared = (DeclaredType) supertype;
      TypeElement element = (TypeElement) declared.asElement();
      if (element.getQualifiedName().contentEquals(ATTRIBUTE_CONVERTER)) {
        return declared.getTypeArguments().isEmpty()
            ? Optional.empty()
            : Optional.of(declared.getTypeArguments().get(0));
      }
      Optional<TypeMirror> inherited = convertedType(supertype);
      if (inherited.isPresent()) {
        return inherited;
      }
    }
    return Optional.empty();
  }

  private Map<Candidate, String> storedNames(
      List<Candidate> stored, Map<Candidate, KeyRole> roles, ValidationReport report) {
    Map<Candidate, String> names = new HashMap<>();
    Map<String, Candidate> byName = new LinkedHashMap<>();
    for (Candidate c : stored) {
      String name = c.javaName;
      Optional<Element> renamedAt = c.annotated(Attribute.class);
      if (renamedAt.isPresent()) {
        String declared = renamedAt.get().getAnnotation(Attribute.class).name();
        AnnotationMirror attribute = mirror(renamedAt.get(), Attribute.class);
        AnnotationValue explicitName = AnnotationMirrors.value(attribute, "name");
        if (declared.isEmpty() && explicitName != null) {
          // name = "" written out reads like a stored name, but is the default: refuse it.
          report.error(
              renamedAt.get(),
              attribute,
              explicitName,
              Message.EXPLICIT_EMPTY_ATTRIBUTE_NAME,
              c.javaName,
              c.javaName);
        } else if (!declared.isEmpty() && declared.isBlank()) {
          report.error(
              renamedAt.get(),
              mirror(renamedAt.get(), Attribute.class),
              Message.EMPTY_ATTRIBUTE_NAME,
              elements.getConstantExpression(declared),
              c.javaName,
              c.javaName);
        } else if (!declared.isEmpty()) {
          name = declared;
        }
      }
      names.put(c, name);
      if (c.has(Flatten.class)) {
        continue; // stores no attribute of its own: FlattenReader checks the names it takes
      }
      Candidate previous = byName.putIfAbsent(name, c);
      if (previous != null) {
        report.error(
            renamedAt.orElse(c.declaration),
            Message.DUPLICATE_STORED_NAME,
            c.javaName,
            name,
            previous.javaName);
      }
      if (roles.containsKey(c) && name.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_NAME_BYTES) {
        report.error(
            renamedAt.orElse(c.declaration),
            Message.KEY_NAME_TOO_LONG,
            c.javaName,
            name.getBytes(StandardCharsets.UTF_8).length);
      }
    }
    return names;
  }

  /** The names stored at the item's top level: a flattened document's attributes for its own. */
  private static Set<String> topLevelNames(
      Map<Candidate, String> storedNames, Map<Candidate, TypeMapping> mappings) {
    Set<String> names = new java.util.HashSet<>();
    storedNames.forEach(
        (c, name) -> {
          if (mappings.get(c) instanceof TypeMapping.Flattened flattened) {
            names.addAll(flattened.storedNames());
          } else {
            names.add(name);
          }
        });
    return names;
  }

  // ---- construction ----

  private List<EntityModel.ConstructorArgument> recordArguments(List<Candidate> components) {
    return components.stream()
        .map(
            c ->
                new EntityModel.ConstructorArgument(
                    c.has(Ignore.class) ? null : c.javaName, TypeName.get(c.type)))
        .toList();
  }

  /** A constructor whose parameters are exactly the stored attributes, by name and type. */
  private Optional<ExecutableElement> allAttributesConstructor(
      TypeElement type, List<Candidate> stored, String packageName) {
    Map<String, TypeMirror> attributeTypes = new HashMap<>();
    stored.forEach(c -> attributeTypes.put(c.javaName, c.type));
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (!isAccessible(constructor, packageName)
          || constructor.getParameters().size() != stored.size()
          || stored.isEmpty()) {
        continue;
      }
      boolean matches = true;
      for (VariableElement parameter : constructor.getParameters()) {
        TypeMirror expected = attributeTypes.get(parameter.getSimpleName().toString());
        if (expected == null || !types.isSameType(expected, parameter.asType())) {
          matches = false;
          break;
        }
      }
      if (matches) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }

  private boolean hasNoArgConstructor(TypeElement type, String packageName) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && isAccessible(c, packageName));
  }

  private void assignSetters(
      TypeElement type, List<Candidate> stored, String packageName, ValidationReport report) {
    Map<String, List<ExecutableElement>> oneArgMethods = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getParameters().size() == 1 && !method.getModifiers().contains(Modifier.STATIC)) {
        oneArgMethods
            .computeIfAbsent(method.getSimpleName().toString(), k -> new ArrayList<>())
            .add(method);
      }
    }
    for (Candidate c : stored) {
      String setterName = "set" + capitalize(c.javaName);
      Optional<ExecutableElement> setter =
          oneArgMethods.getOrDefault(setterName, List.of()).stream()
              .filter(m -> types.isSameType(m.getParameters().get(0).asType(), c.type))
              .filter(m -> isAccessible(m, packageName))
              .findFirst();
      if (setter.isPresent()) {
        c.write = Access.method(setterName);
      } else if (c.declaration.getKind() == ElementKind.FIELD
          && !c.declaration.getModifiers().contains(Modifier.FINAL)
          && isAccessible(c.declaration, packageName)) {
        c.write = Access.field(c.javaName);
      } else {
        report.error(
            c.declaration,
            Message.NO_SETTER,
            c.javaName,
            setterName,
            c.type,
            type.getSimpleName(),
            describe(stored));
      }
    }
  }

  // ---- helpers ----

  /** Whether generated code in {@code packageName} may use the member. */
  private boolean isAccessible(Element member, String packageName) {
    Set<Modifier> modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      return false;
    }
    if (modifiers.contains(Modifier.PUBLIC)) {
      return true;
    }
    PackageElement memberPackage = elements.getPackageOf(member);
    return memberPackage.getQualifiedName().contentEquals(packageName);
  }

  private static AnnotationMirror mirror(Element element, Class<? extends Annotation> annotation) {
    return AnnotationMirrors.find(element, annotation.getCanonicalName());
  }

  private static String describe(List<Candidate> candidates) {
    return candidates.stream().map(c -> c.type + " " + c.javaName).collect(Collectors.joining(", "));
  }

  private static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String propertyName(String methodName) {
    for (String prefix : List.of("get", "is", "set")) {
      if (methodName.length() > prefix.length()
          && methodName.startsWith(prefix)
          && Character.isUpperCase(methodName.charAt(prefix.length()))) {
        return Character.toLowerCase(methodName.charAt(prefix.length()))
            + methodName.substring(prefix.length() + 1);
      }
    }
    return methodName;
  }
}
