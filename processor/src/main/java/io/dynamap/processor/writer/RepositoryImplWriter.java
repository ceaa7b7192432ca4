package io.dynamap.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.dynamap.processor.model.EntityModel;
import io.dynamap.processor.model.RepositoryModel;
import io.dynamap.processor.model.RepositoryModel.ByKeyCondition;
import io.dynamap.processor.model.RepositoryModel.ByPrimaryKey;
import io.dynamap.processor.model.RepositoryModel.Criterion;
import io.dynamap.processor.model.RepositoryModel.Mode;
import io.dynamap.processor.model.RepositoryModel.Parameter;
import io.dynamap.processor.model.RepositoryModel.QueryMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code OrderStoreImpl}, the implementation of a {@code @Repository} interface: each
 * method is one call chain on the generated {@code OrderRepository}, its {@code OrderKeys} and
 * {@code OrderAttributes}, so it reads like what a user would have written by hand. Methods
 * returning {@code CompletableFuture} or {@code Flow.Publisher} are chains on {@code
 * OrderAsyncRepository}; the implementation then holds that too, and its constructors take the
 * async client (after the blocking one, if the interface has blocking methods as well).
 */
public final class RepositoryImplWriter {
  private static final ClassName DYNAMO_DB_CLIENT =
      ClassName.get("software.amazon.awssdk.services.dynamodb", "DynamoDbClient");
  private static final ClassName ASYNC_RESULTS = ClassName.get("io.dynamap.async", "AsyncResults");

  private final GeneratedFiles files;

  public RepositoryImplWriter(GeneratedFiles files) {
    this.files = files;
  }

  public void write(RepositoryModel repository) {
    EntityModel entity = repository.entity();
    boolean blocking = repository.hasBlockingMethods();
    boolean async = repository.hasAsyncMethods();
    ClassName repositoryClass = entity.repositoryClass();
    ClassName asyncClass = entity.asyncRepositoryClass();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(repository.implementationType())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(repository.interfaceType())
            .addJavadoc(
                "Implements {@link $T} on $L: each method is a query, scan, read or delete"
                    + " checked against {@link $T}'s keys and indexes when it was compiled.\n\n"
                    + "<p>Thread-safe; create one per table and share it.\n",
                repository.interfaceType(),
                blocking && async
                    ? CodeBlock.of(
                        "{@link $T} and, for the methods returning futures and publishers, {@link"
                            + " $T}",
                        repositoryClass,
                        asyncClass)
                    : CodeBlock.of("{@link $T}", async ? asyncClass : repositoryClass),
                entity.entityType());
    if (blocking) {
      spec.addField(repositoryClass, "repository", Modifier.PRIVATE, Modifier.FINAL);
    }
    if (async) {
      spec.addField(asyncClass, "asyncRepository", Modifier.PRIVATE, Modifier.FINAL);
    }
    spec.addMethods(constructors(entity, blocking, async));
    for (QueryMethod method : repository.methods()) {
      spec.addMethod(
          method.mode() == Mode.BLOCKING ? implement(entity, method) : implementAsync(entity, method));
    }
    files.write(
        repository.originatingElement(), repository.implementationType().packageName(), spec);
  }

  /**
   * The constructors: from clients (with the declared table or another name), or from
   * repositories. An interface with blocking methods only takes a {@code DynamoDbClient}, one with
   * async methods only a {@code DynamoDbAsyncClient}, and one with both takes both, in that order.
   */
  private static List<MethodSpec> constructors(EntityModel entity, boolean blocking, boolean async) {
    ClassName repositoryClass = entity.repositoryClass();
    ClassName asyncClass = entity.asyncRepositoryClass();
    MethodSpec.Builder declared =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Reads the table {@code $L} declared by {@code @Table}.\n\n", entity.tableName());
    MethodSpec.Builder named =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Reads a table of another name, for example one per environment.\n\n");
    MethodSpec.Builder shared =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                blocking && async
                    ? "Reads through existing repositories, sharing their clients and table.\n\n"
                    : "Reads through an existing repository, sharing its client and table.\n\n");
    List<CodeBlock> fromClients = new ArrayList<>();
    List<CodeBlock> fromNamed = new ArrayList<>();
    if (blocking) {
      for (MethodSpec.Builder constructor : List.of(declared, named)) {
        constructor
            .addParameter(DYNAMO_DB_CLIENT, "client")
            .addJavadoc("@param client the client to call, usually from {@code DynamapClients}\n");
      }
      shared
          .addParameter(repositoryClass, "repository")
          .addJavadoc("@param repository the generated repository of {@link $T}\n", entity.entityType())
          .addStatement(
              "this.repository = $T.<$T>requireNonNull(repository, $S)",
              Objects.class,
              repositoryClass,
              "repository");
      fromClients.add(CodeBlock.of("new $T(client)", repositoryClass));
      fromNamed.add(CodeBlock.of("new $T(client, tableName)", repositoryClass));
    }
    if (async) {
      for (MethodSpec.Builder constructor : List.of(declared, named)) {
        constructor
            .addParameter(AsyncRepositoryWriter.DYNAMO_DB_ASYNC_CLIENT, "asyncClient")
            .addJavadoc(
                "@param asyncClient the async client to call, usually from {@code"
                    + " DynamapAsyncClients}\n");
      }
      shared
          .addParameter(asyncClass, "asyncRepository")
          .addJavadoc(
              "@param asyncRepository the generated async repository of {@link $T}\n",
              entity.entityType())
          .addStatement(
              "this.asyncRepository = $T.<$T>requireNonNull(asyncRepository, $S)",
              Objects.class,
              asyncClass,
              "asyncRepository");
      fromClients.add(CodeBlock.of("new $T(asyncClient)", asyncClass));
      fromNamed.add(CodeBlock.of("new $T(asyncClient, tableName)", asyncClass));
    }
    named
        .addParameter(String.class, "tableName")
        .addJavadoc("@param tableName the physical table name\n");
    declared.addStatement("this($L)", CodeBlock.join(fromClients, ", "));
    named.addStatement("this($L)", CodeBlock.join(fromNamed, ", "));
    return List.of(declared.build(), named.build(), shared.build());
  }

  /** A method returning a future or a publisher, on the async repository. */
  private MethodSpec implementAsync(EntityModel entity, QueryMethod method) {
    MethodSpec.Builder builder =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returnType());
    for (Parameter parameter : method.parameters()) {
      builder.addParameter(parameter.type(), parameter.name());
    }
    if (method.access() instanceof ByPrimaryKey key) {
      CodeBlock arguments =
          key.sortParameter() == null
              ? CodeBlock.of("$N", key.partitionParameter())
              : CodeBlock.of("$N, $N", key.partitionParameter(), key.sortParameter());
      CodeBlock get = CodeBlock.of("this.asyncRepository.get($L)", arguments);
      if (method.projection() != null) {
        // get(key, projection): one GetItem with the projection's ProjectionExpression.
        get =
            CodeBlock.of(
                "this.asyncRepository.get($T.INSTANCE.key($L), $T.INSTANCE)",
                entity.schemaClass(),
                arguments,
                method.projection().schemaClass());
      }
      switch (method.result()) {
        case OPTIONAL -> builder.addStatement("return $L", get);
        case ENTITY ->
            builder.addStatement("return $T.map($L, found -> found.orElse(null))", ASYNC_RESULTS, get);
        case EXISTS ->
            builder.addStatement("return $T.map($L, $T::isPresent)", ASYNC_RESULTS, get, Optional.class);
        case DELETE -> builder.addStatement("return this.asyncRepository.delete($L)", arguments);
        default -> throw new IllegalStateException(method.result() + " by primary key");
      }
      return builder.build();
    }
    CodeBlock read = read(entity, method, "asyncRepository");
    switch (method.result()) {
      case STREAM -> builder.addStatement("return $L.items()", read);
      case LIST -> builder.addStatement("return $L.toList()", read);
      case OPTIONAL -> builder.addStatement("return $L.first()", read);
      case ENTITY ->
          builder.addStatement(
              "return $T.map($L.first(), found -> found.orElse(null))", ASYNC_RESULTS, read);
      case PAGE -> builder.addStatement("return $L.page($N)", read, method.pageRequest());
      case COUNT -> builder.addStatement("return $L.count()", read);
      case EXISTS ->
          builder.addStatement(
              "return $T.map($L.first(), $T::isPresent)", ASYNC_RESULTS, read, Optional.class);
      case DELETE ->
          builder.addStatement(
              "return $T.map(this.asyncRepository.deleteAll($L), deleted -> null)",
              ASYNC_RESULTS,
              read);
      case DELETE_COUNT -> builder.addStatement("return this.asyncRepository.deleteAll($L)", read);
    }
    return builder.build();
  }

  private MethodSpec implement(EntityModel entity, QueryMethod method) {
    MethodSpec.Builder builder =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returnType());
    for (Parameter parameter : method.parameters()) {
      builder.addParameter(parameter.type(), parameter.name());
    }
    if (method.access() instanceof ByPrimaryKey key) {
      CodeBlock arguments =
          key.sortParameter() == null
              ? CodeBlock.of("$N", key.partitionParameter())
              : CodeBlock.of("$N, $N", key.partitionParameter(), key.sortParameter());
      if (method.projection() != null) {
        // get(key, projection): one GetItem with the projection's ProjectionExpression.
        arguments =
            CodeBlock.of(
                "$T.INSTANCE.key($L), $T.INSTANCE",
                entity.schemaClass(),
                arguments,
                method.projection().schemaClass());
      }
      switch (method.result()) {
        case OPTIONAL -> builder.addStatement("return this.repository.get($L)", arguments);
        case ENTITY -> builder.addStatement("return this.repository.get($L).orElse(null)", arguments);
        case EXISTS -> builder.addStatement("return this.repository.get($L).isPresent()", arguments);
        case DELETE -> builder.addStatement("this.repository.delete($L)", arguments);
        default -> throw new IllegalStateException(method.result() + " by primary key");
      }
      return builder.build();
    }
    CodeBlock read = read(entity, method, "repository");
    switch (method.result()) {
      case STREAM -> builder.addStatement("return $L.stream()", read);
      case LIST -> builder.addStatement("return $L.stream().toList()", read);
      case OPTIONAL -> builder.addStatement("return $L.stream().findFirst()", read);
      case ENTITY -> builder.addStatement("return $L.stream().findFirst().orElse(null)", read);
      case PAGE -> builder.addStatement("return $L.page($N)", read, method.pageRequest());
      case COUNT -> builder.addStatement("return $L.count()", read);
      case EXISTS -> builder.addStatement("return $L.limit(1).stream().findFirst().isPresent()", read);
      case DELETE -> builder.addStatement("this.repository.deleteAll($L)", read);
      case DELETE_COUNT -> builder.addStatement("return this.repository.deleteAll($L)", read);
    }
    return builder.build();
  }

  /** {@code this.repository.query(OrderKeys.partition(id)…).filter(…).descending().limit(10)}. */
  private static CodeBlock read(EntityModel entity, QueryMethod method, String repository) {
    CodeBlock.Builder read = CodeBlock.builder();
    if (method.access() instanceof ByKeyCondition key) {
      read.add("this.$N.query($L)", repository, keyCondition(entity, key));
    } else {
      read.add("this.$N.scan()", repository);
    }
    for (Criterion filter : method.filters()) {
      read.add(".filter($L)", condition(entity, filter));
    }
    if (method.descending()) {
      read.add(".descending()");
    }
    if (method.limit() >= 0) {
      read.add(".limit($L)", method.limit() + "L");
    }
    if (method.projection() != null) {
      read.add(".project($T.INSTANCE)", method.projection().schemaClass());
    }
    return read.build();
  }

  /**
   * {@code OrderKeys.partition(id).placedAt().gt(after)}: the key builder called with the
   * partition parameters, then each sort condition, left to right for a multi-attribute key.
   */
  static CodeBlock keyCondition(EntityModel entity, ByKeyCondition key) {
    String start =
        key.index() == null ? "partition" : KeysWriter.indexMethodName(key.index().name());
    CodeBlock.Builder condition =
        CodeBlock.builder()
            .add("$T.$L($L)", entity.keysClass(), start,
                CodeBlock.join(key.partitionParameters().stream().map(p -> CodeBlock.of("$N", p)).toList(), ", "));
    for (Criterion sort : key.sortConditions()) {
      condition.add(
          ".$L().$L($L)",
          KeysWriter.sortMethodName(sort.attribute()),
          sortOperator(sort),
          arguments(sort.parameters()));
    }
    return condition.build();
  }

  private static String sortOperator(Criterion criterion) {
    return switch (criterion.operator()) {
      case EQUALS -> "eq";
      case LESS_THAN -> "lt";
      case LESS_THAN_EQUAL -> "le";
      case GREATER_THAN -> "gt";
      case GREATER_THAN_EQUAL -> "ge";
      case BETWEEN -> "between";
      case STARTING_WITH -> "beginsWith";
      default -> throw new IllegalStateException(criterion.operator() + " on a sort key");
    };
  }

  /** {@code OrderAttributes.total.gt(min)}. */
  private static CodeBlock condition(EntityModel entity, Criterion filter) {
    CodeBlock attribute =
        CodeBlock.of("$T.$N", entity.attributesClass(), filter.attribute().javaName());
    CodeBlock operands = arguments(filter.parameters());
    return switch (filter.operator()) {
      case EQUALS -> CodeBlock.of("$L.eq($L)", attribute, operands);
      case NOT_EQUALS -> CodeBlock.of("$L.ne($L)", attribute, operands);
      case LESS_THAN -> CodeBlock.of("$L.lt($L)", attribute, operands);
      case LESS_THAN_EQUAL -> CodeBlock.of("$L.le($L)", attribute, operands);
      case GREATER_THAN -> CodeBlock.of("$L.gt($L)", attribute, operands);
      case GREATER_THAN_EQUAL -> CodeBlock.of("$L.ge($L)", attribute, operands);
      case BETWEEN -> CodeBlock.of("$L.between($L)", attribute, operands);
      case STARTING_WITH -> CodeBlock.of("$L.beginsWith($L)", attribute, operands);
      case CONTAINING -> CodeBlock.of("$L.contains($L)", attribute, operands);
      case NOT_CONTAINING -> CodeBlock.of("$L.contains($L).not()", attribute, operands);
      case IN -> CodeBlock.of("$L.in($L)", attribute, operands);
      case EXISTS -> CodeBlock.of("$L.exists()", attribute);
      case NOT_EXISTS -> CodeBlock.of("$L.notExists()", attribute);
      case TRUE -> CodeBlock.of("$L.eq(true)", attribute);
      case FALSE -> CodeBlock.of("$L.eq(false)", attribute);
    };
  }

  private static CodeBlock arguments(List<String> names) {
    return CodeBlock.join(names.stream().map(n -> CodeBlock.of("$N", n)).toList(), ", ");
  }
}
