package io.dynamap.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Key templates of existing tables: {@code @KeyFormat} patterns and escaping, converters in
 * templates, and templates that could not be read back from stored keys.
 */
class KeyFormatErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();
  private static final JavaFileObject CODE =
      Compilations.source("test.Code", "package test;", "public record Code(String value) {}");
  private static final JavaFileObject CODE_CONVERTER =
      Compilations.source(
          "test.CodeConverter",
          "package test;",
          "import io.dynamap.runtime.schema.AttributeConverter;",
          "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
          "public final class CodeConverter implements AttributeConverter<Code> {",
          "  public AttributeValue toAttributeValue(Code code) { return AttributeValue.fromS(code.value()); }",
          "  public Code fromAttributeValue(AttributeValue value) { return new Code(value.s()); }",
          "}");

  static {
    COMPILATION.add(
        "test.Shop",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@SingleTable(name = \"Shop\", escapeKeys = false)",
        "interface Shop {}");
    COMPILATION.add(CODE);
    COMPILATION.add(CODE_CONVERTER);
  }

  private static JavaFileObject item(String name, String annotations, String... components) {
    String[] lines = new String[7 + components.length];
    lines[0] = "package test;";
    lines[1] = "import io.dynamap.annotations.*;";
    lines[2] = "import java.time.*;";
    lines[3] = annotations;
    lines[4] = "record " + name + "(";
    for (int i = 0; i < components.length; i++) {
      lines[5 + i] = "    " + components[i] + (i + 1 < components.length ? "," : "");
    }
    lines[5 + components.length] = ") {";
    lines[6 + components.length] = "}";
    return COMPILATION.add("test." + name, lines);
  }

  // Valid: a pattern, a converter in the partition and last in the sort key, no escaping.
  private static final JavaFileObject VALID =
      item(
          "Invoice",
          "@Item(table = Shop.class, type = \"invoice\", partition = \"INVOICE#{code}\","
              + " sort = \"{issued}#{customerId}\", storeKeyFields = false)",
          "@Convert(CodeConverter.class) Code code",
          "@KeyFormat(pattern = \"yyyyMMdd\") LocalDate issued",
          "@KeyFormat(escape = false) String customerId",
          "long cents");
  private static final JavaFileObject WRONG_TYPE =
      item(
          "Shipment",
          "@Item(table = Shop.class, partition = \"SHIPMENT#{shipmentId}\", sort = \"S#{weight}\")",
          "String shipmentId",
          "@KeyFormat(pattern = \"0000\") long weight");
  private static final JavaFileObject ESCAPE_NUMBER =
      item(
          "Parcel",
          "@Item(table = Shop.class, partition = \"PARCEL#{parcelId}\", sort = \"PARCEL\")",
          "@KeyFormat(escape = false) long parcelId");
  private static final JavaFileObject UNUSED =
      item(
          "Refund",
          "@Item(table = Shop.class, partition = \"REFUND#{refundId}\", sort = \"REFUND\")",
          "String refundId",
          "@KeyFormat(pattern = \"yyyy-MM-dd\") LocalDate day");
  private static final JavaFileObject BAD_PATTERN =
      item(
          "Payment",
          "@Item(table = Shop.class, partition = \"PAYMENT#{paymentId}\", sort = \"AT#{at}\")",
          "String paymentId",
          "@KeyFormat(pattern = \"yyyy-MM-dd'T\") LocalDateTime at");
  private static final JavaFileObject LOSSY_PATTERN =
      item(
          "Delivery",
          "@Item(table = Shop.class, partition = \"DELIVERY#{deliveryId}\", sort = \"AT#{at}\")",
          "String deliveryId",
          "@KeyFormat(pattern = \"HH:mm\") LocalDateTime at");
  private static final JavaFileObject CONVERTER_FIRST =
      item(
          "Voucher",
          "@Item(table = Shop.class, partition = \"VOUCHER#{owner}\", sort = \"V#{code}#{at}\")",
          "String owner",
          "@Convert(CodeConverter.class) Code code",
          "Instant at");
  private static final JavaFileObject UNSORTED_PATTERN_FIRST =
      item(
          "Review",
          "@Item(table = Shop.class, partition = \"REVIEW#{productId}\", sort = \"R#{day}#{rating}\")",
          "String productId",
          "@KeyFormat(pattern = \"d/M/yyyy\") LocalDate day",
          "int rating");
  private static final JavaFileObject ADJACENT =
      item(
          "Basket",
          "@Item(table = Shop.class, partition = \"{owner}{name}\", sort = \"BASKET\")",
          "String owner",
          "String name");
  private static final JavaFileObject ON_TABLE =
      COMPILATION.add(
          "test.Plain",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Plain\")",
          "record Plain(",
          "    @PartitionKey @KeyFormat(escape = false) String id) {}");

  @Test
  void formatsConvertersAndUnescapedTextCompile() {
    Compilation compilation = COMPILATION.get();
    assertThat(
            compilation.errors().stream()
                .map(Object::toString)
                .filter(e -> e.contains("Invoice.java"))
                .toList())
        .isEmpty();
  }

  private static final JavaFileObject COLLECTION_FORMATS =
      COMPILATION.add(
          "test.Days",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.time.LocalDate;",
          "@ItemCollection(Shop.class)",
          "sealed interface Days permits Days.Plan, Days.Log {",
          "  @Item(table = Shop.class, type = \"PLAN\", partition = \"DAY#{day}\", sort = \"PLAN\")",
          "  record Plan(LocalDate day) implements Days {}",
          "  @Item(table = Shop.class, type = \"LOG\", partition = \"DAY#{day}\", sort = \"LOG\")",
          "  record Log(@KeyFormat(pattern = \"yyyyMMdd\") LocalDate day) implements Days {}",
          "}");

  private static final JavaFileObject PROJECTION =
      COMPILATION.add(
          "test.InvoiceTotal",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Projection(Invoice.class)",
          "record InvoiceTotal(",
          "    String customerId,",
          "    long cents) {}");

  @Test
  @Reports(Message.PROJECTION_KEY_ONLY)
  void aProjectionCannotReadAFieldKeptOnlyInKeys() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "component 'customerId' of @Projection InvoiceTotal is kept only in the keys of Invoice"
                + " (@Item(storeKeyFields = false)), so no projection of attributes reads it: leave"
                + " it out, or read the entity")
        .inFile(PROJECTION)
        .onLine(5);
  }

  @Test
  void collectionMembersComposeThePartitionInTheSameFormat() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "Plan composes its partition key as \"DAY#{day}\" but Log as \"DAY#{day}\": the members"
                + " of @ItemCollection Days share a partition, so they need the same partition"
                + " template over fields of the same names, types and key formats")
        .inFile(COLLECTION_FORMATS)
        .onLine(5);
  }

  /** Beans read fields back from keys too, and the generated code compiles without warnings. */
  @Test
  void aBeanItemWithFieldsOnlyInKeysCompilesCleanly() {
    Compilation compilation =
        Compilations.compile(
            Compilations.STRICT,
            Compilations.source(
                "test.Ledger",
                "package test;",
                "import io.dynamap.annotations.*;",
                "@SingleTable(name = \"Ledger\", indexes = @SingleTable.GlobalIndex(name = \"gsi1\"))",
                "interface Ledger {}"),
            CODE,
            CODE_CONVERTER,
            Compilations.source(
                "test.Line",
                "package test;",
                "import io.dynamap.annotations.*;",
                "import java.time.Instant;",
                "@Item(table = Ledger.class, partition = \"BOOK#{book}#{code}\","
                    + " sort = \"LINE#{at}#{kind}\", storeKeyFields = false)",
                "@IndexKeys(index = \"gsi1\", partition = \"KIND#{kind}\", sort = \"{at}\")",
                "public class Line {",
                "  private String book;",
                "  @Convert(CodeConverter.class) private Code code;",
                "  @KeyFormat(pattern = \"yyyy-MM-dd'T'HH:mm:ss.SSS'Z'\") private Instant at;",
                "  @KeyFormat(escape = false) private Kind kind;",
                "  private long amount;",
                "  public enum Kind { DEBIT, CREDIT }",
                "  public String getBook() { return book; }",
                "  public void setBook(String book) { this.book = book; }",
                "  public Code getCode() { return code; }",
                "  public void setCode(Code code) { this.code = code; }",
                "  public Instant getAt() { return at; }",
                "  public void setAt(Instant at) { this.at = at; }",
                "  public Kind getKind() { return kind; }",
                "  public void setKind(Kind kind) { this.kind = kind; }",
                "  public long getAmount() { return amount; }",
                "  public void setAmount(long amount) { this.amount = amount; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** Fields kept only in keys are no attributes; a converter ending the sort key has no conditions. */
  @Test
  void fieldsOnlyInKeysAreNoAttributesAndConvertersEndingTheSortKeyHaveNoConditions() {
    JavaFileObject uses =
        Compilations.source(
            "test.KeyOnlyUses",
            "package test;",
            "import io.dynamap.runtime.expr.Condition;",
            "class KeyOnlyUses {",
            "  Condition<Invoice> filterOnAKeyField() { return InvoiceAttributes.customerId.eq(\"c\"); }",
            "  Condition<Invoice> filterOnAnAttribute() { return InvoiceAttributes.cents.gt(0L); }",
            "  Object conditionOnAConverter() { return CouponKeys.partition(\"o\").code(); }",
            "  Object allOfAConverter() { return CouponKeys.partition(\"o\").all(); }",
            "}");
    Compilation compilation =
        Compilations.compile(
            Compilations.source(
                "test.Shop",
                "package test;",
                "import io.dynamap.annotations.*;",
                "@SingleTable(name = \"Shop\", escapeKeys = false)",
                "interface Shop {}"),
            CODE,
            CODE_CONVERTER,
            Compilations.source(
                "test.Invoice",
                "package test;",
                "import io.dynamap.annotations.*;",
                "@Item(table = Shop.class, partition = \"INVOICE#{invoiceId}\","
                    + " sort = \"C#{customerId}\", storeKeyFields = false)",
                "record Invoice(String invoiceId, String customerId, long cents) {}"),
            Compilations.source(
                "test.Coupon",
                "package test;",
                "import io.dynamap.annotations.*;",
                "@Item(table = Shop.class, partition = \"COUPON#{owner}\", sort = \"C#{code}\")",
                "record Coupon(String owner, @Convert(CodeConverter.class) Code code) {}"),
            uses);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(uses).onLine(4);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(uses).onLine(6);
    assertThat(compilation.errors().stream().map(e -> e.getLineNumber()).distinct().toList())
        .containsExactly(4L, 6L);
  }

  @Test
  @Reports(Message.KEY_FORMAT_NOT_APPLICABLE)
  void aKeyFormatMustApply() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@KeyFormat(pattern = \"0000\") on 'weight' (a long) has no effect: patterns are for"
                + " Instant, LocalDate and LocalDateTime fields")
        .inFile(WRONG_TYPE)
        .onLine(7);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@KeyFormat(escape = false) on 'parcelId' (a long) has no effect: only String and enum"
                + " fields are escaped")
        .inFile(ESCAPE_NUMBER)
        .onLine(6);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@KeyFormat() on 'day' (a LocalDate) has no effect: no key template of Refund composes it")
        .inFile(UNUSED)
        .onLine(7);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@KeyFormat() on 'id' (a String) has no effect: only the key templates of an @Item entity"
                + " have formats")
        .inFile(ON_TABLE)
        .onLine(5);
  }

  @Test
  @Reports(Message.KEY_FORMAT_BAD_PATTERN)
  void aKeyFormatPatternMustWriteAndReadBack() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@KeyFormat(pattern = \"yyyy-MM-dd'T\") on 'at' (a LocalDateTime): it is no"
                + " DateTimeFormatter pattern")
        .inFile(BAD_PATTERN)
        .onLine(7);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@KeyFormat(pattern = \"HH:mm\") on 'at' (a LocalDateTime): it cannot write a value and"
                + " read it back")
        .inFile(LOSSY_PATTERN)
        .onLine(7);
  }

  @Test
  @Reports(Message.TEMPLATE_NOT_SORTABLE)
  void aConverterOrAnUnorderedPatternCannotComeBeforeTheSortConditionsField() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "sort template \"V#{code}#{at}\" would not be sortable: 'code' is written by its"
                + " @Convert converter, whose output is not known to be fixed-width and ordered")
        .inFile(CONVERTER_FIRST)
        .onLine(4);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "sort template \"R#{day}#{rating}\" would not be sortable: 'day' has the @KeyFormat"
                + " pattern \"d/M/yyyy\", which is not fixed-width and ordered")
        .inFile(UNSORTED_PATTERN_FIRST)
        .onLine(4);
  }

  @Test
  @Reports(Message.TEMPLATE_NOT_READABLE)
  void aVariableWidthFieldNeedsTextAfterIt() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "Partition template \"{owner}{name}\" could not be read back from stored keys: 'owner'"
                + " has no fixed width and is followed directly by 'name'; put literal text between"
                + " them")
        .inFile(ADJACENT)
        .onLine(4);
  }
}
