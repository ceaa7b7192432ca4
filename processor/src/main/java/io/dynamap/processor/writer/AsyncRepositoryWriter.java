package io.dynamap.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.dynamap.processor.model.AttributeModel;
import io.dynamap.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes {@code OrderAsyncRepository}: dynamap-async's {@code AsyncTableRepository} with the
 * typed key methods of {@code OrderRepository} ({@code get}, {@code getConsistent}, {@code
 * delete}, {@code deleteReturningOld}, {@code update}) returning futures. Everything else (puts,
 * queries, scans, tables) is inherited, so that each entity costs a few methods to compile.
 *
 * <p>Written only when {@code io.dynamap.async.AsyncTableRepository} is on the compile class
 * path: projects without dynamap-async get nothing more to compile.
 */
public final class AsyncRepositoryWriter {
  /** The class whose presence on the class path turns async repositories on. */
  public static final String ASYNC_TABLE_REPOSITORY = "io.dynamap.async.AsyncTableRepository";

  static final ClassName DYNAMO_DB_ASYNC_CLIENT =
      ClassName.get("software.amazon.awssdk.services.dynamodb", "DynamoDbAsyncClient");
  static final ClassName BASE = ClassName.bestGuess(ASYNC_TABLE_REPOSITORY);
  private static final ClassName ASYNC_UPDATE = ClassName.get("io.dynamap.async", "AsyncUpdate");
  private static final ClassName FUTURE = ClassName.get(CompletableFuture.class);

  private final GeneratedFiles files;
  private final boolean enabled;

  /**
   * A writer that writes async repositories if dynamap-async is on the class path.
   *
   * @param files where to write
   * @param elements the compilation's elements, asked whether {@value #ASYNC_TABLE_REPOSITORY}
   *     is there
   */
  public AsyncRepositoryWriter(GeneratedFiles files, Elements elements) {
    this.files = files;
    this.enabled = asyncOnClassPath(elements);
  }

  /** Whether dynamap-async is on the compile class path. */
  public static boolean asyncOnClassPath(Elements elements) {
    return elements.getTypeElement(ASYNC_TABLE_REPOSITORY) != null;
  }

  public void write(EntityModel entity) {
    if (!enabled) {
      return;
    }
    ClassName repository = entity.asyncRepositoryClass();
    ClassName type = entity.entityType();
    ClassName schema = entity.schemaClass();
    String declaredBy = entity.hasComposedKeys() ? "@SingleTable" : "@Table";
    List<CodeBlock> keyNames = new ArrayList<>();
    entity.keyFields().forEach(k -> keyNames.add(CodeBlock.of("$N", k.javaName())));
    CodeBlock key = CodeBlock.of("$T.INSTANCE.key($L)", schema, CodeBlock.join(keyNames, ", "));
    TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), type);

    TypeSpec.Builder spec =
        TypeSpec.classBuilder(repository)
            .addModifiers(Modifier.PUBLIC)
            .superclass(ParameterizedTypeName.get(BASE, type))
            .addJavadoc(
                "Reads and writes {@link $T} items without blocking: as {@link $T}, with each"
                    + " operation returning a {@code CompletableFuture} (failed with Dynamap's"
                    + " exception itself) and queries and scans publishing items with"
                    + " backpressure.\n\n"
                    + "<p>Generated because dynamap-async is on the compile class path.\n"
                    + "Thread-safe; create one per table and share it.\n",
                type,
                entity.repositoryClass())
            .addMethods(constructors(schema, entity.tableName(), declaredBy));

    MethodSpec.Builder get =
        method("get", ParameterizedTypeName.get(FUTURE, optional))
            .addJavadoc("Reads the item with this primary key.\n\n");
    MethodSpec.Builder getConsistent =
        method("getConsistent", ParameterizedTypeName.get(FUTURE, optional))
            .addJavadoc(
                "Reads the item with this primary key with a strongly consistent read.\n\n");
    MethodSpec.Builder delete =
        method("delete", ParameterizedTypeName.get(FUTURE, ClassName.get(Void.class)))
            .addJavadoc("Deletes the item with this primary key, if there is one.\n\n");
    MethodSpec.Builder deleteReturningOld =
        method("deleteReturningOld", ParameterizedTypeName.get(FUTURE, optional))
            .addJavadoc("Deletes the item with this primary key and returns it.\n\n");
    MethodSpec.Builder conditionalDelete =
        method("delete", ParameterizedTypeName.get(FUTURE, ClassName.get(Void.class)))
            .addJavadoc("Deletes the item with this primary key if the condition holds.\n\n");
    MethodSpec.Builder update =
        method("update", ParameterizedTypeName.get(ASYNC_UPDATE, type))
            .addJavadoc(
                "Starts an update of the item with this primary key, with the attributes of {@link"
                    + " $T}; nothing is sent until it is executed.\n\n",
                entity.attributesClass());
    for (AttributeModel field : entity.keyFields()) {
      for (MethodSpec.Builder method :
          List.of(get, getConsistent, delete, deleteReturningOld, conditionalDelete, update)) {
        method
            .addParameter(field.mapping().javaType(), field.javaName())
            .addJavadoc(
                "@param $L $L\n",
                field.javaName(),
                entity.hasComposedKeys()
                    ? "a field of the primary key"
                    : "the " + SchemaWriter.keyRoleName(field) + " key");
      }
    }
    get.addJavadoc("@return a future of the item, or empty if there is none\n")
        .addStatement("return getByKey($L)", key);
    getConsistent
        .addJavadoc("@return a future of the item, or empty if there is none\n")
        .addStatement("return getByKey($L, true)", key);
    delete
        .addJavadoc("@return a future completed once the item is deleted\n")
        .addStatement("return deleteByKey($L)", key);
    deleteReturningOld
        .addJavadoc("@return a future of the removed item, or empty if there was none\n")
        .addStatement("return deleteByKeyReturningOld($L)", key);
    conditionalDelete
        .addParameter(
            ParameterizedTypeName.get(ClassName.get("io.dynamap.runtime.expr", "Condition"), type),
            "condition")
        .addJavadoc(
            "@param condition what must hold, typically on {@link $T}\n"
                + "@return a future completed once the item is deleted; failed with {@code"
                + " ConditionFailedException}, carrying the current item, if the condition does"
                + " not hold\n",
            entity.attributesClass())
        .addStatement("return deleteByKey($L, condition)", key);
    update
        .addJavadoc("@return the update, sent by one of its {@code execute} methods\n")
        .addStatement(
            entity.hasComposedKeys()
                ? CodeBlock.of(
                    "return updateByKey($L, $T.INSTANCE.keyFields($L))",
                    key,
                    schema,
                    CodeBlock.join(keyNames, ", "))
                : CodeBlock.of("return updateByKey($L)", key));
    spec.addMethod(get.build())
        .addMethod(getConsistent.build())
        .addMethod(delete.build())
        .addMethod(deleteReturningOld.build())
        .addMethod(conditionalDelete.build())
        .addMethod(update.build());
    files.write(entity, spec);
  }

  /**
   * The two constructors of a generated async repository (of an entity, or of an item
   * collection): the declared table, or another name.
   */
  static List<MethodSpec> constructors(ClassName schema, String tableName, String declaredBy) {
    return List.of(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "A repository for the table {@code $L} declared by {@code $L}.\n\n"
                    + "@param client the client to call, usually from {@code"
                    + " DynamapAsyncClients}\n",
                tableName,
                declaredBy)
            .addParameter(DYNAMO_DB_ASYNC_CLIENT, "client")
            .addStatement("this(client, $T.TABLE_NAME)", schema)
            .build(),
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "A repository for a table of another name, for example one per"
                    + " environment.\n\n"
                    + "@param client the client to call, usually from {@code"
                    + " DynamapAsyncClients}\n"
                    + "@param tableName the physical table name\n")
            .addParameter(DYNAMO_DB_ASYNC_CLIENT, "client")
            .addParameter(String.class, "tableName")
            .addStatement("super(client, $T.INSTANCE, tableName)", schema)
            .build());
  }

  private static MethodSpec.Builder method(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
  }
}
