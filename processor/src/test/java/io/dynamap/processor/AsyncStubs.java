package io.dynamap.processor;

import static io.dynamap.processor.Compilations.source;

import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The members of dynamap-async that generated code calls, declared as sources for compile-testing
 * compilations that stand for a project with dynamap-async on its class path.
 *
 * <p>Why stubs rather than the module: dynamap-async is built after the processor and depends on
 * Netty; on the processor's test class path it would make every compilation here generate async
 * repositories, and the processor's build would need the async module's. The generated code is
 * compiled against the real module, and run, by example-model (its {@code AsyncRepositoriesTest}),
 * so a stub that drifts from the real API breaks that build. A method body here is never run.
 */
final class AsyncStubs {
  private AsyncStubs() {}

  static List<JavaFileObject> sources() {
    return List.of(
        source(
            "io.dynamap.async.AsyncTableRepository",
            "package io.dynamap.async;",
            "",
            "import io.dynamap.runtime.schema.ItemSchema;",
            "import io.dynamap.runtime.key.KeyCondition;",
            "import io.dynamap.runtime.expr.Condition;",
            "import io.dynamap.runtime.schema.ProjectionSchema;",
            "import java.util.Map;",
            "import java.util.Optional;",
            "import java.util.concurrent.CompletableFuture;",
            "import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;",
            "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
            "",
            "public abstract class AsyncTableRepository<T> {",
            "  protected AsyncTableRepository(",
            "      DynamoDbAsyncClient client, ItemSchema<T> schema, String tableName) {}",
            "  public AsyncQuery<T> query(KeyCondition<T> condition) { throw stub(); }",
            "  public AsyncScan<T> scan() { throw stub(); }",
            "  public CompletableFuture<Long> deleteAll(AsyncQuery<T> query) { throw stub(); }",
            "  protected final CompletableFuture<Optional<T>> getByKey(",
            "      Map<String, AttributeValue> key) { throw stub(); }",
            "  protected final CompletableFuture<Optional<T>> getByKey(",
            "      Map<String, AttributeValue> key, boolean consistentRead) { throw stub(); }",
            "  public final <P> CompletableFuture<Optional<P>> get(",
            "      Map<String, AttributeValue> key, ProjectionSchema<T, P> projection) {",
            "    throw stub();",
            "  }",
            "  protected final CompletableFuture<Void> deleteByKey(",
            "      Map<String, AttributeValue> key) { throw stub(); }",
            "  protected final CompletableFuture<Void> deleteByKey(",
            "      Map<String, AttributeValue> key, Condition<T> condition) { throw stub(); }",
            "  protected final CompletableFuture<Optional<T>> deleteByKeyReturningOld(",
            "      Map<String, AttributeValue> key) { throw stub(); }",
            "  protected final AsyncUpdate<T> updateByKey(Map<String, AttributeValue> key) {",
            "    throw stub();",
            "  }",
            "  protected final AsyncUpdate<T> updateByKey(",
            "      Map<String, AttributeValue> key, Map<String, AttributeValue> keyFields) {",
            "    throw stub();",
            "  }",
            "  static UnsupportedOperationException stub() {",
            "    return new UnsupportedOperationException(\"stub\");",
            "  }",
            "}"),
        source(
            "io.dynamap.async.AsyncUpdate",
            "package io.dynamap.async;",
            "",
            "public final class AsyncUpdate<T> {}"),
        source(
            "io.dynamap.async.AsyncQuery",
            "package io.dynamap.async;",
            "",
            "import io.dynamap.runtime.expr.Condition;",
            "import io.dynamap.runtime.page.Page;",
            "import io.dynamap.runtime.page.PageRequest;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.concurrent.Flow;",
            "",
            "public final class AsyncQuery<T> {",
            "  public AsyncQuery<T> filter(Condition<T> condition) { return this; }",
            "  public <P> AsyncQuery<P> project(",
            "      io.dynamap.runtime.schema.ProjectionSchema<T, P> projection) {",
            "    throw AsyncTableRepository.stub();",
            "  }",
            "  public AsyncQuery<T> descending() { return this; }",
            "  public AsyncQuery<T> limit(long n) { return this; }",
            "  public Flow.Publisher<T> items() { throw AsyncTableRepository.stub(); }",
            "  public CompletableFuture<List<T>> toList() { throw AsyncTableRepository.stub(); }",
            "  public CompletableFuture<Optional<T>> first() { throw AsyncTableRepository.stub(); }",
            "  public CompletableFuture<Page<T>> page(PageRequest request) {",
            "    throw AsyncTableRepository.stub();",
            "  }",
            "  public CompletableFuture<Long> count() { throw AsyncTableRepository.stub(); }",
            "}"),
        source(
            "io.dynamap.async.AsyncScan",
            "package io.dynamap.async;",
            "",
            "import io.dynamap.runtime.expr.Condition;",
            "import io.dynamap.runtime.page.Page;",
            "import io.dynamap.runtime.page.PageRequest;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.concurrent.Flow;",
            "",
            "public final class AsyncScan<T> {",
            "  public AsyncScan<T> filter(Condition<T> condition) { return this; }",
            "  public <P> AsyncScan<P> project(",
            "      io.dynamap.runtime.schema.ProjectionSchema<T, P> projection) {",
            "    throw AsyncTableRepository.stub();",
            "  }",
            "  public AsyncScan<T> limit(long n) { return this; }",
            "  public Flow.Publisher<T> items() { throw AsyncTableRepository.stub(); }",
            "  public CompletableFuture<List<T>> toList() { throw AsyncTableRepository.stub(); }",
            "  public CompletableFuture<Optional<T>> first() { throw AsyncTableRepository.stub(); }",
            "  public CompletableFuture<Page<T>> page(PageRequest request) {",
            "    throw AsyncTableRepository.stub();",
            "  }",
            "  public CompletableFuture<Long> count() { throw AsyncTableRepository.stub(); }",
            "}"),
        source(
            "io.dynamap.async.AsyncResults",
            "package io.dynamap.async;",
            "",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.function.Function;",
            "",
            "public final class AsyncResults {",
            "  private AsyncResults() {}",
            "  public static <V, R> CompletableFuture<R> map(",
            "      CompletableFuture<V> future, Function<? super V, ? extends R> mapper) {",
            "    throw AsyncTableRepository.stub();",
            "  }",
            "}"));
  }
}
