package io.dynamap.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.dynamap.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each entity is checked on its own: a broken entity gets every one of its errors reported and
 * nothing generated, and the other entities of the same compilation are generated as usual.
 */
class EntityIsolationTest {
  private static final JavaFileObject GOOD =
      source(
          "test.Good",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Goods\")",
          "public record Good(@PartitionKey String id, @SortKey long version) {}");

  private static final JavaFileObject BAD =
      source(
          "test.Bad",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"x\")",
          "public record Bad(",
          "    String id,",
          "    java.io.File tags,",
          "    @SortKey boolean flag) {}");

  private static final JavaFileObject ALSO_GOOD =
      source(
          "test.AlsoGood",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"AlsoGoods\")",
          "public class AlsoGood {",
          "  @PartitionKey String id;",
          "}");

  private static RecordingProcessor processor;
  private static Compilation compilation;

  @BeforeAll
  static void compileGoodAndBadEntitiesTogether() {
    processor = new RecordingProcessor();
    // The broken entity sits between the good ones, so that processing goes on after it.
    compilation = javac().withProcessors(processor).compile(GOOD, BAD, ALSO_GOOD);
  }

  @Test
  void theGoodEntitiesAreGeneratedDespiteTheBrokenOne() {
    assertThat(compilation).failed();
    assertThat(processor.createdSourceFiles())
        .containsAtLeast(
            "test.GoodSchema",
            "test.GoodKeys",
            "test.GoodRepository",
            "test.GoodAttributes",
            "test.AlsoGoodSchema",
            "test.AlsoGoodKeys",
            "test.AlsoGoodRepository",
            "test.AlsoGoodAttributes");
  }

  @Test
  void nothingIsGeneratedForTheBrokenEntity() {
    assertThat(processor.createdSourceFiles()).hasSize(8);
    assertThat(processor.createdSourceFiles()).doesNotContain("test.BadSchema");
    assertThat(processor.createdSourceFiles()).doesNotContain("test.BadKeys");
    assertThat(processor.createdSourceFiles()).doesNotContain("test.BadRepository");
    assertThat(processor.createdSourceFiles()).doesNotContain("test.BadAttributes");
  }

  @Test
  void everyErrorOfTheBrokenEntityIsReportedNotOnlyTheFirst() {
    assertThat(compilation).hadErrorContaining("table name \"x\"").inFile(BAD).onLine(3);
    assertThat(compilation)
        .hadErrorContaining("attribute 'tags' has type java.io.File")
        .inFile(BAD)
        .onLine(6);
    assertThat(compilation)
        .hadErrorContaining("@SortKey 'flag' has type boolean")
        .inFile(BAD)
        .onLine(7);
    assertThat(compilation).hadErrorContaining("@SortKey on 'flag' needs a @PartitionKey");
    assertThat(compilation).hadErrorCount(4);
  }
}
