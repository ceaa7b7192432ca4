package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Repository-interface methods whose names point at a global index with a multi-attribute key but
 * do not fit it: a partition attribute left out, a sort attribute skipped, a range before the last
 * sort attribute given, an order the index cannot give.
 */
class MultiAttributeRepositoryErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  static {
    COMPILATION.add(
        "test.Shipment",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Shipments\")",
        "public record Shipment(",
        "    @PartitionKey String id,",
        "    @IndexPartitionKey(value = \"byRegionAndTier\", order = 1) String region,",
        "    @IndexPartitionKey(value = \"byRegionAndTier\", order = 2) int tier,",
        "    @IndexSortKey(value = \"byRegionAndTier\", order = 1) String lane,",
        "    @IndexSortKey(value = \"byRegionAndTier\", order = 2) long weight,",
        "    @IndexSortKey(value = \"byRegionAndTier\", order = 3) long volume) {}");
  }

  private static final JavaFileObject STORE =
      COMPILATION.add(
          "test.ShipmentStore",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.stream.Stream;",
          "@Repository(Shipment.class)",
          "interface ShipmentStore {",
          "  Stream<Shipment> findByRegion(String region);", // 6
          "  Stream<Shipment> findByRegionAndTierAndWeight(String region, int tier, long weight);",
          "  Stream<Shipment> findByRegionAndTierAndLaneAfterAndWeight(",
          "      String region, int tier, String lane, long weight);", // 9
          "  Stream<Shipment> findByRegionAndTierGreaterThan(String region, int tier);",
          "  Stream<Shipment> findByRegionAndTierOrderByWeight(String region, int tier);",
          "  @UsingIndex(\"byRegionAndTier\")",
          "  Stream<Shipment> findByLane(String lane);", // 13
          "  Stream<Shipment> findByRegionAndTierAndLaneAndWeightLessThan(",
          "      String region, int tier, String lane, long weight);",
          "}");

  @Test
  @Reports(Message.QUERY_MULTI_ATTRIBUTE_KEY)
  void aQueryGivesEveryPartitionAttribute() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByRegion() cannot query index \"byRegionAndTier\" (a multi-attribute key): it names"
                + " no equality on its partition attribute 'tier'; a query gives every partition"
                + " attribute, 'region', 'tier', as in findByRegionAndTier(…)")
        .inFile(STORE)
        .onLine(6);
  }

  @Test
  void sortAttributesAreGivenLeftToRight() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByRegionAndTierAndWeight() cannot query index \"byRegionAndTier\" (a"
                + " multi-attribute key): it names the sort attribute 'weight' but the sort"
                + " attribute 'lane' is not given; sort attributes are given left to right"
                + " ('lane', 'weight', 'volume'), each with Equals but the last one given")
        .inFile(STORE)
        .onLine(7);
  }

  @Test
  void aRangeEndsTheKeyCondition() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByRegionAndTierAndLaneAfterAndWeight() cannot query index \"byRegionAndTier\" (a"
                + " multi-attribute key): it names the sort attribute 'weight' but a range on"
                + " 'lane' ends the key condition")
        .inFile(STORE)
        .onLine(8);
  }

  @Test
  void aPartitionAttributeTakesAnEquality() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByRegionAndTierGreaterThan() cannot query index \"byRegionAndTier\" (a"
                + " multi-attribute key): its partition attribute 'tier' is selected with exactly"
                + " one Equals")
        .inFile(STORE)
        .onLine(10);
  }

  @Test
  void orderByNamesTheFirstSortAttributeNotFixed() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByRegionAndTierOrderByWeight() cannot query index \"byRegionAndTier\" (a"
                + " multi-attribute key): its results come in the order of its sort attributes"
                + " 'lane', 'weight', 'volume', so OrderBy names the first one not fixed by"
                + " Equals, not 'weight'")
        .inFile(STORE)
        .onLine(11);
  }

  @Test
  @Reports(Message.QUERY_INDEX_NOT_USABLE)
  void usingAMultiAttributeIndexNeedsItsPartitionAttributes() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByLane() is declared @UsingIndex(\"byRegionAndTier\") but it names no equality on"
                + " the partition attributes 'region', 'tier' of index byRegionAndTier")
        .inFile(STORE)
        .onLine(13);
    COMPILATION.assertErrorCount(STORE, 6);
  }
}
