package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Multi-attribute keys of global indexes that DynamoDB would refuse or that are declared
 * ambiguously: too many attributes, places given twice, left out or out of range, an attribute
 * named twice, several sort attributes on a local index.
 */
class MultiAttributeIndexErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  private static final JavaFileObject TOO_MANY =
      COMPILATION.add(
          "test.Sale",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Sales\")",
          "public record Sale(",
          "    @PartitionKey String id,",
          "    @IndexPartitionKey(value = \"byPlace\", order = 1) String country,",
          "    @IndexPartitionKey(value = \"byPlace\", order = 2) String region,",
          "    @IndexPartitionKey(value = \"byPlace\", order = 3) String city,",
          "    @IndexPartitionKey(value = \"byPlace\", order = 4) String district,",
          "    @IndexPartitionKey(value = \"byPlace\", order = 5) String street) {}");

  @Test
  @Reports(Message.INDEX_KEY_TOO_MANY_ATTRIBUTES)
  void aMultiAttributeKeyHasAtMostFourAttributes() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'street' is attribute 5 of the partition key of index \"byPlace\": a multi-attribute"
                + " key has at most four attributes; drop one from the key, or key another index"
                + " with it")
        .inFile(TOO_MANY)
        .onLine(10);
    COMPILATION.assertErrorCount(TOO_MANY, 1);
  }

  private static final JavaFileObject ORDER_PROBLEMS =
      COMPILATION.add(
          "test.Shipment",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Shipments\")",
          "public record Shipment(",
          "    @PartitionKey String id,",
          "    @IndexPartitionKey(value = \"byRoute\", order = 1) String origin,",
          "    @IndexPartitionKey(value = \"byRoute\", order = 1) String destination,",
          "    @IndexPartitionKey(value = \"byCarrier\", order = 1) String carrier,",
          "    @IndexPartitionKey(value = \"byCarrier\", order = 3) String service,",
          "    @IndexPartitionKey(value = \"byDepot\", order = 1) String depot,",
          "    @IndexPartitionKey(\"byDepot\") String dock,",
          "    @IndexPartitionKey(value = \"byLane\", order = 1) String lane,",
          "    @IndexPartitionKey(value = \"byLane\", order = 7) String gate,",
          "    @IndexPartitionKey(value = \"byWeek\", order = 2) int week) {}");

  @Test
  @Reports(Message.INDEX_KEY_ORDER)
  void eachAttributeOfAKeyHasItsOwnPlace() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexPartitionKey(value = \"byRoute\", order = 1) on 'destination': place 1 is"
                + " 'origin''s already; give each attribute of the key its own place")
        .inFile(ORDER_PROBLEMS)
        .onLine(7);
  }

  @Test
  void thePlacesOfAKeyRunFromOneWithoutGaps() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexPartitionKey(value = \"byCarrier\", order = 3) on 'service': no attribute has"
                + " place 2; number the 2 attributes of the partition key 1 to 2 without gaps")
        .inFile(ORDER_PROBLEMS)
        .onLine(9);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexPartitionKey(value = \"byWeek\", order = 2) on 'week': no attribute has place"
                + " 1; number the 1 attributes of the partition key 1 to 1 without gaps")
        .inFile(ORDER_PROBLEMS)
        .onLine(14);
  }

  @Test
  void everyAttributeOfAMultiAttributeKeyGivesItsPlace() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexPartitionKey(value = \"byDepot\", order = 0) on 'dock': every attribute of a"
                + " multi-attribute key gives its place; add order = 1 to 2 as the other"
                + " attributes of this partition key do")
        .inFile(ORDER_PROBLEMS)
        .onLine(11);
  }

  @Test
  void placesRunFromOneToFour() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexPartitionKey(value = \"byLane\", order = 7) on 'gate': places run from 1 to 4,"
                + " a multi-attribute key having at most four attributes")
        .inFile(ORDER_PROBLEMS)
        .onLine(13);
    COMPILATION.assertErrorCount(ORDER_PROBLEMS, 5);
  }

  private static final JavaFileObject NAMED_TWICE =
      COMPILATION.add(
          "test.Parcel",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Parcels\")",
          "public record Parcel(",
          "    @PartitionKey String id,",
          "    @IndexPartitionKey(value = \"bySize\", order = 1) @IndexSortKey(\"bySize\") String size,",
          "    @IndexPartitionKey(value = \"byZone\", order = 1)",
          "    @IndexPartitionKey(value = \"byZone\", order = 2) String zone) {}");

  @Test
  @Reports(Message.INDEX_KEY_ATTRIBUTE_TWICE)
  void anAttributeTakesOnePlaceInAnIndexKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'size' is named twice in the key of index \"bySize\" (as a partition and a sort"
                + " attribute): an attribute takes one place in an index's key; remove one of the"
                + " annotations")
        .inFile(NAMED_TWICE)
        .onLine(6);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'zone' is named twice in the key of index \"byZone\" (twice as a partition"
                + " attribute)")
        .inFile(NAMED_TWICE)
        .onLine(8);
    COMPILATION.assertErrorCount(NAMED_TWICE, 2);
  }

  private static final JavaFileObject NAMED_TWICE_ON_A_FIELD =
      COMPILATION.add(
          "test.Crate",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Crates\")",
          "public class Crate {",
          "  @PartitionKey public String id;",
          "  @IndexPartitionKey(value = \"byDock\", order = 1)",
          "  @IndexPartitionKey(value = \"byDock\", order = 2)",
          "  public String dock;",
          "}");

  /** On a field, the error points at the repeated annotation that names it again. */
  @Test
  void anAttributeNamedTwiceIsReportedOnTheSecondAnnotation() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'dock' is named twice in the key of index \"byDock\" (twice as a partition"
                + " attribute)")
        .inFile(NAMED_TWICE_ON_A_FIELD)
        .onLine(8);
    COMPILATION.assertErrorCount(NAMED_TWICE_ON_A_FIELD, 1);
  }

  private static final JavaFileObject LOCAL_MULTI =
      COMPILATION.add(
          "test.Reading",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Readings\")",
          "public record Reading(",
          "    @PartitionKey String sensor,",
          "    @SortKey long at,",
          "    @LocalIndexSortKey(\"byLevel\") int level,",
          "    @LocalIndexSortKey(\"byLevel\") int sublevel) {}");

  @Test
  @Reports(Message.LOCAL_INDEX_MULTI_ATTRIBUTE_KEY)
  void aLocalIndexHasNoMultiAttributeKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'sublevel' is a second @LocalIndexSortKey(\"byLevel\") (the first is 'level'): a local"
                + " index has exactly one sort key attribute; for a multi-attribute key declare a"
                + " global index with @IndexPartitionKey and @IndexSortKey(value = \"byLevel\","
                + " order = 1), order = 2, …")
        .inFile(LOCAL_MULTI)
        .onLine(8);
    COMPILATION.assertErrorCount(LOCAL_MULTI, 1);
  }

  private static final JavaFileObject UNSUITABLE_TYPE =
      COMPILATION.add(
          "test.Visit",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Visits\")",
          "public record Visit(",
          "    @PartitionKey String id,",
          "    @IndexPartitionKey(value = \"bySite\", order = 1) String site,",
          "    @IndexPartitionKey(value = \"bySite\", order = 2) int floor,",
          "    @IndexSortKey(value = \"bySite\", order = 1) String day,",
          "    @IndexSortKey(value = \"bySite\", order = 2) boolean guided) {}");

  @Test
  @Reports(Message.UNSUITABLE_KEY_TYPE)
  void eachAttributeOfAMultiAttributeKeyHasAKeyType() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexSortKey 'guided' has type boolean, which is stored as BOOL; a key must be"
                + " stored as a string, number or binary")
        .inFile(UNSUITABLE_TYPE)
        .onLine(9);
    COMPILATION.assertErrorCount(UNSUITABLE_TYPE, 1);
  }
}
