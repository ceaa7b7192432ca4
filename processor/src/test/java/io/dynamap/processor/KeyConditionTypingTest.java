package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynamap.processor.Compilations.source;

import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated key builders make wrong queries fail to compile: {@code beginsWith} exists only on sort
 * keys stored as strings or binaries, sort key values have the key's Java type, and a repository
 * accepts only its own entity's key conditions. A global index with a multi-attribute key takes
 * every partition attribute, then its sort attributes left to right, a range only on the last one
 * given.
 */
class KeyConditionTypingTest {
  private static final List<JavaFileObject> ENTITIES =
      List.of(
          source(
              "test.Thing",
              "package test;",
              "import io.dynamap.annotations.*;",
              "@Table(name = \"Things\")",
              "public record Thing(@PartitionKey String id, @SortKey int count) {}"),
          source(
              "test.Other",
              "package test;",
              "import io.dynamap.annotations.*;",
              "@Table(name = \"Others\")",
              "public record Other(@PartitionKey String id, @SortKey String name) {}"),
          source(
              "test.Event",
              "package test;",
              "import io.dynamap.annotations.*;",
              "@Table(name = \"Events\")",
              "public record Event(@PartitionKey String stream, @SortKey java.time.Instant at) {}"),
          source(
              "test.Chunk",
              "package test;",
              "import io.dynamap.annotations.*;",
              "@Table(name = \"Chunks\")",
              "public record Chunk(@PartitionKey String file, @SortKey byte[] offset) {}"),
          source(
              "test.Person",
              "package test;",
              "import io.dynamap.annotations.*;",
              "@Table(name = \"People\")",
              "@Index(name = \"byCity\")",
              "public record Person(@PartitionKey String id, @IndexPartitionKey(\"byCity\") String city) {}"),
          source(
              "test.Match",
              "package test;",
              "import io.dynamap.annotations.*;",
              "@Table(name = \"Matches\")",
              "public record Match(",
              "    @PartitionKey String id,",
              "    @IndexPartitionKey(value = \"byTournament\", order = 1) String tournament,",
              "    @IndexPartitionKey(value = \"byTournament\", order = 2) int year,",
              "    @IndexSortKey(value = \"byTournament\", order = 1) String round,",
              "    @IndexSortKey(value = \"byTournament\", order = 2) int bracket,",
              "    @IndexSortKey(value = \"byTournament\", order = 3) String court) {}"),
          source(
              "test.Visit",
              "package test;",
              "import io.dynamap.annotations.*;",
              "@Table(name = \"Visits\")",
              "public record Visit(",
              "    @PartitionKey String id,",
              "    @IndexPartitionKey(\"bySite\") String site,",
              "    @IndexSortKey(value = \"bySite\", order = 1) String day,",
              "    @IndexSortKey(value = \"bySite\", order = 2) int hour,",
              "    @IndexPartitionKey(value = \"byPair\", order = 1) String left,",
              "    @IndexPartitionKey(value = \"byPair\", order = 2) java.util.UUID right) {}"));

  // ---- queries that must not compile, compiled together ----

  private static final Compilations WRONG_QUERIES = Compilations.shared();

  static {
    for (JavaFileObject entity : ENTITIES) {
      WRONG_QUERIES.add(entity);
    }
  }

  private static final JavaFileObject BEGINS_WITH_ON_NUMBER =
      WRONG_QUERIES.add(
          "test.BeginsWithOnNumber",
          "package test;",
          "import io.dynamap.runtime.key.KeyCondition;",
          "class BeginsWithOnNumber {",
          "  KeyCondition<Thing> condition() {",
          "    return ThingKeys.partition(\"a\").count().beginsWith(\"x\");",
          "  }",
          "}");

  @Test
  void beginsWithOnANumericSortKeyDoesNotCompile() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("cannot find symbol")
        .inFile(BEGINS_WITH_ON_NUMBER)
        .onLine(5);
    WRONG_QUERIES.assertErrorCount(BEGINS_WITH_ON_NUMBER, 1);
  }

  private static final JavaFileObject ANOTHER_ENTITYS_CONDITION =
      WRONG_QUERIES.add(
          "test.AnotherEntitysCondition",
          "package test;",
          "import java.util.stream.Stream;",
          "class AnotherEntitysCondition {",
          "  Stream<Thing> query(ThingRepository things) {",
          "    return things.query(OtherKeys.partition(\"a\")).stream();",
          "  }",
          "}");

  @Test
  void aRepositoryDoesNotAcceptAnotherEntitysKeyCondition() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("incompatible types")
        .inFile(ANOTHER_ENTITYS_CONDITION)
        .onLine(5);
    WRONG_QUERIES.assertErrorCount(ANOTHER_ENTITYS_CONDITION, 1);
  }

  private static final JavaFileObject ANOTHER_ENTITYS_INDEX =
      WRONG_QUERIES.add(
          "test.AnotherEntitysIndex",
          "package test;",
          "import java.util.stream.Stream;",
          "class AnotherEntitysIndex {",
          "  Stream<Thing> scan(ThingRepository things, PersonRepository people) {",
          "    people.scan(PersonKeys.BY_CITY).stream();",
          "    return things.scan(PersonKeys.BY_CITY).stream();",
          "  }",
          "}");

  @Test
  void aRepositoryScansOnlyItsOwnEntitysIndexes() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("incompatible types")
        .inFile(ANOTHER_ENTITYS_INDEX)
        .onLine(6);
    WRONG_QUERIES.assertErrorCount(ANOTHER_ENTITYS_INDEX, 1);
  }

  private static final JavaFileObject SORT_VALUE_OF_WRONG_TYPE =
      WRONG_QUERIES.add(
          "test.SortValueOfWrongType",
          "package test;",
          "import io.dynamap.runtime.key.KeyCondition;",
          "class SortValueOfWrongType {",
          "  KeyCondition<Thing> condition() {",
          "    return ThingKeys.partition(\"a\").count().gt(\"10\");",
          "  }",
          "}");

  @Test
  void aSortKeyConditionTakesValuesOfTheSortKeysJavaType() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("incompatible types")
        .inFile(SORT_VALUE_OF_WRONG_TYPE)
        .onLine(5);
    WRONG_QUERIES.assertErrorCount(SORT_VALUE_OF_WRONG_TYPE, 1);
  }

  private static final JavaFileObject PARTITION_VALUE_OF_WRONG_TYPE =
      WRONG_QUERIES.add(
          "test.PartitionValueOfWrongType",
          "package test;",
          "import io.dynamap.runtime.key.KeyCondition;",
          "class PartitionValueOfWrongType {",
          "  KeyCondition<Thing> condition() {",
          "    return ThingKeys.partition(42);",
          "  }",
          "}");

  @Test
  void aPartitionConditionTakesAValueOfThePartitionKeysJavaType() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("incompatible types")
        .inFile(PARTITION_VALUE_OF_WRONG_TYPE)
        .onLine(5);
    WRONG_QUERIES.assertErrorCount(PARTITION_VALUE_OF_WRONG_TYPE, 1);
  }

  // ---- multi-attribute keys ----

  private static final JavaFileObject MISSING_PARTITION_ATTRIBUTE =
      WRONG_QUERIES.add(
          "test.MissingPartitionAttribute",
          "package test;",
          "import io.dynamap.runtime.key.KeyCondition;",
          "class MissingPartitionAttribute {",
          "  KeyCondition<Match> condition() {",
          "    return MatchKeys.byTournament(\"WINTER\");",
          "  }",
          "}");

  @Test
  void aMultiAttributePartitionKeyNeedsEveryAttribute() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("cannot be applied to given types")
        .inFile(MISSING_PARTITION_ATTRIBUTE)
        .onLine(5);
    WRONG_QUERIES.assertErrorCount(MISSING_PARTITION_ATTRIBUTE, 1);
  }

  private static final JavaFileObject PARTITION_ATTRIBUTE_OF_WRONG_TYPE =
      WRONG_QUERIES.add(
          "test.PartitionAttributeOfWrongType",
          "package test;",
          "import io.dynamap.runtime.key.KeyCondition;",
          "class PartitionAttributeOfWrongType {",
          "  KeyCondition<Match> condition() {",
          "    return MatchKeys.byTournament(\"WINTER\", \"2025\");",
          "  }",
          "}");

  @Test
  void eachPartitionAttributeTakesItsOwnJavaType() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("incompatible types")
        .inFile(PARTITION_ATTRIBUTE_OF_WRONG_TYPE)
        .onLine(5);
    WRONG_QUERIES.assertErrorCount(PARTITION_ATTRIBUTE_OF_WRONG_TYPE, 1);
  }

  private static final JavaFileObject SKIPPED_FIRST_SORT_ATTRIBUTE =
      WRONG_QUERIES.add(
          "test.SkippedFirstSortAttribute",
          "package test;",
          "import io.dynamap.runtime.key.KeyCondition;",
          "class SkippedFirstSortAttribute {",
          "  KeyCondition<Match> condition() {",
          "    return MatchKeys.byTournament(\"WINTER\", 2025).bracket().eq(1);",
          "  }",
          "}");

  @Test
  void theFirstSortAttributeCannotBeSkipped() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("cannot find symbol")
        .inFile(SKIPPED_FIRST_SORT_ATTRIBUTE)
        .onLine(5);
    WRONG_QUERIES.assertErrorCount(SKIPPED_FIRST_SORT_ATTRIBUTE, 1);
  }

  private static final JavaFileObject SKIPPED_MIDDLE_SORT_ATTRIBUTE =
      WRONG_QUERIES.add(
          "test.SkippedMiddleSortAttribute",
          "package test;",
          "import io.dynamap.runtime.key.KeyCondition;",
          "class SkippedMiddleSortAttribute {",
          "  KeyCondition<Match> condition() {",
          "    return MatchKeys.byTournament(\"WINTER\", 2025).round().eq(\"SEMI\").court().eq(\"A\");",
          "  }",
          "}");

  @Test
  void aMiddleSortAttributeCannotBeSkipped() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("cannot find symbol")
        .inFile(SKIPPED_MIDDLE_SORT_ATTRIBUTE)
        .onLine(5);
    WRONG_QUERIES.assertErrorCount(SKIPPED_MIDDLE_SORT_ATTRIBUTE, 1);
  }

  private static final JavaFileObject RANGE_IN_THE_MIDDLE =
      WRONG_QUERIES.add(
          "test.RangeInTheMiddle",
          "package test;",
          "import io.dynamap.runtime.key.KeyCondition;",
          "class RangeInTheMiddle {",
          "  KeyCondition<Match> condition() {",
          "    return MatchKeys.byTournament(\"WINTER\", 2025).round().ge(\"Q\").bracket().eq(1);",
          "  }",
          "}");

  @Test
  void aRangeEndsTheCondition() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("cannot find symbol")
        .inFile(RANGE_IN_THE_MIDDLE)
        .onLine(5);
    WRONG_QUERIES.assertErrorCount(RANGE_IN_THE_MIDDLE, 1);
  }

  private static final JavaFileObject BEGINS_WITH_ON_NUMERIC_SORT_ATTRIBUTE =
      WRONG_QUERIES.add(
          "test.BeginsWithOnNumericSortAttribute",
          "package test;",
          "import io.dynamap.runtime.key.KeyCondition;",
          "class BeginsWithOnNumericSortAttribute {",
          "  KeyCondition<Match> condition() {",
          "    return MatchKeys.byTournament(\"WINTER\", 2025).round().eq(\"SEMI\").bracket().beginsWith(\"1\");",
          "  }",
          "}");

  @Test
  void beginsWithOnANumericSortAttributeDoesNotCompile() {
    assertThat(WRONG_QUERIES.get())
        .hadErrorContaining("cannot find symbol")
        .inFile(BEGINS_WITH_ON_NUMERIC_SORT_ATTRIBUTE)
        .onLine(5);
    WRONG_QUERIES.assertErrorCount(BEGINS_WITH_ON_NUMERIC_SORT_ATTRIBUTE, 1);
  }

  // ---- queries that must compile ----

  @Test
  void beginsWithOnStringInstantAndBinarySortKeysTypedRangesAndMultiAttributeKeysCompile() {
    JavaFileObject queries =
        source(
            "test.Queries",
            "package test;",
            "import io.dynamap.runtime.key.KeyCondition;",
            "import java.time.Instant;",
            "import java.util.List;",
            "import java.util.stream.Stream;",
            "class Queries {",
            "  List<KeyCondition<?>> conditions() {",
            "    return List.of(",
            "        OtherKeys.partition(\"a\").name().beginsWith(\"x\"),",
            "        EventKeys.partition(\"s\").at().beginsWith(\"2026-03\"),",
            "        ChunkKeys.partition(\"f\").offset().beginsWith(new byte[] {1, 2}),",
            "        ThingKeys.partition(\"a\").count().between(1, 5),",
            "        EventKeys.partition(\"s\").at().ge(Instant.EPOCH),",
            "        ThingKeys.partition(\"a\"),",
            "        MatchKeys.byTournament(\"WINTER\", 2025),",
            "        MatchKeys.byTournament(\"WINTER\", 2025).round().eq(\"SEMI\"),",
            "        MatchKeys.byTournament(\"WINTER\", 2025).round().beginsWith(\"S\"),",
            "        MatchKeys.byTournament(\"WINTER\", 2025).round().eq(\"SEMI\").bracket().between(1, 2),",
            "        MatchKeys.byTournament(\"WINTER\", 2025).round().eq(\"SEMI\").bracket().eq(1)",
            "            .court().beginsWith(\"A\"),",
            "        MatchKeys.byTournament(\"WINTER\", 2025).round().eq(\"SEMI\").bracket().eq(1)",
            "            .court().eq(\"A\"),",
            "        VisitKeys.bySite(\"s\").day().eq(\"mon\").hour().lt(9),",
            "        VisitKeys.byPair(\"l\", java.util.UUID.randomUUID()));",
            "  }",
            "  Stream<Thing> query(ThingRepository things) {",
            "    return things.query(ThingKeys.partition(\"a\").count().eq(3)).stream();",
            "  }",
            "  Stream<Match> query(MatchRepository matches) {",
            "    return matches.query(MatchKeys.byTournament(\"W\", 2025).round().lt(\"R\")).stream();",
            "  }",
            "}");
    JavaFileObject[] sources =
        Stream.concat(ENTITIES.stream(), Stream.of(queries)).toArray(JavaFileObject[]::new);
    assertThat(Compilations.compile(Compilations.STRICT, sources)).succeededWithoutWarnings();
  }
}
