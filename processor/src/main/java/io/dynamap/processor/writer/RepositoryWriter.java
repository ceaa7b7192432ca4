package io.dynamap.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.dynamap.processor.model.AttributeModel;
import io.dynamap.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code OrderRepository}: the runtime's {@code TableRepository} with reads and deletes
 * typed by the entity's primary key.
 */
public final class RepositoryWriter {
  private final GeneratedFiles files;

  public RepositoryWriter(GeneratedFiles files) {
    this.files = files;
  }

  /** The two constructors of a generated repository: the declared table, or another name. */
  static List<MethodSpec> constructors(ClassName schema, String tableName, String declaredBy) {
    return List.of(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "A repository for the table {@code $L} declared by {@code $L}.\n\n"
                    + "@param client the client to call, usually from {@code DynamapClients}\n",
                tableName,
                declaredBy)
            .addParameter(Codecs.DYNAMO_DB_CLIENT, "client")
            .addStatement("this(client, $T.TABLE_NAME)", schema)
            .build(),
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "A repository for a table of another name, for example one per environment.\n\n"
                    + "@param client the client to call, usually from {@code DynamapClients}\n"
                    + "@param tableName the physical table name\n")
            .addParameter(Codecs.DYNAMO_DB_CLIENT, "client")
            .addParameter(String.class, "tableName")
            .addStatement("super(client, $T.INSTANCE, tableName)", schema)
            .build());
  }

  public void write(EntityModel entity) {
    ClassName repository = entity.repositoryClass();
    ClassName type = entity.entityType();
    ClassName schema = entity.schemaClass();
    List<AttributeModel> keys = entity.keyFields();
    List<CodeBlock> keyNames = new ArrayList<>();
    keys.forEach(k -> keyNames.add(CodeBlock.of("$N", k.javaName())));
    CodeBlock keyArguments = CodeBlock.join(keyNames, ", ");

    TypeSpec.Builder spec =
        TypeSpec.classBuilder(repository)
            .addModifiers(Modifier.PUBLIC)
            .superclass(ParameterizedTypeName.get(Codecs.runtime("", "TableRepository"), type))
            .addJavadoc(
                "Reads and writes {@link $T} items in their table: {@code put}, {@code get}, {@code"
                    + " delete}, {@code query} with {@link $T}, {@code scan} and {@code"
                    + " createTable}.\n\n<p>Thread-safe; create one per table and share it.\n",
                type,
                entity.keysClass())
            .addMethods(
                constructors(
                    schema, entity.tableName(), entity.hasComposedKeys() ? "@SingleTable" : "@Table"));

    MethodSpec.Builder get =
        MethodSpec.methodBuilder("get")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
            .addJavadoc("Reads the item with this primary key.\n\n");
    MethodSpec.Builder getConsistent =
        MethodSpec.methodBuilder("getConsistent")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
            .addJavadoc(
                "Reads the item with this primary key with a strongly consistent read ({@code"
                    + " ConsistentRead=true}, twice the capacity): every write that succeeded"
                    + " before it is seen.\n\n");
    MethodSpec.Builder delete =
        MethodSpec.methodBuilder("delete")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Deletes the item with this primary key, if there is one.\n\n");
    MethodSpec.Builder deleteReturningOld =
        MethodSpec.methodBuilder("deleteReturningOld")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
            .addJavadoc(
                "Deletes the item with this primary key and returns it ({@code"
                    + " ReturnValues=ALL_OLD}), in one request.\n\n");
    MethodSpec.Builder update =
        MethodSpec.methodBuilder("update")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get("io.dynamap.runtime.expr", "Update"), type))
            .addJavadoc(
                "Starts an update of the item with this primary key, with the attributes of {@link"
                    + " $T}: {@code update(…).set(…).increment(…).when(…).execute()}. Without {@code"
                    + " whenExists()}, an update of a missing item creates it.\n\n",
                entity.attributesClass());
    MethodSpec.Builder conditionalDelete =
        MethodSpec.methodBuilder("delete")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Deletes the item with this primary key if the condition holds.\n\n"
                    + "@throws $T if it does not, with the current item\n",
                Codecs.runtime("error", "ConditionFailedException"));
    for (AttributeModel key : keys) {
      for (MethodSpec.Builder method :
          List.of(get, getConsistent, delete, deleteReturningOld, update, conditionalDelete)) {
        method
            .addParameter(key.mapping().javaType(), key.javaName())
            .addJavadoc(
                "@param $L $L\n",
                key.javaName(),
                entity.hasComposedKeys()
                    ? "a field of the primary key"
                    : "the " + SchemaWriter.keyRoleName(key) + " key");
      }
    }
    get.addJavadoc("@return the item, or empty if there is none\n")
        .addStatement("return getByKey($T.INSTANCE.key($L))", schema, keyArguments);
    getConsistent.addJavadoc("@return the item, or empty if there is none\n")
        .addStatement("return getByKey($T.INSTANCE.key($L), true)", schema, keyArguments);
    delete.addStatement("deleteByKey($T.INSTANCE.key($L))", schema, keyArguments);
    deleteReturningOld.addJavadoc("@return the removed item, or empty if there was none\n")
        .addStatement("return deleteByKeyReturningOld($T.INSTANCE.key($L))", schema, keyArguments);
    update.addJavadoc("@return the update, sent by one of its {@code execute} methods\n")
        .addStatement(
            entity.hasComposedKeys()
                ? CodeBlock.of(
                    "return updateByKey($T.INSTANCE.key($L), $T.INSTANCE.keyFields($L))",
                    schema, keyArguments, schema, keyArguments)
                : CodeBlock.of("return updateByKey($T.INSTANCE.key($L))", schema, keyArguments));
    conditionalDelete
        .addParameter(
            ParameterizedTypeName.get(ClassName.get("io.dynamap.runtime.expr", "Condition"), type),
            "condition")
        .addJavadoc("@param condition what must hold, typically on {@link $T}\n", entity.attributesClass())
        .addStatement("deleteByKey($T.INSTANCE.key($L), condition)", schema, keyArguments);
    spec.addMethod(get.build())
        .addMethod(getConsistent.build())
        .addMethod(delete.build())
        .addMethod(deleteReturningOld.build())
        .addMethod(conditionalDelete.build())
        .addMethod(update.build());
    files.write(entity, spec);
  }
}
