package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The primary key: exactly one {@code @PartitionKey}, at most one {@code @SortKey}, each of a type
 * DynamoDB accepts for keys, stored and with a name DynamoDB accepts.
 */
class KeyErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  // ---- a partition key is required ----

  private static final JavaFileObject RECORD_WITHOUT_KEY =
      COMPILATION.add(
          "test.Note",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Notes\")",
          "public record Note(String id, String text) {}");

  @Test
  @Reports(Message.NO_PARTITION_KEY)
  void aRecordWithoutPartitionKeyIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "Note has no @PartitionKey: annotate the attribute that is the table's partition key")
        .inFile(RECORD_WITHOUT_KEY)
        .onLine(4);
    COMPILATION.assertErrorCount(RECORD_WITHOUT_KEY, 1);
  }

  private static final JavaFileObject BEAN_WITHOUT_KEY =
      COMPILATION.add(
          "test.Memo",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Memos\")",
          "public class Memo {",
          "  private String id;",
          "  public String getId() { return id; }",
          "  public void setId(String id) { this.id = id; }",
          "}");

  @Test
  @Reports(Message.NO_PARTITION_KEY)
  void aBeanWithoutPartitionKeyIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("Memo has no @PartitionKey")
        .inFile(BEAN_WITHOUT_KEY)
        .onLine(4);
    COMPILATION.assertErrorCount(BEAN_WITHOUT_KEY, 1);
  }

  private static final JavaFileObject IMMUTABLE_WITHOUT_KEY =
      COMPILATION.add(
          "test.Rate",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Rates\")",
          "public final class Rate {",
          "  private final String currency;",
          "  public Rate(String currency) { this.currency = currency; }",
          "  public String getCurrency() { return currency; }",
          "}");

  @Test
  @Reports(Message.NO_PARTITION_KEY)
  void anImmutableClassWithoutPartitionKeyIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("Rate has no @PartitionKey")
        .inFile(IMMUTABLE_WITHOUT_KEY)
        .onLine(4);
    COMPILATION.assertErrorCount(IMMUTABLE_WITHOUT_KEY, 1);
  }

  // ---- one partition key, one sort key ----

  private static final JavaFileObject TWO_PARTITION_KEYS =
      COMPILATION.add(
          "test.Tenant",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Tenants\")",
          "public record Tenant(",
          "    @PartitionKey String region,",
          "    @PartitionKey String id) {}");

  @Test
  @Reports(Message.DUPLICATE_PARTITION_KEY)
  void twoPartitionKeysAreRejectedOnTheSecond() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'id' is a second @PartitionKey (the first is 'region'): a table has exactly one"
                + " partition key")
        .inFile(TWO_PARTITION_KEYS)
        .onLine(6);
    COMPILATION.assertErrorCount(TWO_PARTITION_KEYS, 1);
  }

  private static final JavaFileObject TWO_PARTITION_KEYS_ON_FIELD_AND_GETTER =
      COMPILATION.add(
          "test.Device",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Devices\")",
          "public class Device {",
          "  @PartitionKey private String owner;",
          "  private String serial;",
          "  public String getOwner() { return owner; }",
          "  public void setOwner(String owner) { this.owner = owner; }",
          "  @PartitionKey",
          "  public String getSerial() { return serial; }",
          "  public void setSerial(String serial) { this.serial = serial; }",
          "}");

  @Test
  @Reports(Message.DUPLICATE_PARTITION_KEY)
  void aBeanWithPartitionKeysOnAFieldAndOnAnotherFieldsGetterIsRejectedOnTheGetter() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("'serial' is a second @PartitionKey (the first is 'owner')")
        .inFile(TWO_PARTITION_KEYS_ON_FIELD_AND_GETTER)
        .onLine(9);
    COMPILATION.assertErrorCount(TWO_PARTITION_KEYS_ON_FIELD_AND_GETTER, 1);
  }

  private static final JavaFileObject TWO_PARTITION_KEYS_IMMUTABLE =
      COMPILATION.add(
          "test.Leg",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Legs\")",
          "public final class Leg {",
          "  @PartitionKey private final String from;",
          "  private final String to;",
          "  public Leg(String from, String to) { this.from = from; this.to = to; }",
          "  public String getFrom() { return from; }",
          "  @PartitionKey",
          "  public String getTo() { return to; }",
          "}");

  @Test
  @Reports(Message.DUPLICATE_PARTITION_KEY)
  void anImmutableClassWithTwoPartitionKeysIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("'to' is a second @PartitionKey (the first is 'from')")
        .inFile(TWO_PARTITION_KEYS_IMMUTABLE)
        .onLine(9);
    COMPILATION.assertErrorCount(TWO_PARTITION_KEYS_IMMUTABLE, 1);
  }

  private static final JavaFileObject TWO_SORT_KEYS =
      COMPILATION.add(
          "test.Reading",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Readings\")",
          "public record Reading(",
          "    @PartitionKey String sensor,",
          "    @SortKey long at,",
          "    @SortKey long sequence) {}");

  @Test
  @Reports(Message.DUPLICATE_SORT_KEY)
  void twoSortKeysAreRejectedOnTheSecond() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'sequence' is a second @SortKey (the first is 'at'): a table has at most one sort key")
        .inFile(TWO_SORT_KEYS)
        .onLine(7);
    COMPILATION.assertErrorCount(TWO_SORT_KEYS, 1);
  }

  private static final JavaFileObject TWO_SORT_KEYS_IMMUTABLE =
      COMPILATION.add(
          "test.Sample",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Samples\")",
          "public final class Sample {",
          "  @PartitionKey private final String sensor;",
          "  @SortKey private final long at;",
          "  @SortKey private final long sequence;",
          "  public Sample(String sensor, long at, long sequence) {",
          "    this.sensor = sensor;",
          "    this.at = at;",
          "    this.sequence = sequence;",
          "  }",
          "  public String getSensor() { return sensor; }",
          "  public long getAt() { return at; }",
          "  public long getSequence() { return sequence; }",
          "}");

  @Test
  @Reports(Message.DUPLICATE_SORT_KEY)
  void anImmutableClassWithTwoSortKeysIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("'sequence' is a second @SortKey (the first is 'at')")
        .inFile(TWO_SORT_KEYS_IMMUTABLE)
        .onLine(7);
    COMPILATION.assertErrorCount(TWO_SORT_KEYS_IMMUTABLE, 1);
  }

  private static final JavaFileObject TWO_SORT_KEYS_BEAN =
      COMPILATION.add(
          "test.Measurement",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Measurements\")",
          "public class Measurement {",
          "  @PartitionKey String sensor;",
          "  @SortKey long at;",
          "  @SortKey long sequence;",
          "}");

  @Test
  @Reports(Message.DUPLICATE_SORT_KEY)
  void aBeanWithTwoSortKeysIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("'sequence' is a second @SortKey (the first is 'at')")
        .inFile(TWO_SORT_KEYS_BEAN)
        .onLine(7);
    COMPILATION.assertErrorCount(TWO_SORT_KEYS_BEAN, 1);
  }

  private static final JavaFileObject SORT_KEY_ONLY =
      COMPILATION.add(
          "test.Log",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Logs\")",
          "public record Log(",
          "    @SortKey long at,",
          "    String text) {}");

  @Test
  @Reports(Message.SORT_KEY_WITHOUT_PARTITION_KEY)
  void aSortKeyWithoutPartitionKeyIsRejectedOnTheSortKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@SortKey on 'at' needs a @PartitionKey in the same entity: annotate the attribute that"
                + " is the table's partition key")
        .inFile(SORT_KEY_ONLY)
        .onLine(5);
    COMPILATION.assertErrorCount(SORT_KEY_ONLY, 1);
  }

  private static final JavaFileObject SORT_KEY_ONLY_BEAN =
      COMPILATION.add(
          "test.Journal",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Journals\")",
          "public class Journal {",
          "  String owner;",
          "  @SortKey",
          "  String day;",
          "}");

  @Test
  @Reports(Message.SORT_KEY_WITHOUT_PARTITION_KEY)
  void aBeanWithASortKeyButNoPartitionKeyIsRejectedOnTheSortKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@SortKey on 'day' needs a @PartitionKey")
        .inFile(SORT_KEY_ONLY_BEAN)
        .onLine(6);
    COMPILATION.assertErrorCount(SORT_KEY_ONLY_BEAN, 1);
  }

  private static final JavaFileObject SORT_KEY_ONLY_IMMUTABLE =
      COMPILATION.add(
          "test.Entry",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Entries\")",
          "public final class Entry {",
          "  @SortKey private final long at;",
          "  public Entry(long at) { this.at = at; }",
          "  public long getAt() { return at; }",
          "}");

  @Test
  @Reports(Message.SORT_KEY_WITHOUT_PARTITION_KEY)
  void anImmutableClassWithASortKeyButNoPartitionKeyIsRejectedOnTheSortKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@SortKey on 'at' needs a @PartitionKey")
        .inFile(SORT_KEY_ONLY_IMMUTABLE)
        .onLine(5);
    COMPILATION.assertErrorCount(SORT_KEY_ONLY_IMMUTABLE, 1);
  }

  // ---- key types ----

  private static final JavaFileObject BOOLEAN_PARTITION_KEY =
      COMPILATION.add(
          "test.Flag",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Flags\")",
          "public record Flag(",
          "    @PartitionKey boolean active,",
          "    String name) {}");

  @Test
  @Reports(Message.UNSUITABLE_KEY_TYPE)
  void aBooleanPartitionKeyIsRejectedBecauseDynamoDbKeysAreStringsNumbersOrBinaries() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@PartitionKey 'active' has type boolean, which is stored as BOOL; a key must be"
                + " stored as a string, number or binary: use String, a number type, byte[], an"
                + " enum, Instant or UUID")
        .inFile(BOOLEAN_PARTITION_KEY)
        .onLine(5);
    COMPILATION.assertErrorCount(BOOLEAN_PARTITION_KEY, 1);
  }

  private static final JavaFileObject BOXED_BOOLEAN_SORT_KEY =
      COMPILATION.add(
          "test.Task",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Tasks\")",
          "public final class Task {",
          "  @PartitionKey private final String id;",
          "  @SortKey private final Boolean done;",
          "  public Task(String id, Boolean done) {",
          "    this.id = id;",
          "    this.done = done;",
          "  }",
          "  public String getId() { return id; }",
          "  public Boolean getDone() { return done; }",
          "}");

  @Test
  @Reports(Message.UNSUITABLE_KEY_TYPE)
  void anImmutableClassWithABoxedBooleanSortKeyIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@SortKey 'done' has type java.lang.Boolean, which is stored as BOOL; a key must be"
                + " stored as a string, number or binary")
        .inFile(BOXED_BOOLEAN_SORT_KEY)
        .onLine(6);
    COMPILATION.assertErrorCount(BOXED_BOOLEAN_SORT_KEY, 1);
  }

  private static final JavaFileObject BOOLEAN_SORT_KEY_ON_GETTER =
      COMPILATION.add(
          "test.Switch",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Switches\")",
          "public class Switch {",
          "  private String id;",
          "  private boolean on;",
          "  @PartitionKey",
          "  public String getId() { return id; }",
          "  public void setId(String id) { this.id = id; }",
          "  @SortKey",
          "  public boolean isOn() { return on; }",
          "  public void setOn(boolean on) { this.on = on; }",
          "}");

  @Test
  @Reports(Message.UNSUITABLE_KEY_TYPE)
  void aBooleanSortKeyAnnotatedOnAnIsGetterIsRejectedOnTheGetter() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@SortKey 'on' has type boolean, which is stored as BOOL")
        .inFile(BOOLEAN_SORT_KEY_ON_GETTER)
        .onLine(11);
    COMPILATION.assertErrorCount(BOOLEAN_SORT_KEY_ON_GETTER, 1);
  }

  private static final JavaFileObject UNSUPPORTED_KEY_TYPE =
      COMPILATION.add(
          "test.Tagged",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Tagged\")",
          "public record Tagged(",
          "    @PartitionKey String id,",
          "    @SortKey java.io.File tags) {}");

  @Test
  @Reports(Message.UNSUPPORTED_TYPE)
  void aKeyOfAnUnsupportedTypeIsReportedOnceAsUnsupported() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'tags' has type java.io.File, which Dynamap cannot"
                + " store")
        .inFile(UNSUPPORTED_KEY_TYPE)
        .onLine(6);
    COMPILATION.assertErrorCount(UNSUPPORTED_KEY_TYPE, 1);
  }

  // ---- keys must be stored, and be one key only ----

  private static final JavaFileObject IGNORED_PARTITION_KEY =
      COMPILATION.add(
          "test.Secret",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Secrets\")",
          "public record Secret(",
          "    @PartitionKey @Ignore String id,",
          "    String value) {}");

  @Test
  @Reports(Message.IGNORED_KEY)
  void anIgnoredPartitionKeyIsRejectedAndNotReportedAgainAsMissing() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'id' is a key but is annotated @Ignore: a key attribute must be stored")
        .inFile(IGNORED_PARTITION_KEY)
        .onLine(5);
    COMPILATION.assertErrorCount(IGNORED_PARTITION_KEY, 1);
  }

  private static final JavaFileObject IGNORED_SORT_KEY_BEAN =
      COMPILATION.add(
          "test.Draft",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Drafts\")",
          "public class Draft {",
          "  @PartitionKey String id;",
          "  @SortKey @Ignore",
          "  String version;",
          "}");

  @Test
  @Reports(Message.IGNORED_KEY)
  void anIgnoredSortKeyOfABeanIsRejectedOnTheField() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("'version' is a key but is annotated @Ignore")
        .inFile(IGNORED_SORT_KEY_BEAN)
        .onLine(7);
    COMPILATION.assertErrorCount(IGNORED_SORT_KEY_BEAN, 1);
  }

  private static final JavaFileObject IGNORED_KEY_IMMUTABLE =
      COMPILATION.add(
          "test.Quote",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Quotes\")",
          "public final class Quote {",
          "  @PartitionKey @Ignore private final String id;",
          "  private final String text;",
          "  public Quote(String text) { this.id = \"q\"; this.text = text; }",
          "  public String getId() { return id; }",
          "  public String getText() { return text; }",
          "}");

  @Test
  @Reports(Message.IGNORED_KEY)
  void anIgnoredPartitionKeyOfAnImmutableClassIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("'id' is a key but is annotated @Ignore")
        .inFile(IGNORED_KEY_IMMUTABLE)
        .onLine(5);
    COMPILATION.assertErrorCount(IGNORED_KEY_IMMUTABLE, 1);
  }

  private static final JavaFileObject BOTH_KEYS =
      COMPILATION.add(
          "test.Token",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Tokens\")",
          "public record Token(",
          "    @PartitionKey @SortKey String id) {}");

  @Test
  @Reports(Message.PARTITION_AND_SORT_KEY)
  void oneAttributeCannotBeBothPartitionAndSortKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'id' is annotated with both @PartitionKey and @SortKey: one attribute can be only one"
                + " of them")
        .inFile(BOTH_KEYS)
        .onLine(5);
    COMPILATION.assertErrorCount(BOTH_KEYS, 1);
  }

  private static final JavaFileObject BOTH_KEYS_BEAN =
      COMPILATION.add(
          "test.Session",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Sessions\")",
          "public class Session {",
          "  @PartitionKey String user;",
          "  @PartitionKey",
          "  @SortKey",
          "  String started;",
          "}");

  @Test
  @Reports(Message.PARTITION_AND_SORT_KEY)
  void aBeanFieldCannotBeBothPartitionAndSortKeyAndTheErrorIsOnTheSortKeyAnnotation() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("'started' is annotated with both @PartitionKey and @SortKey")
        .inFile(BOTH_KEYS_BEAN)
        .onLine(7);
    COMPILATION.assertErrorCount(BOTH_KEYS_BEAN, 1);
  }

  private static final JavaFileObject BOTH_KEYS_ON_GETTER_OF_IMMUTABLE =
      COMPILATION.add(
          "test.Coupon",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Coupons\")",
          "public final class Coupon {",
          "  private final String code;",
          "  public Coupon(String code) { this.code = code; }",
          "  @PartitionKey",
          "  @SortKey",
          "  public String getCode() { return code; }",
          "}");

  @Test
  @Reports(Message.PARTITION_AND_SORT_KEY)
  void aGetterOfAnImmutableClassCannotBeBothPartitionAndSortKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("'code' is annotated with both @PartitionKey and @SortKey")
        .inFile(BOTH_KEYS_ON_GETTER_OF_IMMUTABLE)
        .onLine(8);
    COMPILATION.assertErrorCount(BOTH_KEYS_ON_GETTER_OF_IMMUTABLE, 1);
  }

  // ---- key names ----

  /** 128 two-byte characters: 128 characters, but 256 bytes in UTF-8. */
  private static final String NAME_OF_256_BYTES = "é".repeat(128);

  private static final JavaFileObject KEY_NAME_TOO_LONG =
      COMPILATION.add(
          "test.Label",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Labels\")",
          "public record Label(",
          "    @PartitionKey @Attribute(name = \"" + NAME_OF_256_BYTES + "\") String id) {}");

  @Test
  @Reports(Message.KEY_NAME_TOO_LONG)
  void aKeyStoredUnderANameOfMoreThan255Utf8BytesIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "key attribute 'id' is stored as a name of 256 bytes; DynamoDB allows at most 255 for"
                + " key attributes")
        .inFile(KEY_NAME_TOO_LONG)
        .onLine(5);
    COMPILATION.assertErrorCount(KEY_NAME_TOO_LONG, 1);
  }

  private static final JavaFileObject KEY_NAME_TOO_LONG_ON_GETTER =
      COMPILATION.add(
          "test.Tag",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Tags\")",
          "public class Tag {",
          "  @PartitionKey private String id;",
          "  @Attribute(name = \"" + "k".repeat(256) + "\")",
          "  public String getId() { return id; }",
          "  public void setId(String id) { this.id = id; }",
          "}");

  @Test
  @Reports(Message.KEY_NAME_TOO_LONG)
  void aBeanKeyRenamedOnItsGetterToMoreThan255BytesIsRejectedOnTheGetter() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("key attribute 'id' is stored as a name of 256 bytes")
        .inFile(KEY_NAME_TOO_LONG_ON_GETTER)
        .onLine(7);
    COMPILATION.assertErrorCount(KEY_NAME_TOO_LONG_ON_GETTER, 1);
  }
}
