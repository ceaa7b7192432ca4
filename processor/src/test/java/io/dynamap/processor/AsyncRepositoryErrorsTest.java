package io.dynamap.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.dynamap.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import io.dynamap.processor.validation.Message;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Repository} methods returning {@code CompletableFuture} or {@code Flow.Publisher}: checked
 * as blocking ones are, with errors of their own where the async form cannot serve, and where
 * dynamap-async is not on the class path.
 */
class AsyncRepositoryErrorsTest {
  private static final JavaFileObject PARCEL =
      source(
          "test.Parcel",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Parcels\")",
          "public record Parcel(",
          "    @PartitionKey String warehouse,",
          "    @SortKey long sequence,",
          "    @IndexPartitionKey(\"byCarrier\") String carrier,",
          "    boolean fragile) {}");

  private static final JavaFileObject METHODS =
      source(
          "test.AsyncParcels",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.*;",
          "import java.util.concurrent.*;",
          "import java.util.stream.Stream;",
          "@Repository",
          "interface AsyncParcels {",
          "  Flow.Publisher<Parcel> findByWarehouseAndSequence(String w, long s);", // 8
          "  CompletableFuture<Integer> deleteByWarehouse(String warehouse);",
          "  Flow.Publisher<Parcel> deleteByCarrier(String carrier);",
          "  CompletableFuture<Stream<Parcel>> findByCarrier(String carrier);",
          "  CompletableFuture<Integer> countByCarrier(String carrier);",
          "  Flow.Publisher<Long> countByWarehouse(String warehouse);",
          "  CompletableFuture<Optional<Parcel>> findByWarehouse(String warehouse);", // 14
          "}");

  /** The same methods as a valid interface would have them: they compile, with the stubs. */
  private static final JavaFileObject VALID =
      source(
          "test.ParcelFeed",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.*;",
          "import java.util.concurrent.*;",
          "@Repository",
          "interface ParcelFeed {",
          "  Flow.Publisher<Parcel> findByWarehouse(String warehouse);",
          "  CompletableFuture<Optional<Parcel>> findByWarehouseAndSequence(String w, long s);",
          "  CompletableFuture<Void> deleteByWarehouseAndSequence(String w, long s);",
          "  CompletableFuture<Long> deleteByWarehouseAndSequenceLessThan(String w, long s);",
          "  CompletableFuture<Void> deleteByCarrier(String carrier);",
          "  Optional<Parcel> getByWarehouseAndSequence(String w, long s);",
          "}");

  private static final Compilation WITH_ASYNC = withAsync(PARCEL, METHODS, VALID);

  private static Compilation withAsync(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(AsyncStubs.sources());
    all.addAll(List.of(sources));
    return Compilations.compile(all.toArray(new JavaFileObject[0]));
  }

  @Test
  @Reports(Message.QUERY_PUBLISHER_SINGLE_ITEM)
  void aPublisherCannotReadOneItemByItsPrimaryKey() {
    assertThat(WITH_ASYNC)
        .hadErrorContaining(
            "findByWarehouseAndSequence() returns Flow.Publisher<Parcel>, but it reads one item by"
                + " its whole primary key: return CompletableFuture<Optional<Parcel>>")
        .inFile(METHODS)
        .onLine(8);
  }

  @Test
  @Reports(Message.QUERY_RETURN_TYPE)
  void anAsyncMethodSaysWhichFuturesAndPublishersItMayReturn() {
    assertThat(WITH_ASYNC)
        .hadErrorContaining(
            "findByCarrier() returns CompletableFuture<Stream<Parcel>>; an async find method"
                + " returns Flow.Publisher<Parcel>, CompletableFuture<List<Parcel>>,"
                + " CompletableFuture<Page<Parcel>> (with a PageRequest parameter), or"
                + " CompletableFuture<Optional<Parcel>> or CompletableFuture<Parcel> where at most"
                + " one item matches")
        .inFile(METHODS)
        .onLine(11);
    assertThat(WITH_ASYNC)
        .hadErrorContaining(
            "deleteByWarehouse() returns CompletableFuture<Integer>; an async delete method returns"
                + " CompletableFuture<Void>, or CompletableFuture<Long> for the number deleted")
        .inFile(METHODS)
        .onLine(9);
    assertThat(WITH_ASYNC)
        .hadErrorContaining(
            "deleteByCarrier() returns Flow.Publisher<Parcel>; an async delete method returns"
                + " CompletableFuture<Void>, or CompletableFuture<Long> for the number deleted")
        .inFile(METHODS)
        .onLine(10);
    assertThat(WITH_ASYNC)
        .hadErrorContaining(
            "countByCarrier() returns CompletableFuture<Integer>; an async count method returns"
                + " CompletableFuture<Long>")
        .inFile(METHODS)
        .onLine(12);
    assertThat(WITH_ASYNC)
        .hadErrorContaining(
            "countByWarehouse() returns Flow.Publisher<Long>; an async count method returns"
                + " CompletableFuture<Long>")
        .inFile(METHODS)
        .onLine(13);
  }

  @Test
  @Reports(Message.QUERY_NOT_UNIQUE)
  void anAsyncOptionalMustBeUniqueAsABlockingOneMust() {
    assertThat(WITH_ASYNC)
        .hadErrorContaining(
            "findByWarehouse() returns CompletableFuture<Optional<Parcel>>, but the query can match"
                + " several items: fix the whole primary key (warehouse and sequence) with"
                + " equalities, or name it findFirst…By…, or return Flow.Publisher<Parcel>,"
                + " CompletableFuture<List<Parcel>> or CompletableFuture<Page<Parcel>>")
        .inFile(METHODS)
        .onLine(14);
  }

  @Test
  void validAsyncMethodsCompileAndTheErrorsAreAllOnTheirMethods() {
    assertThat(Compilations.errorsIn(WITH_ASYNC, VALID)).isEmpty();
    assertThat(Compilations.errorsIn(WITH_ASYNC, METHODS)).hasSize(7);
    assertThat(withAsync(PARCEL, VALID)).succeededWithoutWarnings();
  }

  @Test
  void theAsyncRepositoryIsGeneratedOnlyWithDynamapAsyncOnTheClassPath() {
    Compilation with = withAsync(PARCEL);
    assertThat(with).succeeded();
    assertThat(with).generatedSourceFile("test.ParcelAsyncRepository");
    Compilation without = Compilations.compile(PARCEL);
    assertThat(without).succeeded();
    assertThat(
            without.generatedSourceFiles().stream()
                .map(JavaFileObject::getName)
                .filter(name -> name.contains("AsyncRepository"))
                .toList())
        .isEmpty();
  }

  @Test
  @Reports(Message.QUERY_ASYNC_UNAVAILABLE)
  void asyncMethodsWithoutDynamapAsyncSayWhatToAdd() {
    JavaFileObject feed =
        source(
            "test.Feed",
            "package test;",
            "import io.dynamap.annotations.*;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "@Repository",
            "interface Feed {",
            "  Flow.Publisher<Parcel> findByWarehouse(String warehouse);",
            "  CompletableFuture<Optional<Parcel>> findByWarehouseAndSequence(String w, long s);",
            "  CompletableFuture<Void> deleteByWarehouseAndSequence(String w, long s);",
            "}");
    Compilation compilation = Compilations.compile(PARCEL, feed);
    assertThat(compilation)
        .hadErrorContaining(
            "findByWarehouse() returns Flow.Publisher<Parcel>, which the async repository"
                + " implements, but dynamap-async is not on the compile class path: add the"
                + " dependency io.dynamap:dynamap-async, or return Stream<Parcel>")
        .inFile(feed)
        .onLine(7);
    assertThat(compilation)
        .hadErrorContaining(
            "findByWarehouseAndSequence() returns CompletableFuture<Optional<Parcel>>, which the"
                + " async repository implements, but dynamap-async is not on the compile class"
                + " path: add the dependency io.dynamap:dynamap-async, or return Optional<Parcel>")
        .inFile(feed)
        .onLine(8);
    assertThat(compilation)
        .hadErrorContaining("deleteByWarehouseAndSequence() returns CompletableFuture<Void>")
        .inFile(feed)
        .onLine(9);
    assertThat(compilation).hadErrorCount(3);
  }

  private static final JavaFileObject LABEL =
      source(
          "test.ParcelLabel",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Projection(Parcel.class)",
          "public record ParcelLabel(String warehouse, long sequence, boolean fragile) {}");

  private static final JavaFileObject CRATE =
      source(
          "test.Crate",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Crates\")",
          "@Index(name = \"byDock\", projection = Index.Projection.KEYS_ONLY)",
          "public record Crate(",
          "    @PartitionKey String id,",
          "    @IndexPartitionKey(\"byDock\") String dock,",
          "    int weight) {}");

  private static final JavaFileObject CRATE_WEIGHT =
      source(
          "test.CrateWeight",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Projection(Crate.class)",
          "public record CrateWeight(String id, int weight) {}");

  private static final JavaFileObject PROJECTING =
      source(
          "test.Labels",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.*;",
          "import java.util.concurrent.*;",
          "import java.util.stream.Stream;",
          "@Repository(Parcel.class)",
          "interface Labels {",
          "  CompletableFuture<Optional<ParcelLabel>> findByCarrier(String carrier);", // 8
          "  Flow.Publisher<ParcelLabel> findByWarehouseAndSequence(String w, long s);",
          "  CompletableFuture<Stream<ParcelLabel>> findByWarehouse(String warehouse);",
          "}");

  private static final JavaFileObject WEIGHTS =
      source(
          "test.Weights",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.concurrent.*;",
          "@Repository(Crate.class)",
          "interface Weights {",
          "  Flow.Publisher<CrateWeight> findByDock(String dock);", // 6
          "}");

  /** Async methods returning projections, valid: by key, a query, a scan, a page. */
  private static final JavaFileObject PROJECTING_VALID =
      source(
          "test.LabelFeed",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import io.dynamap.runtime.page.*;",
          "import java.util.*;",
          "import java.util.concurrent.*;",
          "@Repository(Parcel.class)",
          "interface LabelFeed {",
          "  CompletableFuture<Optional<ParcelLabel>> findByWarehouseAndSequence(String w, long s);",
          "  CompletableFuture<ParcelLabel> readByWarehouseAndSequence(String w, long s);",
          "  Flow.Publisher<ParcelLabel> findByCarrier(String carrier);",
          "  CompletableFuture<List<ParcelLabel>> findByWarehouseAndFragileTrue(String w);",
          "  CompletableFuture<Page<ParcelLabel>> findByWarehouse(String w, PageRequest page);",
          "  CompletableFuture<Optional<ParcelLabel>> findFirstByCarrier(String carrier);",
          "  Flow.Publisher<ParcelLabel> scanByFragileTrue();",
          "}");

  private static final Compilation PROJECTIONS =
      withAsync(PARCEL, LABEL, CRATE, CRATE_WEIGHT, PROJECTING, WEIGHTS, PROJECTING_VALID);

  @Test
  void asyncMethodsReturningProjectionsCompile() {
    assertThat(Compilations.errorsIn(PROJECTIONS, PROJECTING_VALID)).isEmpty();
    assertThat(withAsync(PARCEL, LABEL, PROJECTING_VALID)).succeededWithoutWarnings();
  }

  @Test
  @Reports(Message.QUERY_NOT_UNIQUE)
  void anAsyncOptionalOfAProjectionMustBeUnique() {
    assertThat(PROJECTIONS)
        .hadErrorContaining(
            "findByCarrier() returns CompletableFuture<Optional<ParcelLabel>>, but the query can"
                + " match several items: fix the whole primary key (warehouse and sequence) with"
                + " equalities, or name it findFirst…By…, or return Flow.Publisher<ParcelLabel>,"
                + " CompletableFuture<List<ParcelLabel>> or CompletableFuture<Page<ParcelLabel>>")
        .inFile(PROJECTING)
        .onLine(8);
  }

  @Test
  @Reports(Message.QUERY_PUBLISHER_SINGLE_ITEM)
  void aPublisherOfAProjectionCannotReadOneItemByItsPrimaryKey() {
    assertThat(PROJECTIONS)
        .hadErrorContaining(
            "findByWarehouseAndSequence() returns Flow.Publisher<ParcelLabel>, but it reads one"
                + " item by its whole primary key: return CompletableFuture<Optional<ParcelLabel>>")
        .inFile(PROJECTING)
        .onLine(9);
  }

  @Test
  @Reports(Message.QUERY_RETURN_TYPE)
  void anAsyncProjectionMethodSaysWhichFormsItMayReturn() {
    assertThat(PROJECTIONS)
        .hadErrorContaining(
            "findByWarehouse() returns CompletableFuture<Stream<ParcelLabel>>; an async find"
                + " method returns Flow.Publisher<ParcelLabel>, CompletableFuture<List<ParcelLabel>>,")
        .inFile(PROJECTING)
        .onLine(10);
    assertThat(Compilations.errorsIn(PROJECTIONS, PROJECTING)).hasSize(3);
  }

  @Test
  @Reports(Message.QUERY_PROJECTION_INDEX)
  void anAsyncProjectionOfAnIndexLackingItsAttributesIsRefused() {
    assertThat(PROJECTIONS)
        .hadErrorContaining(
            "findByDock() reads index byDock, which does not project weight of CrateWeight: read"
                + " the table or an index that projects them, leave them out of CrateWeight, or"
                + " project them in the index (ALL or INCLUDE)")
        .inFile(WEIGHTS)
        .onLine(6);
    assertThat(Compilations.errorsIn(PROJECTIONS, WEIGHTS)).hasSize(1);
  }

  @Test
  @Reports(Message.QUERY_ASYNC_REPOSITORY_MISSING)
  void anEntityCompiledWithoutDynamapAsyncHasNoAsyncRepositoryToCall() throws IOException {
    // The entity is compiled first without dynamap-async, as in a module of its own ...
    Compilation entityModule = Compilations.compile(PARCEL);
    assertThat(entityModule).succeeded();
    Path classes = Files.createTempDirectory("entity-module");
    for (JavaFileObject file : entityModule.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        Path target = classes.resolve(path.substring(path.indexOf("/test/") + 1));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    // ... then an async repository interface for it, with dynamap-async, in another.
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    classPath.add(classes.toFile());
    JavaFileObject feed =
        source(
            "test.Feed",
            "package test;",
            "import io.dynamap.annotations.*;",
            "import java.util.concurrent.*;",
            "@Repository(Parcel.class)",
            "interface Feed {",
            "  Flow.Publisher<Parcel> findByWarehouse(String warehouse);",
            "}");
    List<JavaFileObject> sources = new ArrayList<>(AsyncStubs.sources());
    sources.add(feed);
    Compilation compilation =
        javac()
            .withProcessors(new DynamapProcessor())
            .withClasspath(classPath)
            .compile(sources);
    assertThat(compilation)
        .hadErrorContaining(
            "findByWarehouse() returns Flow.Publisher<Parcel>, which runs on"
                + " ParcelAsyncRepository, but Parcel was compiled without dynamap-async, so that"
                + " class was not generated: add io.dynamap:dynamap-async to the class path where"
                + " Parcel is compiled, or return Stream<Parcel>")
        .inFile(feed)
        .onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }
}
