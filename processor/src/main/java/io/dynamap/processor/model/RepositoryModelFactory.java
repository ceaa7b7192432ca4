package io.dynamap.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.dynamap.annotations.Repository;
import io.dynamap.annotations.Table;
import io.dynamap.annotations.UsingIndex;
import io.dynamap.processor.model.MethodName.ParsedCriterion;
import io.dynamap.processor.model.MethodName.Verb;
import io.dynamap.processor.model.RepositoryModel.Access;
import io.dynamap.processor.model.RepositoryModel.ByKeyCondition;
import io.dynamap.processor.model.RepositoryModel.ByPrimaryKey;
import io.dynamap.processor.model.RepositoryModel.Criterion;
import io.dynamap.processor.model.RepositoryModel.Mode;
import io.dynamap.processor.model.RepositoryModel.Operator;
import io.dynamap.processor.model.RepositoryModel.Parameter;
import io.dynamap.processor.model.RepositoryModel.QueryMethod;
import io.dynamap.processor.model.RepositoryModel.Result;
import io.dynamap.processor.model.RepositoryModel.WholeTable;
import io.dynamap.processor.validation.Message;
import io.dynamap.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @Repository} interface into a {@link RepositoryModel}: parses each abstract
 * method's name, chooses the table or index whose key the method names, and checks operators,
 * parameters and the return type, reporting every problem on the method.
 */
public final class RepositoryModelFactory {
  static final ClassName PAGE = ClassName.get("io.dynamap.runtime.page", "Page");
  static final ClassName PAGE_REQUEST = ClassName.get("io.dynamap.runtime.page", "PageRequest");
  private static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  private static final ClassName FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  private static final ClassName PUBLISHER =
      ClassName.get("java.util.concurrent", "Flow", "Publisher");
  /** On the class path with dynamap-async, which async methods need. */
  private static final String ASYNC_TABLE_REPOSITORY = "io.dynamap.async.AsyncTableRepository";
  private static final Set<ClassName> COLLECTIONS =
      Set.of(
          ClassName.get("java.util", "Collection"),
          ClassName.get("java.util", "List"),
          ClassName.get("java.util", "Set"));

  private final Elements elements;
  private final EntityModelFactory entities;
  private final boolean asyncAvailable;

  public RepositoryModelFactory(Elements elements, EntityModelFactory entities) {
    this.elements = elements;
    this.entities = entities;
    this.asyncAvailable = elements.getTypeElement(ASYNC_TABLE_REPOSITORY) != null;
  }

  /**
   * The outcome for one interface.
   *
   * @param model present when the report is clean, nothing was deferred and the entity is valid
   * @param report the errors found in the interface (the entity's own are reported with it)
   * @param deferred whether the entity's types are not known yet, so try again next round
   */
  public record Outcome(Optional<RepositoryModel> model, ValidationReport report, boolean deferred) {}

  public Outcome create(TypeElement type) {
    ValidationReport report = new ValidationReport();
    if (type.getKind() != ElementKind.INTERFACE) {
      report.error(
          type,
          Message.REPOSITORY_NOT_AN_INTERFACE,
          type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' '),
          type.getSimpleName());
      return new Outcome(Optional.empty(), report, false);
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, Message.REPOSITORY_TYPE_PARAMETERS, "interface " + type.getSimpleName());
      return new Outcome(Optional.empty(), report, false);
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      report.error(type, Message.TABLE_PRIVATE_CLASS, "Repository", type.getSimpleName());
      return new Outcome(Optional.empty(), report, false);
    }
    List<ExecutableElement> methods =
        ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
            .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT))
            .filter(m -> m.getEnclosingElement().getKind() == ElementKind.INTERFACE)
            .toList();

    TypeMirror declared = declaredEntity(type);
    if (declared != null && declared.getKind() == TypeKind.ERROR) {
      return new Outcome(Optional.empty(), report, true);
    }
    TypeElement entityType;
    if (declared != null) {
      entityType = (TypeElement) ((DeclaredType) declared).asElement();
      if (!isEntity(entityType)) {
        report.error(
            type,
            Message.REPOSITORY_ENTITY_NOT_A_TABLE,
            entityType.getSimpleName(),
            entityType.getQualifiedName());
        return new Outcome(Optional.empty(), report, false);
      }
    } else {
      Set<TypeElement> returned = new LinkedHashSet<>();
      for (ExecutableElement method : methods) {
        if (method.getReturnType().getKind() == TypeKind.ERROR) {
          return new Outcome(Optional.empty(), report, true);
        }
        returnedEntity(method.getReturnType()).ifPresent(returned::add);
      }
      if (returned.size() != 1) {
        report.error(
            type,
            Message.REPOSITORY_ENTITY_UNKNOWN,
            type.getSimpleName(),
            returned.isEmpty()
                ? "no method returns a @Table entity"
                : "its methods return several entities ("
                    + returned.stream()
                        .map(t -> t.getSimpleName().toString())
                        .collect(Collectors.joining(", "))
                    + ")");
        return new Outcome(Optional.empty(), report, false);
      }
      entityType = returned.iterator().next();
    }

    EntityModelFactory.Result entityResult = entities.create(entityType);
    if (entityResult.deferred()) {
      return new Outcome(Optional.empty(), report, true);
    }
    if (entityResult.model().isEmpty()) {
      // The entity's errors are reported where it is processed; nothing can be checked here.
      return new Outcome(Optional.empty(), report, false);
    }
    EntityModel entity = entityResult.model().get();
    if (entity.hasComposedKeys()) {
      report.error(
          type,
          Message.REPOSITORY_COMPOSED_KEYS,
          type.getSimpleName(),
          entity.entityType().simpleName(),
          entity.keysClass().simpleName());
      return new Outcome(Optional.empty(), report, false);
    }

    List<QueryMethod> models = new ArrayList<>();
    for (ExecutableElement method : methods) {
      new MethodReader(method, entity, report).read().ifPresent(models::add);
    }
    if (!report.isClean()) {
      return new Outcome(Optional.empty(), report, false);
    }
    ClassName interfaceType = ClassName.get(type);
    ClassName implementation =
        ClassName.get(
            interfaceType.packageName(), String.join("_", interfaceType.simpleNames()) + "Impl");
    return new Outcome(
        Optional.of(new RepositoryModel(type, interfaceType, implementation, entity, models)),
        report,
        false);
  }

  /** The class given as {@code @Repository(Order.class)}, or null when left out. */
  private static TypeMirror declaredEntity(TypeElement type) {
    AnnotationValue value =
        AnnotationMirrors.value(
            AnnotationMirrors.find(type, Repository.class.getCanonicalName()), "value");
    if (value == null) {
      return null;
    }
    TypeMirror entity = (TypeMirror) value.getValue();
    return entity.getKind() == TypeKind.VOID ? null : entity;
  }

  /** {@code Order} for a method returning {@code Stream<Order>}, {@code Order}, …, if a @Table. */
  private static Optional<TypeElement> returnedEntity(TypeMirror returnType) {
    if (!(returnType instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    TypeMirror candidate =
        declared.getTypeArguments().size() == 1 ? declared.getTypeArguments().get(0) : declared;
    // CompletableFuture<Optional<Order>>, CompletableFuture<List<Order>>: one level deeper.
    if (ClassName.get((TypeElement) declared.asElement()).equals(FUTURE)
        && candidate instanceof DeclaredType inner
        && inner.getTypeArguments().size() == 1) {
      candidate = inner.getTypeArguments().get(0);
    }
    if (candidate instanceof DeclaredType entity && isEntity(entity.asElement())) {
      return Optional.of((TypeElement) entity.asElement());
    }
    return Optional.empty();
  }

  private static boolean isEntity(javax.lang.model.element.Element type) {
    return type.getAnnotation(Table.class) != null
        || type.getAnnotation(io.dynamap.annotations.Item.class) != null;
  }

  /**
   * What a method name may name: the entity's attributes, and the attributes of each {@code
   * @Flatten} document (of documents it flattens in turn), each under its path {@code
   * shipping.city}, the way the metamodel reaches it ({@code OrderAttributes.shipping.city}) and
   * a method name spells it ({@code findByCustomerIdAndShippingCity}). Plain attributes come
   * first, so that they are matched first.
   */
  static List<AttributeModel> properties(EntityModel entity) {
    List<AttributeModel> properties = new ArrayList<>(entity.attributes());
    for (AttributeModel attribute : entity.attributes()) {
      if (attribute.mapping() instanceof TypeMapping.Flattened flattened) {
        addFlattened(attribute.javaName(), "", flattened, properties);
      }
    }
    return properties;
  }

  private static void addFlattened(
      String path, String outerPrefix, TypeMapping.Flattened flattened, List<AttributeModel> out) {
    String prefix = outerPrefix + flattened.prefix();
    for (AttributeModel inner : flattened.attributes()) {
      String innerPath = path + "." + inner.javaName();
      if (inner.mapping() instanceof TypeMapping.Flattened nested) {
        addFlattened(innerPath, prefix, nested, out);
      } else {
        out.add(
            new AttributeModel(
                innerPath,
                prefix + inner.storedName(),
                inner.mapping(),
                inner.read(),
                inner.write(),
                KeyRole.NONE,
                inner.storeNull(),
                null));
      }
    }
  }

  /** A property for messages: {@code 'shippingCity'}, or {@code 'city' of flattened 'shipping'}. */
  private static String describeProperty(AttributeModel property) {
    String path = property.javaName();
    int dot = path.lastIndexOf('.');
    return dot < 0
        ? "attribute '" + path + "'"
        : "'" + path.substring(dot + 1) + "' of flattened '" + path.substring(0, dot) + "'";
  }

  /** A projection a method returns; {@code ref} is null when the projection is invalid. */
  private record Projected(RepositoryModel.ProjectionRef ref) {}

  /** A way to read: the table's key or an index's. */
  private record KeySource(IndexModel index, AttributeModel partitionKey, AttributeModel sortKey) {
    String describe() {
      return index == null ? "the table" : "index " + index.name();
    }
  }

  /**
   * Why a key source cannot serve a method: the error to report when no source can, and the
   * reason alone, for a method that chose this source with {@code @UsingIndex}.
   */
  private record Problem(String reason, Message message, Object... arguments) {
    static Problem of(Message message, Object... arguments) {
      String text = message.format(arguments);
      return new Problem(text.substring(text.indexOf("(): ") + 4), message, arguments);
    }
  }

  /** Reads one method. */
  private final class MethodReader {
    private final ExecutableElement method;
    private final EntityModel entity;
    private final ValidationReport report;
    private final String name;
    /** The declared return type, without annotations. */
    private final TypeName declared;
    /** How the method returns: blocking, a future or a publisher. */
    private final Mode mode;
    /**
     * What the result is, as a blocking method would return it: the future's type argument
     * ({@code void} for {@code Void}), or {@code Stream<Order>} for {@code Flow.Publisher<Order>}.
     */
    private final TypeName returned;
    /** The projection the method returns, or null if it returns the entity. */
    private RepositoryModel.ProjectionRef projection;

    MethodReader(ExecutableElement method, EntityModel entity, ValidationReport report) {
      this.method = method;
      this.entity = entity;
      this.report = report;
      this.name = method.getSimpleName().toString();
      this.declared = TypeName.get(method.getReturnType()).withoutAnnotations();
      if (declared instanceof ParameterizedTypeName parameterized
          && parameterized.typeArguments().size() == 1
          && (parameterized.rawType().equals(FUTURE)
              || parameterized.rawType().equals(PUBLISHER))) {
        TypeName argument = parameterized.typeArguments().get(0);
        if (parameterized.rawType().equals(FUTURE)) {
          mode = Mode.FUTURE;
          returned = argument.equals(ClassName.get(Void.class)) ? TypeName.VOID : argument;
        } else {
          mode = Mode.PUBLISHER;
          returned = ParameterizedTypeName.get(STREAM, argument);
        }
      } else {
        mode = Mode.BLOCKING;
        returned = declared;
      }
    }

    Optional<QueryMethod> read() {
      if (!method.getTypeParameters().isEmpty()) {
        return fail(Message.REPOSITORY_TYPE_PARAMETERS, "method " + name + "()");
      }
      if (mode != Mode.BLOCKING && !asyncAvailable) {
        return fail(
            Message.QUERY_ASYNC_UNAVAILABLE,
            name,
            TypeMappings.readableName(declared),
            mode == Mode.PUBLISHER
                ? "Stream<" + entity.entityType().simpleName() + ">"
                : TypeMappings.readableName(returned.box()));
      }
      // An entity compiled elsewhere (its repository is a class already) without dynamap-async
      // has no async repository for the implementation to call.
      if (mode != Mode.BLOCKING
          && elements.getTypeElement(entity.repositoryClass().canonicalName()) != null
          && elements.getTypeElement(entity.asyncRepositoryClass().canonicalName()) == null) {
        String simple = entity.entityType().simpleName();
        return fail(
            Message.QUERY_ASYNC_REPOSITORY_MISSING,
            name,
            TypeMappings.readableName(declared),
            entity.asyncRepositoryClass().simpleName(),
            simple,
            simple,
            mode == Mode.PUBLISHER
                ? "Stream<" + simple + ">"
                : TypeMappings.readableName(returned.box()));
      }
      MethodName parsed;
      List<AttributeModel> properties = properties(entity);
      try {
        parsed = MethodName.parse(name, properties);
      } catch (MethodName.Unreadable e) {
        Object[] details = e.arguments();
        return switch (e.message()) {
          case QUERY_UNKNOWN_PROPERTY ->
              fail(e.message(), name, details[0], entity.entityType().simpleName(), details[1]);
          default -> fail(e.message(), name);
        };
      }
      for (ParsedCriterion criterion : parsed.criteria()) {
        String property = MethodName.propertyName(criterion.attribute());
        List<String> meanings =
            properties.stream()
                .filter(p -> MethodName.propertyName(p).equals(property))
                .map(RepositoryModelFactory::describeProperty)
                .toList();
        if (meanings.size() > 1) {
          return fail(
              Message.QUERY_AMBIGUOUS_PROPERTY,
              name,
              property,
              String.join(" and ", meanings),
              entity.entityType().simpleName());
        }
      }

      String pageRequest = null;
      List<VariableElement> values = new ArrayList<>();
      for (VariableElement parameter : method.getParameters()) {
        if (TypeName.get(parameter.asType()).equals(PAGE_REQUEST)) {
          if (pageRequest != null) {
            return fail(Message.QUERY_PAGE_REQUEST, name, "a method takes one PageRequest");
          }
          pageRequest = parameter.getSimpleName().toString();
        } else {
          values.add(parameter);
        }
      }

      // Match parameters to criteria before choosing a key: a count mismatch is the clearer error.
      int wanted = parsed.criteria().stream().mapToInt(c -> c.operator().arity()).sum();
      if (wanted != values.size()) {
        return fail(
            Message.QUERY_PARAMETER_COUNT,
            name,
            wanted,
            describeValues(parsed.criteria()),
            values.size(),
            pageRequest == null ? "" : " besides its PageRequest");
      }
      List<Criterion> criteria = new ArrayList<>();
      int next = 0;
      for (ParsedCriterion parsedCriterion : parsed.criteria()) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parsedCriterion.operator().arity(); i++) {
          names.add(values.get(next++).getSimpleName().toString());
        }
        criteria.add(
            new Criterion(parsedCriterion.attribute(), parsedCriterion.operator(), names));
      }

      MultiAttributeQuery.Match multi =
          parsed.verb() == Verb.SCAN ? MultiAttributeQuery.Match.NONE : multiAttribute(parsed, criteria);
      Access access;
      List<Criterion> filters = new ArrayList<>();
      boolean unique = false;
      if (parsed.verb() == Verb.SCAN) {
        if (parsed.orderBy() != null) {
          return fail(
              Message.QUERY_ORDER_BY,
              name,
              MethodName.capitalize(parsed.orderBy().javaName()),
              "a scan reads the table in no particular order; to read in sort key order, query"
                  + " by a partition key (find…By…OrderBy…)");
        }
        access = new WholeTable();
        filters.addAll(criteria);
      } else if (multi != MultiAttributeQuery.Match.NONE) {
        if (multi.error() != null) {
          return fail(multi.error(), multi.arguments());
        }
        access = multi.access();
        filters.addAll(multi.filters());
        for (Criterion sort : multi.access().sortConditions()) {
          if (!checkOperator(sort, true)) {
            return Optional.empty();
          }
        }
      } else {
        Optional<KeySource> chosen = choose(parsed, criteria);
        if (chosen.isEmpty()) {
          return Optional.empty();
        }
        KeySource source = chosen.get();
        Criterion partition = null;
        Criterion sort = null;
        for (Criterion criterion : criteria) {
          if (criterion.attribute().equals(source.partitionKey())) {
            partition = criterion;
          } else if (criterion.attribute().equals(source.sortKey())) {
            sort = criterion;
          } else {
            filters.add(criterion);
          }
        }
        unique =
            source.index() == null
                && (source.sortKey() == null
                    || (sort != null && sort.operator() == Operator.EQUALS));
        if (unique && filters.isEmpty()) {
          access =
              new ByPrimaryKey(
                  partition.parameters().get(0),
                  sort == null ? null : sort.parameters().get(0));
        } else {
          access = new ByKeyCondition(source.index(), partition.parameters().get(0), sort);
        }
        if (sort != null && !checkOperator(sort, true)) {
          return Optional.empty();
        }
      }
      for (Criterion filter : filters) {
        if (!checkOperator(filter, false)) {
          return Optional.empty();
        }
      }
      next = 0;
      for (Criterion criterion : criteria) {
        for (int i = 0; i < criterion.operator().arity(); i++) {
          if (!checkParameterType(values.get(next++), criterion)) {
            return Optional.empty();
          }
        }
      }

      Optional<Projected> projected = projectionReturned();
      if (projected.isPresent()) {
        if (projected.get().ref() == null) {
          return Optional.empty(); // the projection's own errors are reported on it
        }
        projection = projected.get().ref();
        if (access instanceof ByKeyCondition key && key.index() != null) {
          List<String> missing =
              ProjectionModel.notProjected(entity, key.index(), projection.attributes());
          if (!missing.isEmpty()) {
            return fail(
                Message.QUERY_PROJECTION_INDEX,
                name,
                key.index().name(),
                String.join(", ", missing),
                projection.type().simpleName(),
                projection.type().simpleName());
          }
        }
      }
      Optional<Result> result = result(parsed, unique, pageRequest);
      if (result.isEmpty()) {
        return Optional.empty();
      }
      if (mode == Mode.PUBLISHER && access instanceof ByPrimaryKey) {
        String simple = (projection != null ? projection.type() : entity.entityType()).simpleName();
        return fail(Message.QUERY_PUBLISHER_SINGLE_ITEM, name, simple, simple);
      }
      // A primary key read without filters only where one request answers it.
      if (access instanceof ByPrimaryKey
          && !(result.get() == Result.OPTIONAL
              || result.get() == Result.ENTITY
              || result.get() == Result.EXISTS
              || result.get() == Result.DELETE)) {
        ByPrimaryKey key = (ByPrimaryKey) access;
        Criterion sort =
            criteria.stream()
                .filter(c -> entity.sortKey().map(c.attribute()::equals).orElse(false))
                .findFirst()
                .orElse(null);
        access = new ByKeyCondition(null, key.partitionParameter(), sort);
      }
      List<Parameter> parameters =
          method.getParameters().stream()
              .map(p -> new Parameter(p.getSimpleName().toString(), TypeName.get(p.asType())))
              .toList();
      return Optional.of(
          new QueryMethod(
              name,
              parameters,
              TypeName.get(method.getReturnType()),
              result.get(),
              access,
              filters,
              parsed.limit(),
              parsed.descending(),
              pageRequest,
              mode,
              projection));
    }

    /**
     * The {@code @Projection} of this entity the method returns (alone or as the type argument of
     * {@code Stream}, {@code List}, …, in a {@code CompletableFuture} or as the items of a {@code
     * Flow.Publisher} for an async method), if it does; with a null ref when the projection is
     * invalid, as its schema is then not generated.
     */
    private Optional<Projected> projectionReturned() {
      TypeMirror returned = method.getReturnType();
      if (mode != Mode.BLOCKING
          && returned instanceof DeclaredType async
          && async.getTypeArguments().size() == 1) {
        returned = async.getTypeArguments().get(0);
      }
      if (returned instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
        returned = declared.getTypeArguments().get(0);
      }
      if (!(returned instanceof DeclaredType declared)
          || !(declared.asElement() instanceof TypeElement record)
          || record.getAnnotation(io.dynamap.annotations.Projection.class) == null) {
        return Optional.empty();
      }
      AnnotationValue value =
          AnnotationMirrors.value(
              AnnotationMirrors.find(record, io.dynamap.annotations.Projection.class.getCanonicalName()),
              "value");
      if (value == null
          || !(value.getValue() instanceof DeclaredType of)
          || !ClassName.get((TypeElement) of.asElement()).equals(entity.entityType())) {
        return Optional.empty(); // another entity's projection: the return type is refused
      }
      List<AttributeModel> attributes = new ArrayList<>();
      for (var component : ProjectionModelFactory.componentsOf(record)) {
        String componentName = component.getSimpleName().toString();
        Optional<AttributeModel> attribute =
            entity.attributes().stream().filter(a -> a.javaName().equals(componentName)).findFirst();
        if (attribute.isEmpty()
            || !TypeName.get(component.asType())
                .withoutAnnotations()
                .equals(attribute.get().mapping().javaType().withoutAnnotations())) {
          return Optional.of(new Projected(null));
        }
        attributes.add(attribute.get());
      }
      if (attributes.isEmpty()) {
        return Optional.of(new Projected(null));
      }
      ClassName type = ClassName.get(record);
      return Optional.of(
          new Projected(
              new RepositoryModel.ProjectionRef(type, TypeMappings.schemaClassOf(type), attributes)));
    }

    /** A global index with a multi-attribute key that the method names, as {@link MultiAttributeQuery} matches it. */
    private MultiAttributeQuery.Match multiAttribute(MethodName parsed, List<Criterion> criteria) {
      UsingIndex using = method.getAnnotation(UsingIndex.class);
      return MultiAttributeQuery.match(
          entity, name, parsed.orderBy(), criteria, using == null ? null : using.value());
    }

    /** The table or index whose key the criteria name, or empty after reporting why none fits. */
    private Optional<KeySource> choose(MethodName parsed, List<Criterion> criteria) {
      List<KeySource> sources = new ArrayList<>();
      sources.add(new KeySource(null, entity.partitionKey(), entity.sortKey().orElse(null)));
      for (IndexModel index : entity.indexes()) {
        if (index.multiAttribute()) {
          continue; // chosen by MultiAttributeQuery, only where the method gives its whole partition key
        }
        sources.add(
            new KeySource(
                index,
                index.partitionKey() == null
                    ? entity.partitionKey()
                    : entity.attribute(index.partitionKey()),
                index.sortKey() == null ? null : entity.attribute(index.sortKey())));
      }
      UsingIndex using = method.getAnnotation(UsingIndex.class);
      if (using != null) {
        Optional<KeySource> named =
            sources.stream()
                .filter(s -> s.index() != null && s.index().name().equals(using.value()))
                .findFirst();
        if (named.isEmpty()) {
          fail(
              Message.QUERY_UNKNOWN_INDEX,
              using.value(),
              entity.entityType().simpleName(),
              entity.indexes().isEmpty()
                  ? "none"
                  : entity.indexes().stream()
                      .map(IndexModel::name)
                      .collect(Collectors.joining(", ")));
          return Optional.empty();
        }
        Optional<Problem> problem = problemWith(named.get(), sources, parsed, criteria);
        if (problem.isPresent()) {
          fail(Message.QUERY_INDEX_NOT_USABLE, name, using.value(), problem.get().reason());
          return Optional.empty();
        }
        return named;
      }

      List<KeySource> usable = new ArrayList<>();
      Problem firstProblem = null;
      for (KeySource source : sources) {
        Optional<Problem> problem = problemWith(source, sources, parsed, criteria);
        if (problem.isEmpty()) {
          usable.add(source);
        } else if (firstProblem == null && hasPartitionEquality(source, criteria)) {
          firstProblem = problem.get();
        }
      }
      if (usable.isEmpty()) {
        if (firstProblem != null) {
          fail(firstProblem.message(), firstProblem.arguments());
        } else {
          fail(
              Message.QUERY_NO_PARTITION_KEY,
              name,
              partitionKeysOf(sources),
              name.substring(verbLength(name)));
        }
        return Optional.empty();
      }
      int best = usable.stream().mapToInt(s -> score(s, criteria)).max().orElseThrow();
      List<KeySource> top = usable.stream().filter(s -> score(s, criteria) == best).toList();
      Optional<KeySource> table = top.stream().filter(s -> s.index() == null).findFirst();
      if (table.isPresent()) {
        return table;
      }
      if (top.size() > 1) {
        fail(
            Message.QUERY_AMBIGUOUS_INDEX,
            name,
            top.stream().map(s -> s.index().name()).collect(Collectors.joining(" and ")),
            top.get(0).index().name());
        return Optional.empty();
      }
      return Optional.of(top.get(0));
    }

    /** {@code 'warehouse' (the table) or 'region' (indexes byRegionDate, byRegionWeight)}. */
    private String partitionKeysOf(List<KeySource> sources) {
      Map<String, List<String>> byKey = new LinkedHashMap<>();
      for (KeySource source : sources) {
        if (source.index() == null || source.index().global()) {
          byKey
              .computeIfAbsent(source.partitionKey().javaName(), k -> new ArrayList<>())
              .add(source.index() == null ? null : source.index().name());
        }
      }
      List<String> alternatives = new ArrayList<>();
      byKey.forEach(
          (key, indexes) -> {
            List<String> named = indexes.stream().filter(Objects::nonNull).toList();
            List<String> where = new ArrayList<>();
            if (named.size() < indexes.size()) {
              where.add("the table");
            }
            if (!named.isEmpty()) {
              where.add((named.size() == 1 ? "index " : "indexes ") + String.join(", ", named));
            }
            alternatives.add("'" + key + "' (" + String.join("; ", where) + ")");
          });
      return String.join(" or ", alternatives);
    }

    private int verbLength(String method) {
      int i = 0;
      while (i < method.length() && !Character.isUpperCase(method.charAt(i))) {
        i++;
      }
      return i;
    }

    private boolean hasPartitionEquality(KeySource source, List<Criterion> criteria) {
      return criteria.stream()
          .anyMatch(
              c -> c.attribute().equals(source.partitionKey()) && c.operator() == Operator.EQUALS);
    }

    /** 1 for the partition key, 2 with a sort key condition: how much of the key is used. */
    private int score(KeySource source, List<Criterion> criteria) {
      boolean sorted =
          source.sortKey() != null
              && criteria.stream().anyMatch(c -> c.attribute().equals(source.sortKey()));
      return sorted ? 2 : 1;
    }

    /** Why this key source cannot serve the method, if it cannot. */
    private Optional<Problem> problemWith(
        KeySource source, List<KeySource> sources, MethodName parsed, List<Criterion> criteria) {
      List<Criterion> onPartition =
          criteria.stream().filter(c -> c.attribute().equals(source.partitionKey())).toList();
      List<Criterion> onSort =
          source.sortKey() == null
              ? List.of()
              : criteria.stream().filter(c -> c.attribute().equals(source.sortKey())).toList();
      if (onPartition.isEmpty()) {
        return Optional.of(
            new Problem(
                "it names no equality on the partition key '"
                    + source.partitionKey().javaName()
                    + "' of "
                    + source.describe(),
                Message.QUERY_NO_PARTITION_KEY));
      }
      for (Criterion criterion : onPartition) {
        if (criterion.operator() != Operator.EQUALS || onPartition.size() > 1) {
          return Optional.of(
              Problem.of(
                  Message.QUERY_KEY_OPERATOR,
                  name,
                  source.partitionKey().javaName(),
                  "partition key",
                  source.describe(),
                  "which a query selects with exactly one equality; "
                      + (criterion.operator() == Operator.EQUALS
                          ? "remove the second condition on it"
                          : criterion.operator().displayName() + " cannot select on it")));
        }
      }
      if (onSort.size() > 1) {
        return Optional.of(
            Problem.of(
                Message.QUERY_KEY_OPERATOR,
                name,
                source.sortKey().javaName(),
                "sort key",
                source.describe(),
                "which a query selects with one condition; use Between for a range"));
      }
      if (onSort.size() == 1 && !onSort.get(0).operator().selectsOnSortKey()) {
        return Optional.of(
            Problem.of(
                Message.QUERY_KEY_OPERATOR,
                name,
                source.sortKey().javaName(),
                "sort key",
                source.describe(),
                "which a query selects with Equals, LessThan, LessThanEqual, GreaterThan,"
                    + " GreaterThanEqual, Between or StartingWith; "
                    + onSort.get(0).operator().displayName()
                    + " cannot select on it, and DynamoDB refuses filters on a query's keys"));
      }
      if (parsed.orderBy() != null && !parsed.orderBy().equals(source.sortKey())) {
        return Optional.of(
            Problem.of(
                Message.QUERY_ORDER_BY,
                name,
                MethodName.capitalize(parsed.orderBy().javaName()),
                "'"
                    + parsed.orderBy().javaName()
                    + "' is not the sort key of the table or of an index this query can use ("
                    + sortKeysOf(sources, criteria)
                    + "); a query is ordered by its sort key only"));
      }
      return Optional.empty();
    }

    private String sortKeysOf(List<KeySource> sources, List<Criterion> criteria) {
      List<String> keys = new ArrayList<>();
      for (KeySource source : sources) {
        if (hasPartitionEquality(source, criteria)) {
          String owner = source.index() == null ? "the table" : "index " + source.index().name();
          keys.add(
              source.sortKey() == null
                  ? owner + " has none"
                  : owner + "'s is '" + source.sortKey().javaName() + "'");
        }
      }
      return String.join(", ", keys);
    }

    /** Whether the operator suits the attribute's stored type; reports if not. */
    private boolean checkOperator(Criterion criterion, boolean sortKey) {
      TypeMapping mapping = unwrap(criterion.attribute().mapping());
      ScalarKind.StoredType stored =
          mapping instanceof TypeMapping.Scalar scalar ? scalar.kind().storedType() : null;
      String need =
          switch (criterion.operator()) {
            case EQUALS, NOT_EQUALS ->
                mapping instanceof TypeMapping.Scalar || mapping instanceof TypeMapping.Converted
                    ? null
                    : "it compares single values: strings, numbers, binaries, booleans";
            case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, BETWEEN, IN ->
                stored != null && stored != ScalarKind.StoredType.BOOL
                    ? null
                    : "it needs a property stored as a string, number or binary";
            case STARTING_WITH ->
                stored == ScalarKind.StoredType.S || stored == ScalarKind.StoredType.B
                    ? null
                    : "it needs a property stored as a string or binary"
                        + (sortKey ? " (DynamoDB's begins_with)" : "");
            case CONTAINING, NOT_CONTAINING ->
                stored == ScalarKind.StoredType.S
                        || stored == ScalarKind.StoredType.B
                        || mapping instanceof TypeMapping.SetOf
                        || mapping instanceof TypeMapping.ListOf
                    ? null
                    : "it needs a string, binary, set or list property";
            case TRUE, FALSE ->
                stored == ScalarKind.StoredType.BOOL ? null : "it needs a boolean property";
            case EXISTS, NOT_EXISTS ->
                mapping instanceof TypeMapping.Flattened
                    ? "a flattened document is no attribute of its own; filter on its attributes"
                        + " with a condition instead"
                    : null;
          };
      if (need == null) {
        return true;
      }
      fail(
          Message.QUERY_OPERATOR_TYPE,
          name,
          criterion.operator().displayName(),
          criterion.attribute().javaName(),
          describe(criterion.attribute()),
          need);
      return false;
    }

    /** Whether the parameter has the type the criterion's operand needs; reports if not. */
    private boolean checkParameterType(VariableElement parameter, Criterion criterion) {
      TypeName expected = operandType(criterion);
      TypeName actual = TypeName.get(parameter.asType()).withoutAnnotations();
      boolean fits;
      if (criterion.operator() == Operator.IN) {
        fits =
            actual instanceof ParameterizedTypeName parameterized
                && COLLECTIONS.contains(parameterized.rawType())
                && parameterized.typeArguments().size() == 1
                && (box(parameterized.typeArguments().get(0)).equals(box(expected))
                    || parameterized
                        .typeArguments()
                        .get(0)
                        .equals(WildcardTypeName.subtypeOf(box(expected))));
        expected =
            ParameterizedTypeName.get(ClassName.get("java.util", "Collection"), box(expected));
      } else {
        fits = box(actual).equals(box(expected));
      }
      if (fits) {
        return true;
      }
      fail(
          Message.QUERY_PARAMETER_TYPE,
          name,
          parameter.getSimpleName(),
          TypeMappings.readableName(actual),
          criterion.operator().displayName() + " on '" + criterion.attribute().javaName() + "'",
          TypeMappings.readableName(expected),
          TypeMappings.readableName(expected));
      return false;
    }

    /** The Java type of an operator's operand on the criterion's attribute. */
    private TypeName operandType(Criterion criterion) {
      TypeMapping mapping = unwrap(criterion.attribute().mapping());
      ScalarKind.StoredType stored =
          mapping instanceof TypeMapping.Scalar scalar ? scalar.kind().storedType() : null;
      return switch (criterion.operator()) {
        case STARTING_WITH ->
            stored == ScalarKind.StoredType.B
                ? ArrayTypeName.of(TypeName.BYTE)
                : ClassName.get(String.class);
        case CONTAINING, NOT_CONTAINING -> {
          if (mapping instanceof TypeMapping.SetOf set) {
            yield set.member().javaType().box();
          } else if (mapping instanceof TypeMapping.ListOf list) {
            yield list.element().javaType().box();
          }
          yield stored == ScalarKind.StoredType.B
              ? ArrayTypeName.of(TypeName.BYTE)
              : ClassName.get(String.class);
        }
        default -> mapping.javaType();
      };
    }

    private Optional<Result> result(MethodName parsed, boolean unique, String pageRequest) {
      // A method returning a projection is read as one returning the entity, in its place.
      ClassName entityType = projection != null ? projection.type() : entity.entityType();
      String simple = entityType.simpleName();
      Result result =
          switch (parsed.verb()) {
            case FIND, SCAN -> {
              if (returned.equals(entityType)) {
                yield Result.ENTITY;
              }
              if (returned instanceof ParameterizedTypeName parameterized
                  && parameterized.typeArguments().size() == 1
                  && parameterized.typeArguments().get(0).equals(entityType)) {
                ClassName raw = parameterized.rawType();
                if (raw.equals(STREAM)) {
                  yield Result.STREAM;
                } else if (raw.equals(LIST)) {
                  yield Result.LIST;
                } else if (raw.equals(OPTIONAL)) {
                  yield Result.OPTIONAL;
                } else if (raw.equals(PAGE)) {
                  yield Result.PAGE;
                }
              }
              yield null;
            }
            case COUNT -> box(returned).equals(TypeName.LONG.box()) ? Result.COUNT : null;
            case EXISTS -> box(returned).equals(TypeName.BOOLEAN.box()) ? Result.EXISTS : null;
            case DELETE -> {
              if (returned.equals(TypeName.VOID)) {
                yield Result.DELETE;
              }
              yield box(returned).equals(TypeName.LONG.box()) ? Result.DELETE_COUNT : null;
            }
          };
      if (mode == Mode.FUTURE && result == Result.STREAM) {
        // A Stream is read by blocking; its async form is the publisher.
        result = null;
      }
      if (result == null && mode != Mode.BLOCKING) {
        return fail(
            Message.QUERY_RETURN_TYPE,
            name,
            TypeMappings.readableName(declared),
            switch (parsed.verb()) {
              case FIND, SCAN ->
                  String.format(
                      "an async %s method returns Flow.Publisher<%s>, CompletableFuture<List<%s>>,"
                          + " CompletableFuture<Page<%s>> (with a PageRequest parameter), or"
                          + " CompletableFuture<Optional<%s>> or CompletableFuture<%s> where at most"
                          + " one item matches",
                      parsed.verb() == Verb.SCAN ? "scan" : "find",
                      simple,
                      simple,
                      simple,
                      simple,
                      simple);
              case COUNT -> "an async count method returns CompletableFuture<Long>";
              case EXISTS -> "an async exists method returns CompletableFuture<Boolean>";
              case DELETE ->
                  "an async delete method returns CompletableFuture<Void>, or"
                      + " CompletableFuture<Long> for the number deleted";
            });
      }
      if (result == null) {
        String forms =
            switch (parsed.verb()) {
              case FIND, SCAN ->
                  String.format(
                      "a %s method returns Stream<%s>, List<%s>, Page<%s> (with a PageRequest"
                          + " parameter), or Optional<%s> or %s where at most one item matches",
                      parsed.verb() == Verb.SCAN ? "scan" : "find",
                      simple,
                      simple,
                      simple,
                      simple,
                      simple);
              case COUNT -> "a count method returns long";
              case EXISTS -> "an exists method returns boolean";
              case DELETE -> "a delete method returns void, or long for the number deleted";
            };
        return fail(Message.QUERY_RETURN_TYPE, name, TypeMappings.readableName(declared), forms);
      }
      if ((result == Result.OPTIONAL || result == Result.ENTITY) && !unique && parsed.limit() != 1) {
        String key =
            entity.keyAttributes().stream()
                .map(AttributeModel::javaName)
                .collect(Collectors.joining(" and "));
        String many =
            mode == Mode.BLOCKING
                ? String.format("Stream<%s>, List<%s> or Page<%s>", simple, simple, simple)
                : String.format(
                    "Flow.Publisher<%s>, CompletableFuture<List<%s>> or"
                        + " CompletableFuture<Page<%s>>",
                    simple,
                    simple,
                    simple);
        return fail(
            Message.QUERY_NOT_UNIQUE, name, TypeMappings.readableName(declared), key, many);
      }
      if (result == Result.PAGE && pageRequest == null) {
        return fail(
            Message.QUERY_PAGE_REQUEST,
            name,
            "a Page<" + simple + "> is read for a PageRequest: add a PageRequest parameter");
      }
      if (result == Result.PAGE && parsed.limit() >= 0) {
        return fail(
            Message.QUERY_PAGE_REQUEST,
            name,
            "the PageRequest sets the page size; remove Top/First from the name");
      }
      if (result != Result.PAGE && pageRequest != null) {
        return fail(
            Message.QUERY_PAGE_REQUEST,
            name,
            "a PageRequest parameter needs the return type Page<" + simple + ">");
      }
      return Optional.of(result);
    }

    private String describeValues(List<ParsedCriterion> criteria) {
      List<String> values = new ArrayList<>();
      for (ParsedCriterion criterion : criteria) {
        String property = criterion.attribute().javaName();
        switch (criterion.operator().arity()) {
          case 1 -> values.add(property);
          case 2 -> {
            values.add(property + " from");
            values.add(property + " to");
          }
          default -> {}
        }
      }
      return values.isEmpty() ? "none" : String.join(", ", values);
    }

    private String describe(AttributeModel attribute) {
      TypeMapping mapping = unwrap(attribute.mapping());
      String stored;
      if (mapping instanceof TypeMapping.Scalar scalar) {
        stored =
            switch (scalar.kind().storedType()) {
              case S -> "stored as a string";
              case N -> "stored as a number";
              case B -> "stored as a binary";
              case BOOL -> "stored as a boolean";
            };
      } else if (mapping instanceof TypeMapping.SetOf) {
        stored = "stored as a set";
      } else if (mapping instanceof TypeMapping.ListOf) {
        stored = "stored as a list";
      } else if (mapping instanceof TypeMapping.Converted) {
        stored = "stored by a converter";
      } else if (mapping instanceof TypeMapping.Flattened) {
        stored = "flattened into top-level attributes";
      } else {
        stored = "stored as a map";
      }
      return "a " + TypeMappings.readableName(attribute.mapping().javaType()) + " " + stored;
    }

    private <T> Optional<T> fail(Message message, Object... arguments) {
      report.error(method, message, arguments);
      return Optional.empty();
    }
  }

  private static TypeMapping unwrap(TypeMapping mapping) {
    return mapping instanceof TypeMapping.OptionalOf optional ? unwrap(optional.value()) : mapping;
  }

  private static TypeName box(TypeName type) {
    return type.isPrimitive() ? type.box() : type;
  }

}
