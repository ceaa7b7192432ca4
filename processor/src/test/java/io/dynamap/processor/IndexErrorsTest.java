package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Secondary indexes that DynamoDB would refuse, or that could not be queried as declared. */
class IndexErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  private static final JavaFileObject GLOBAL_PROBLEMS =
      COMPILATION.add(
          "test.Ticket",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Tickets\")",
          "public record Ticket(",
          "    @PartitionKey String id,",
          "    @IndexPartitionKey(\"by owner\") String owner,",
          "    @IndexPartitionKey(\"byQueue\") String queue,",
          "    @IndexPartitionKey(\"byQueue\") String team,",
          "    @IndexSortKey(\"byQueue\") int priority,",
          "    @IndexSortKey(\"byQueue\") int age,",
          "    @IndexSortKey(\"orphan\") String label,",
          "    @IndexPartitionKey(\"byOpen\") boolean open) {}");

  @Test
  @Reports(Message.INVALID_INDEX_NAME)
  void anIndexNameMustBeValidForDynamoDb() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "index name \"by owner\" is not a valid DynamoDB index name: use 3 to 255 characters")
        .inFile(GLOBAL_PROBLEMS)
        .onLine(6);
  }

  @Test
  @Reports(Message.DUPLICATE_INDEX_PARTITION_KEY)
  void anIndexHasOnePartitionKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'team' is a second @IndexPartitionKey(\"byQueue\") (the first is 'queue'): an index has"
                + " exactly one partition key")
        .inFile(GLOBAL_PROBLEMS)
        .onLine(8);
  }

  @Test
  @Reports(Message.DUPLICATE_INDEX_SORT_KEY)
  void anIndexHasAtMostOneSortKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'age' is a second sort key of index \"byQueue\" (the first is 'priority')")
        .inFile(GLOBAL_PROBLEMS)
        .onLine(10);
  }

  @Test
  @Reports(Message.INDEX_SORT_KEY_WITHOUT_PARTITION_KEY)
  void anIndexSortKeyNeedsItsPartitionKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexSortKey(\"orphan\") on 'label' needs an @IndexPartitionKey(\"orphan\") in the same"
                + " entity; for an index on the table's partition key use @LocalIndexSortKey")
        .inFile(GLOBAL_PROBLEMS)
        .onLine(11);
  }

  @Test
  @Reports(Message.UNSUITABLE_KEY_TYPE)
  void anIndexKeyMustBeStoredAsStringNumberOrBinary() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexPartitionKey 'open' has type boolean, which is stored as BOOL; a key must be"
                + " stored as a string, number or binary")
        .inFile(GLOBAL_PROBLEMS)
        .onLine(12);
    COMPILATION.assertErrorCount(GLOBAL_PROBLEMS, 5);
  }

  private static final JavaFileObject LOCAL_WITHOUT_SORT_KEY =
      COMPILATION.add(
          "test.Profile",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Profiles\")",
          "public record Profile(",
          "    @PartitionKey String id,",
          "    @LocalIndexSortKey(\"byAge\") int age) {}");

  @Test
  @Reports(Message.LOCAL_INDEX_WITHOUT_TABLE_SORT_KEY)
  void aLocalIndexNeedsATableSortKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@LocalIndexSortKey(\"byAge\") on 'age' needs a table with a sort key")
        .inFile(LOCAL_WITHOUT_SORT_KEY)
        .onLine(6);
    COMPILATION.assertErrorCount(LOCAL_WITHOUT_SORT_KEY, 1);
  }

  private static final JavaFileObject CONFIGURATION =
      COMPILATION.add(
          "test.Invoice",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Invoices\")",
          "@Index(name = \"byCustmer\")",
          "@Index(name = \"byCustomer\", projection = Index.Projection.INCLUDE, include = {\"totl\"})",
          "@Index(name = \"byDate\", projection = Index.Projection.KEYS_ONLY)",
          "public record Invoice(",
          "    @PartitionKey String id,",
          "    @SortKey long number,",
          "    @IndexPartitionKey(\"byCustomer\") String customer,",
          "    @LocalIndexSortKey(\"byDate\") @IndexSortKey(\"byDate\") String date,",
          "    long total) {}");

  /**
   * javac wraps repeated {@code @Index} annotations in a container it synthesises, which has no
   * source position, so their errors point at the class; a single {@code @Index} gets its own
   * line (see {@link #aSingleIndexConfigurationIsReportedOnItsOwnLine}).
   */
  private static final int CONFIGURED_CLASS_LINE = 7;

  private static final JavaFileObject SINGLE_CONFIGURATION =
      COMPILATION.add(
          "test.Receipt",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Receipts\")",
          "@Index(name = \"byShop\", projection = Index.Projection.INCLUDE)",
          "public record Receipt(",
          "    @PartitionKey String id,",
          "    @IndexPartitionKey(\"byShop\") String shop) {}");

  @Test
  @Reports(Message.INDEX_INCLUDE_PROBLEM)
  void aSingleIndexConfigurationIsReportedOnItsOwnLine() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Index(name = \"byShop\"): projection INCLUDE needs the attributes to include")
        .inFile(SINGLE_CONFIGURATION)
        .onLine(4);
    COMPILATION.assertErrorCount(SINGLE_CONFIGURATION, 1);
  }

  private static final JavaFileObject INCLUDE_WITHOUT_PROJECTION =
      COMPILATION.add(
          "test.Coupon",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Coupons\")",
          "@Index(name = \"byShop\", include = {\"value\"})",
          "public record Coupon(",
          "    @PartitionKey String id,",
          "    @IndexPartitionKey(\"byShop\") String shop,",
          "    int value) {}");

  @Test
  @Reports(Message.INDEX_INCLUDE_PROBLEM)
  void includeGoesWithProjectionInclude() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Index(name = \"byShop\"): include lists attributes, but only projection INCLUDE uses"
                + " them")
        .inFile(INCLUDE_WITHOUT_PROJECTION)
        .onLine(4);
    COMPILATION.assertErrorCount(INCLUDE_WITHOUT_PROJECTION, 1);
  }

  @Test
  @Reports(Message.UNKNOWN_INDEX)
  void anIndexConfigurationMustNameADeclaredIndex() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Index(name = \"byCustmer\") configures no index of Invoice: its key annotations name"
                + " byCustomer, byDate")
        .inFile(CONFIGURATION)
        .onLine(CONFIGURED_CLASS_LINE);
  }

  @Test
  @Reports(Message.INDEX_INCLUDE_PROBLEM)
  void includedAttributesMustExistAndGoWithInclude() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Index(name = \"byCustomer\"): include names \"totl\", which is no stored attribute of"
                + " Invoice")
        .inFile(CONFIGURATION)
        .onLine(CONFIGURED_CLASS_LINE);
  }

  @Test
  @Reports(Message.INDEX_KIND_CONFLICT)
  void anIndexIsEitherGlobalOrLocal() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "index \"byDate\" is declared both global (@IndexPartitionKey/@IndexSortKey) and local")
        .inFile(CONFIGURATION)
        .onLine(11);
    COMPILATION.assertErrorCount(CONFIGURATION, 3);
  }
}
