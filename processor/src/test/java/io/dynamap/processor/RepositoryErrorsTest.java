package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Repository methods that DynamoDB could not answer as declared: each is a compile error on the
 * method, saying what to do.
 */
class RepositoryErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  static {
    COMPILATION.add(
        "test.Parcel",
        "package test;",
        "import io.dynamap.annotations.*;",
        "import java.time.Instant;",
        "import java.util.Set;",
        "@Table(name = \"Parcels\")",
        "public record Parcel(",
        "    @PartitionKey String warehouse,",
        "    @SortKey long sequence,",
        "    @IndexPartitionKey(\"byRegionDate\") @IndexPartitionKey(\"byRegionWeight\") String region,",
        "    @IndexSortKey(\"byRegionDate\") Instant shippedAt,",
        "    @IndexSortKey(\"byRegionWeight\") double weight,",
        "    String carrier,",
        "    boolean fragile,",
        "    Set<String> labels) {}");
  }

  private static final JavaFileObject METHODS =
      COMPILATION.add(
          "test.ParcelStore",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import io.dynamap.runtime.page.*;",
          "import java.time.Instant;",
          "import java.util.*;",
          "import java.util.stream.Stream;",
          "@Repository",
          "interface ParcelStore {",
          "  Stream<Parcel> listEverything();", // 9
          "  Stream<Parcel> findByWarehouseAndSequance(String warehouse, long sequence);",
          "  Stream<Parcel> findByWarehouseOrRegion(String warehouse, String region);",
          "  Stream<Parcel> findByCarrier(String carrier);",
          "  Stream<Parcel> findByRegion(String region);",
          "  @UsingIndex(\"byColour\") Stream<Parcel> findByRegionAndCarrier(String r, String c);",
          "  @UsingIndex(\"byRegionDate\") Stream<Parcel> findByWarehouse(String warehouse);",
          "  Stream<Parcel> findByWarehouseAndSequenceNot(String warehouse, long sequence);",
          "  Stream<Parcel> findByWarehouseAndSequenceStartingWith(String w, String prefix);",
          "  List<Parcel> findByWarehouseAndSequenceBetween(String warehouse, long from);",
          "  Stream<Parcel> findByWarehouseAndCarrierIn(String warehouse, String carriers);", // 19
          "  Set<Parcel> readByWarehouse(String warehouse);",
          "  Optional<Parcel> queryByWarehouse(String warehouse);",
          "  Stream<Parcel> findByWarehouseOrderByWeight(String warehouse);",
          "  Stream<Parcel> scanByFragileTrueOrderBySequence();",
          "  Page<Parcel> streamByWarehouse(String warehouse);",
          "  List<Parcel> searchByWarehouse(String warehouse, PageRequest page);",
          "  Stream<Parcel> findByWarehouseAndFragileStartingWith(String w, String prefix);",
          "  int countByWarehouse(String warehouse);",
          "  <T> Stream<Parcel> findByWarehouseAndCarrier(String warehouse, T carrier);", // 28
          "  Stream<Parcel> findByRegionAndWeightGreaterThan(String region, int weight);",
          "  default Stream<Parcel> everything() { return listEverything(); }",
          "  Stream<Parcel> findByWarehouseAndLabelsContaining(String warehouse, String label);",
          "  long countByRegionAndWeightLessThan(String region, double weight);",
          "}");

  private static final JavaFileObject NOT_AN_INTERFACE =
      COMPILATION.add(
          "test.ParcelClass",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Repository(Parcel.class)",
          "abstract class ParcelClass {}");

  private static final JavaFileObject GENERIC =
      COMPILATION.add(
          "test.ParcelGeneric",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Repository(Parcel.class)",
          "interface ParcelGeneric<T> {}");

  private static final JavaFileObject UNKNOWN_ENTITY =
      COMPILATION.add(
          "test.ParcelCounts",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Repository",
          "interface ParcelCounts { long countByWarehouse(String warehouse); }");

  private static final JavaFileObject NOT_A_TABLE =
      COMPILATION.add(
          "test.Strings",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Repository(String.class)",
          "interface Strings {}");

  private static final JavaFileObject COMPOSED =
      COMPILATION.add(
          "test.Visits",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@SingleTable(name = \"Visits\") interface VisitTable {}",
          "@Item(table = VisitTable.class, partition = \"V#{id}\", sort = \"V\")",
          "record Visit(String id) {}",
          "@Repository",
          "interface Visits { java.util.stream.Stream<Visit> findById(String id); }");

  @Test
  @Reports(Message.REPOSITORY_COMPOSED_KEYS)
  void composedKeysAreQueriedWithTheirKeyBuilders() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Repository Visits: Visit is an @Item whose keys are composed from templates")
        .inFile(COMPOSED)
        .onLine(7);
  }

  @Test
  @Reports(Message.QUERY_METHOD_NAME)
  void aMethodNameMustSayWhatItReads() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "cannot tell what listEverything() reads: name a query method find…By…, count…By…,"
                + " exists…By…, delete…By… or scan…")
        .inFile(METHODS)
        .onLine(9);
  }

  @Test
  @Reports(Message.QUERY_UNKNOWN_PROPERTY)
  void anUnknownPropertyGetsTheNearestName() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByWarehouseAndSequance(): 'sequance' is no property of Parcel; did you mean"
                + " sequence?")
        .inFile(METHODS)
        .onLine(10);
  }

  @Test
  @Reports(Message.QUERY_OR)
  void orIsNotAKeyCondition() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("findByWarehouseOrRegion(): Or is not supported")
        .inFile(METHODS)
        .onLine(11);
  }

  @Test
  @Reports(Message.QUERY_NO_PARTITION_KEY)
  void aQueryNeedsAPartitionKeyOfTheTableOrAnIndex() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByCarrier() names no partition key: a query needs an equality on 'warehouse'"
                + " (the table) or 'region' (indexes byRegionDate, byRegionWeight); to read the"
                + " whole table, name it scanByCarrier")
        .inFile(METHODS)
        .onLine(12);
  }

  @Test
  @Reports(Message.QUERY_AMBIGUOUS_INDEX)
  void twoIndexesThatServeEquallyWellAreNamed() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByRegion() can read through the indexes byRegionDate and byRegionWeight equally"
                + " well: choose one with @UsingIndex(\"byRegionDate\")")
        .inFile(METHODS)
        .onLine(13);
  }

  @Test
  @Reports(Message.QUERY_UNKNOWN_INDEX)
  void usingIndexMustNameAnIndex() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@UsingIndex(\"byColour\"): Parcel has no index of that name; its indexes are"
                + " byRegionDate, byRegionWeight")
        .inFile(METHODS)
        .onLine(14);
  }

  @Test
  @Reports(Message.QUERY_INDEX_NOT_USABLE)
  void usingIndexNeedsItsPartitionKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByWarehouse() is declared @UsingIndex(\"byRegionDate\") but it names no equality"
                + " on the partition key 'region' of index byRegionDate")
        .inFile(METHODS)
        .onLine(15);
  }

  @Test
  @Reports(Message.QUERY_KEY_OPERATOR)
  void aSortKeyTakesOnlyKeyConditionOperators() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByWarehouseAndSequenceNot(): 'sequence' is the sort key of the table, which a"
                + " query selects with Equals, LessThan, LessThanEqual, GreaterThan,"
                + " GreaterThanEqual, Between or StartingWith; Not cannot select on it")
        .inFile(METHODS)
        .onLine(16);
  }

  @Test
  @Reports(Message.QUERY_OPERATOR_TYPE)
  void startingWithNeedsAStringOrBinaryKeyOrAttribute() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByWarehouseAndSequenceStartingWith(): StartingWith cannot be used on 'sequence'"
                + " (a long stored as a number): it needs a property stored as a string or binary")
        .inFile(METHODS)
        .onLine(17);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByWarehouseAndFragileStartingWith(): StartingWith cannot be used on 'fragile'"
                + " (a boolean stored as a boolean)")
        .inFile(METHODS)
        .onLine(26);
  }

  @Test
  @Reports(Message.QUERY_PARAMETER_COUNT)
  void parametersMatchTheValuesTheNameNeeds() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByWarehouseAndSequenceBetween() takes 3 value(s) from its name (warehouse,"
                + " sequence from, sequence to) but declares 2 parameter(s)")
        .inFile(METHODS)
        .onLine(18);
  }

  @Test
  @Reports(Message.QUERY_PARAMETER_TYPE)
  void parameterTypesMatchTheProperties() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByWarehouseAndCarrierIn(): parameter 'carriers' has type String, but In on"
                + " 'carrier' needs Collection<String>: declare it Collection<String>")
        .inFile(METHODS)
        .onLine(19);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByRegionAndWeightGreaterThan(): parameter 'weight' has type int, but GreaterThan"
                + " on 'weight' needs double: declare it double")
        .inFile(METHODS)
        .onLine(29);
  }

  @Test
  @Reports(Message.QUERY_RETURN_TYPE)
  void theReturnTypeMustBeASupportedForm() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "readByWarehouse() returns Set<Parcel>; a find method returns Stream<Parcel>,"
                + " List<Parcel>, Page<Parcel> (with a PageRequest parameter), or Optional<Parcel>"
                + " or Parcel where at most one item matches")
        .inFile(METHODS)
        .onLine(20);
    assertThat(COMPILATION.get())
        .hadErrorContaining("countByWarehouse() returns int; a count method returns long")
        .inFile(METHODS)
        .onLine(27);
  }

  @Test
  @Reports(Message.QUERY_NOT_UNIQUE)
  void optionalNeedsTheFullPrimaryKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "queryByWarehouse() returns Optional<Parcel>, but the query can match several items:"
                + " fix the whole primary key (warehouse and sequence) with equalities, or name"
                + " it findFirst…By…")
        .inFile(METHODS)
        .onLine(21);
  }

  @Test
  @Reports(Message.QUERY_ORDER_BY)
  void orderByOnlyOnTheSortKeyOfTheQuery() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByWarehouseOrderByWeight(): OrderByWeight: 'weight' is not the sort key of the"
                + " table or of an index this query can use (the table's is 'sequence'); a query"
                + " is ordered by its sort key only")
        .inFile(METHODS)
        .onLine(22);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "scanByFragileTrueOrderBySequence(): OrderBySequence: a scan reads the table in no"
                + " particular order")
        .inFile(METHODS)
        .onLine(23);
  }

  @Test
  @Reports(Message.QUERY_PAGE_REQUEST)
  void aPageGoesWithAPageRequest() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "streamByWarehouse(): a Page<Parcel> is read for a PageRequest: add a PageRequest"
                + " parameter")
        .inFile(METHODS)
        .onLine(24);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "searchByWarehouse(): a PageRequest parameter needs the return type Page<Parcel>")
        .inFile(METHODS)
        .onLine(25);
  }

  @Test
  @Reports(Message.REPOSITORY_TYPE_PARAMETERS)
  void repositoriesAndTheirMethodsAreNotGeneric() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("method findByWarehouseAndCarrier() has type parameters")
        .inFile(METHODS)
        .onLine(28);
    assertThat(COMPILATION.get())
        .hadErrorContaining("interface ParcelGeneric has type parameters")
        .inFile(GENERIC)
        .onLine(4);
  }

  @Test
  void validMethodsBesideBrokenOnesAreNotReported() {
    // One error per broken method (lines 9 to 29); the default method, the set's Containing and
    // countByRegionAndWeightLessThan are fine.
    COMPILATION.assertErrorCount(METHODS, 21);
  }

  @Test
  @Reports(Message.REPOSITORY_NOT_AN_INTERFACE)
  void aRepositoryIsAnInterface() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Repository cannot be used on class ParcelClass: declare the access patterns in an"
                + " interface")
        .inFile(NOT_AN_INTERFACE)
        .onLine(4);
  }

  @Test
  @Reports(Message.REPOSITORY_ENTITY_UNKNOWN)
  void theEntityIsNamedWhenNoMethodReturnsIt() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Repository ParcelCounts: no method returns a @Table entity; name the entity with"
                + " @Repository(YourEntity.class)")
        .inFile(UNKNOWN_ENTITY)
        .onLine(4);
  }

  @Test
  @Reports(Message.REPOSITORY_ENTITY_NOT_A_TABLE)
  void theEntityMustBeATable() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Repository(String.class): java.lang.String is not a @Table entity")
        .inFile(NOT_A_TABLE)
        .onLine(4);
  }
}
