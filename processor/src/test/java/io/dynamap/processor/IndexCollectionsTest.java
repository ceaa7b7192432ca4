package io.dynamap.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynamap.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Item collections on a global index and named index access patterns: what does not compile,
 * each error on its line, and what does (an entity in several collections, sort fields the
 * partition fixes).
 */
class IndexCollectionsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  static {
    COMPILATION.add(
        "test.Shop",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@SingleTable(name = \"Shop\", typeAttribute = \"EntityType\", indexes = {",
        "    @SingleTable.GlobalIndex(name = \"GSI1\"), @SingleTable.GlobalIndex(name = \"GSI2\")})",
        "interface Shop {}");
  }

  private static JavaFileObject item(String name, String annotations, String components) {
    return COMPILATION.add(
        "test." + name,
        "package test;",
        "import io.dynamap.annotations.*;",
        "import java.time.LocalDate;",
        annotations,
        "record " + name + "(" + components + ") {}");
  }

  private static final JavaFileObject BAD_NAME =
      item("Refund",
          "@Item(table = Shop.class, partition = \"o#{orderId}\", sort = \"r#{refundId}\")\n"
              + "@IndexKeys(index = \"GSI1\", name = \"by refund\", partition = \"r#{refundId}\","
              + " sort = \"r#{refundId}\")",
          "String orderId, String refundId");
  private static final JavaFileObject NAMED_PARTITION =
      item("Coupon",
          "@Item(table = Shop.class, partition = \"o#{orderId}\", sort = \"cp#{code}\")\n"
              + "@IndexKeys(index = \"GSI1\", name = \"partition\", partition = \"cp#{code}\","
              + " sort = \"cp#{code}\")",
          "String orderId, String code");
  private static final JavaFileObject SAME_NAME_TWICE =
      item("Review",
          "@Item(table = Shop.class, partition = \"p#{productId}\", sort = \"rv#{reviewId}\")\n"
              + "@IndexKeys(index = \"GSI1\", name = \"byAuthor\", partition = \"a#{author}\","
              + " sort = \"{day}\")\n"
              + "@IndexKeys(index = \"GSI2\", name = \"byAuthor\", partition = \"a#{author}\","
              + " sort = \"rv#{reviewId}\")",
          "String productId, String reviewId, String author, LocalDate day");

  // Members of the collections below.
  static {
    item("Parcel",
        "@Item(table = Shop.class, type = \"parcel\", partition = \"o#{orderId}\", sort = \"pa#{parcelId}\")\n"
            + "@IndexKeys(index = \"GSI1\", partition = \"pa#{parcelId}\", sort = \"pa#{parcelId}\")\n"
            + "@IndexKeys(index = \"GSI2\", partition = \"c#{customer}\", sort = \"{day}\")",
        "String orderId, String parcelId, String customer, LocalDate day");
    item("ParcelLine",
        "@Item(table = Shop.class, type = \"parcelLine\", partition = \"o#{orderId}\", sort = \"pl#{lineId}\")\n"
            + "@IndexKeys(index = \"GSI1\", partition = \"pa#{parcelId}\", sort = \"pa#{parcelId}#{lineId}\")\n"
            + "@IndexKeys(index = \"GSI2\", partition = \"c#{customer}\", sort = \"{day}\")",
        "String orderId, String lineId, String parcelId, String customer, LocalDate day");
    item("Note",
        "@Item(table = Shop.class, type = \"note\", partition = \"o#{orderId}\", sort = \"n#{noteId}\")\n"
            + "@IndexKeys(index = \"GSI1\", partition = \"n#{noteId}\", sort = \"n#{noteId}\")",
        "String orderId, String noteId");
    item("Unindexed",
        "@Item(table = Shop.class, type = \"unindexed\", partition = \"o#{orderId}\", sort = \"u#{id}\")",
        "String orderId, String id");
  }

  private static final JavaFileObject UNKNOWN_INDEX =
      COMPILATION.add(
          "test.ParcelsByCarrier",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(value = Shop.class, index = \"GSI9\")",
          "sealed interface ParcelsByCarrier permits Parcel {}");
  private static final JavaFileObject NOT_IN_INDEX =
      COMPILATION.add(
          "test.ParcelNotes",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(value = Shop.class, index = \"GSI1\")",
          "sealed interface ParcelNotes permits Parcel, Unindexed {}");
  private static final JavaFileObject INDEX_PARTITIONS =
      COMPILATION.add(
          "test.ParcelOrNote",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(value = Shop.class, index = \"GSI1\")",
          "sealed interface ParcelOrNote permits Parcel, Note {}");
  private static final JavaFileObject OVERLAP =
      COMPILATION.add(
          "test.ParcelContents",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(value = Shop.class, index = \"GSI1\")",
          "sealed interface ParcelContents permits Parcel, ParcelLine {}");
  private static final JavaFileObject SHARED_FORMAT_UNFILTERED =
      COMPILATION.add(
          "test.CustomerDays",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(value = Shop.class, index = \"GSI2\")",
          "sealed interface CustomerDays permits Parcel, ParcelLine {}");
  static {
    COMPILATION.add(
          "test.CustomerDaysFiltered",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(value = Shop.class, index = \"GSI2\", typeFilter = true)",
          "sealed interface CustomerDaysFiltered permits Parcel, ParcelLine {}");
  }

  private static final JavaFileObject TABLE_OVERLAP_FILTERED =
      COMPILATION.add(
          "test.ParcelTable",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(value = Shop.class, typeFilter = true)",
          "sealed interface ParcelTable permits ParcelTable.Box, ParcelTable.BoxLabel {",
          "  @Item(table = Shop.class, type = \"box\", partition = \"o#{orderId}\", sort = \"b#{id}\")",
          "  record Box(String orderId, String id) implements ParcelTable {}",
          "  @Item(table = Shop.class, type = \"boxLabel\", partition = \"o#{orderId}\", sort = \"b#L#{id}\")",
          "  record BoxLabel(String orderId, String id) implements ParcelTable {}",
          "}");

  @Test
  void onTheTablesOwnPartitionTheTypeFilterDoesNotExcuseOverlappingPrefixes() {
    // Each member's own table queries select by prefix, without a filter: Box's all() would read
    // BoxLabel's items whatever the collection does.
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "the sort keys of Box (\"b#{id}\") and BoxLabel (\"b#L#{id}\") overlap")
        .inFile(TABLE_OVERLAP_FILTERED)
        .onLine(4);
  }

  @Test
  @Reports(Message.INDEX_KEYS_NAME_INVALID)
  void anAccessPatternNameIsAJavaMethodName() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexKeys(name = \"by refund\") for index GSI1 is no Java method name")
        .inFile(BAD_NAME)
        .onLine(5);
  }

  @Test
  @Reports(Message.INDEX_KEYS_NAME_CLASH)
  void anAccessPatternNameIsNotTakenTwice() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexKeys(index = \"GSI1\") would start its queries with partition(...), which is"
                + " already the table's own key builder")
        .inFile(NAMED_PARTITION)
        .onLine(5);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexKeys(index = \"GSI2\") would start its queries with byAuthor(...), which is"
                + " already the key builder of index GSI1")
        .inFile(SAME_NAME_TWICE)
        .onLine(7); // javac places a repeated annotation's errors on the record it annotates
  }

  @Test
  @Reports(Message.COLLECTION_UNKNOWN_INDEX)
  void anIndexCollectionNamesADeclaredIndex() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@ItemCollection(index = \"GSI9\"): table Shop declares no such index; its indexes are"
                + " GSI1, GSI2")
        .inFile(UNKNOWN_INDEX)
        .onLine(3);
  }

  @Test
  @Reports(Message.COLLECTION_MEMBER)
  void everyMemberComposesTheIndexKeys() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@ItemCollection ParcelNotes permits Unindexed, which is not an @Item entity of table"
                + " Shop: it composes no keys of index GSI1; add @IndexKeys(index = \"GSI1\"")
        .inFile(NOT_IN_INDEX)
        .onLine(4);
  }

  @Test
  @Reports(Message.COLLECTION_PARTITION_MISMATCH)
  void membersShareTheIndexPartitionTemplate() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "Parcel composes its index GSI1 partition key as \"pa#{parcelId}\" but Note as"
                + " \"n#{noteId}\"")
        .inFile(INDEX_PARTITIONS)
        .onLine(4);
  }

  @Test
  @Reports(Message.COLLECTION_INDEX_SORT_OVERLAP)
  void overlappingIndexSortKeysNeedTheTypeFilter() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "the index GSI1 sort keys of Parcel (\"pa#{parcelId}\") and ParcelLine"
                + " (\"pa#{parcelId}#{lineId}\") overlap, so their keys do not tell the types"
                + " apart and a query of @ItemCollection ParcelContents relies on the type")
        .inFile(OVERLAP)
        .onLine(4);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "the index GSI2 sort keys of Parcel (\"{day}\") and ParcelLine (\"{day}\") overlap")
        .inFile(SHARED_FORMAT_UNFILTERED)
        .onLine(4);
  }

  @Test
  void aCollectionThatFiltersOnTheTypeMayShareOneSortFormat() {
    assertThat(
            COMPILATION.get().errors().stream()
                .map(error -> error.getMessage(null))
                .filter(message -> message.contains("CustomerDaysFiltered"))
                .toList())
        .isEmpty();
    // anEntityBelongsToSeveralCollections generates such a collection; the golden files show it.
  }

  @Test
  void aSortFieldThePartitionComposesNeedNotBeFixedWidth() {
    // ParcelLine's "pa#{parcelId}#{lineId}" under "pa#{parcelId}": parcelId is one value in the
    // partition, so its width cannot disturb the order.
    assertThat(
            COMPILATION.get().errors().stream()
                .map(error -> error.getMessage(null))
                .filter(message -> message.contains("pa#{parcelId}#{lineId}\" would not be"))
                .toList())
        .isEmpty();
    // The golden files generate one (Visit's "c#{customerId}#{day}" under "c#{customerId}").
  }

  /** An entity in a table collection and two index collections, as in the online shop. */
  @Test
  void anEntityBelongsToSeveralCollections() {
    Compilation compilation =
        Compilations.compile(
            Compilations.STRICT,
            source(
                "test.Store",
                "package test;",
                "import io.dynamap.annotations.*;",
                "@SingleTable(name = \"Store\", indexes = {",
                "    @SingleTable.GlobalIndex(name = \"GSI1\"), @SingleTable.GlobalIndex(name = \"GSI2\")})",
                "interface Store {}"),
            source(
                "test.Invoice",
                "package test;",
                "import io.dynamap.annotations.*;",
                "import java.time.LocalDate;",
                "@Item(table = Store.class, type = \"invoice\", partition = \"o#{orderId}\","
                    + " sort = \"i#{invoiceId}\")",
                "@IndexKeys(index = \"GSI1\", partition = \"i#{invoiceId}\", sort = \"i#{invoiceId}\")",
                "@IndexKeys(index = \"GSI2\", partition = \"c#{customerId}\", sort = \"{date}\")",
                "record Invoice(String orderId, String invoiceId, String customerId, LocalDate date)",
                "    implements OrderDetails, InvoicePayments, CustomerActivity {}"),
            source(
                "test.Payment",
                "package test;",
                "import io.dynamap.annotations.*;",
                "@Item(table = Store.class, type = \"payment\", partition = \"o#{orderId}\","
                    + " sort = \"pmn#{paymentId}\")",
                "@IndexKeys(index = \"GSI1\", partition = \"i#{invoiceId}\", sort = \"pmn#{paymentId}\")",
                "record Payment(String orderId, String paymentId, String invoiceId)",
                "    implements OrderDetails, InvoicePayments {}"),
            source(
                "test.OrderItem",
                "package test;",
                "import io.dynamap.annotations.*;",
                "import java.time.LocalDate;",
                "@Item(table = Store.class, type = \"orderItem\", partition = \"o#{orderId}\","
                    + " sort = \"p#{productId}\")",
                "@IndexKeys(index = \"GSI2\", partition = \"c#{customerId}\", sort = \"{date}\")",
                "record OrderItem(String orderId, String productId, String customerId, LocalDate date)",
                "    implements OrderDetails, CustomerActivity {}"),
            source(
                "test.OrderDetails",
                "package test;",
                "import io.dynamap.annotations.*;",
                "@ItemCollection(Store.class)",
                "sealed interface OrderDetails permits Invoice, Payment, OrderItem {}"),
            source(
                "test.InvoicePayments",
                "package test;",
                "import io.dynamap.annotations.*;",
                "@ItemCollection(value = Store.class, index = \"GSI1\")",
                "sealed interface InvoicePayments permits Invoice, Payment {}"),
            source(
                "test.CustomerActivity",
                "package test;",
                "import io.dynamap.annotations.*;",
                "@ItemCollection(value = Store.class, index = \"GSI2\", typeFilter = true)",
                "sealed interface CustomerActivity permits Invoice, OrderItem {}"));
    assertThat(compilation).succeededWithoutWarnings();
    for (String collection : new String[] {"OrderDetails", "InvoicePayments", "CustomerActivity"}) {
      assertThat(compilation).generatedSourceFile("test." + collection + "Keys");
      assertThat(compilation).generatedSourceFile("test." + collection + "Repository");
      assertThat(compilation).generatedSourceFile("test." + collection + "Schema");
    }
  }
}
