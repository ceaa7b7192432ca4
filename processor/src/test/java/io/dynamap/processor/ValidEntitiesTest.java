package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.common.truth.StringSubject;
import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entities that must compile. They are compiled together under {@link Compilations#STRICT}, every
 * lint but {@code processing} and {@code -Werror}, so that any warning in generated code fails
 * every test here.
 */
class ValidEntitiesTest {
  private static final Compilations COMPILATION = Compilations.shared(Compilations.STRICT);

  private static StringSubject assertThatGenerated(String qualifiedName) {
    return assertThat(COMPILATION.get()).generatedSourceFile(qualifiedName).contentsAsUtf8String();
  }

  /** Whether the schema's toItem writes the attribute, inline or through {@code ItemValues}. */
  private static void assertStores(String schema, String attribute) {
    assertThatGenerated(schema)
        .containsMatch("item\\.put\\(\"" + attribute + "\", |\\.put\\w*\\(item, \"" + attribute + "\", ");
  }

  /** Whether the schema's fromItem reads the attribute, inline or through {@code ItemValues}. */
  private static void assertReads(String schema, String attribute) {
    assertThatGenerated(schema)
        .containsMatch("item\\.get\\(\"" + attribute + "\"\\)|\\.(<\\w+>)?get\\w*\\(item, \"" + attribute + "\"");
  }

  @Test
  void generatedCodeCompilesWithoutWarningsUnderXlintAllAndWerror() {
    assertThat(COMPILATION.get()).succeededWithoutWarnings();
  }

  /**
   * Under plain {@code -Xlint:all -Werror} (which includes {@code -Xlint:processing}) a user's
   * build fails on any annotation no processor claimed: Dynamap claims its own annotations, key
   * annotations included, and the {@code @Generated} on the files it writes.
   */
  @Test
  void aBuildUnderXlintAllAndWerrorHasNoWarning() {
    Compilation compilation =
        Compilations.compile(
            List.of("-Xlint:all", "-Werror"),
            Compilations.source(
                "test.Lint",
                "package test;",
                "import io.dynamap.annotations.*;",
                "@Table(name = \"Lints\")",
                "public record Lint(@PartitionKey String id, @SortKey java.time.Instant at,",
                "    @Attribute(name = \"n\") String note) {}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  // ---- flattened documents ----

  static {
    COMPILATION.add(
        "test.Dock",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Document",
        "public record Dock(String name, int gate) {}");
    COMPILATION.add(
        "test.Yard",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@SingleTable(name = \"Yard\")",
        "interface Yard {}");
    COMPILATION.add(
        "test.Berth",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Item(table = Yard.class, partition = \"B#{id}\", sort = \"B\")",
        "public record Berth(String id, @Flatten(prefix = \"dock_\") Dock dock) {}");
    COMPILATION.add(
        "test.Mooring",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Moorings\")",
        "public final class Mooring {",
        "  @PartitionKey private final String id;",
        "  @Flatten private final Dock dock;",
        "  public Mooring(String id, Dock dock) { this.id = id; this.dock = dock; }",
        "  public String getId() { return id; }",
        "  public Dock getDock() { return dock; }",
        "}");
  }

  @Test
  void aSingleTableItemAndAnImmutableClassFlattenDocuments() {
    assertThatGenerated("test.BerthSchema").contains("item.put(\"dock_gate\", dockValue);");
    assertThatGenerated("test.BerthSchema")
        .contains("if (!AttributeCodecs.isNull(value = item.get(\"dock_name\"))) {");
    assertThatGenerated("test.MooringSchema").contains("item.putAll(DockSchema.INSTANCE.toMap(dock));");
    assertThatGenerated("test.MooringSchema")
        .contains("Dock dock = dockMap.isEmpty() ? null : DockSchema.INSTANCE.fromMap(dockMap);");
  }

  // ---- the kinds of class ----

  static {
    COMPILATION.add(
        "test.Note",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Notes\")",
        "public record Note(@PartitionKey String id, String text) {}");
  }

  @Test
  void aRecordIsAnEntityBuiltThroughItsCanonicalConstructor() {
    assertThatGenerated("test.NoteSchema").contains("return new Note(");
    assertThat(COMPILATION.get()).generatedSourceFile("test.NoteKeys");
    assertThat(COMPILATION.get()).generatedSourceFile("test.NoteRepository");
  }

  static {
    COMPILATION.add(
        "test.Versioned",
        "package test;",
        "public class Versioned {",
        "  private String tenant;",
        "  private long version;",
        "  public String getTenant() { return tenant; }",
        "  public void setTenant(String tenant) { this.tenant = tenant; }",
        "  public long getVersion() { return version; }",
        "  public void setVersion(long version) { this.version = version; }",
        "}");
    COMPILATION.add(
        "test.Member",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Members\")",
        "public class Member extends Versioned {",
        "  @PartitionKey private String id;",
        "  private boolean active;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  public boolean isActive() { return active; }",
        "  public void setActive(boolean active) { this.active = active; }",
        "}");
  }

  @Test
  void aBeanStoresThePrivateFieldsOfItsSuperclassThroughTheirGettersAndSetters() {
    assertThatGenerated("test.MemberSchema").contains("ItemValues.putString(item, \"tenant\", entity.getTenant());");
    assertThatGenerated("test.MemberSchema").contains("value = item.get(\"tenant\");");
    assertThatGenerated("test.MemberSchema").contains("entity.setTenant(");
    assertThatGenerated("test.MemberSchema").contains("entity.getVersion()");
    assertThatGenerated("test.MemberSchema").contains("entity.setVersion(");
    assertThatGenerated("test.MemberSchema").contains("entity.isActive()");
    assertThatGenerated("test.MemberSchema").contains("Member entity = new Member();");
  }

  // ---- @Version ----

  static {
    COMPILATION.add(
        "test.Pass",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Passes\")",
        "public class Pass {",
        "  @PartitionKey private String id;",
        "  @Version private Integer revision;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  public Integer getRevision() { return revision; }",
        "  public void setRevision(Integer revision) { this.revision = revision; }",
        "}");
    COMPILATION.add(
        "test.Lease",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Leases\")",
        "public final class Lease {",
        "  @PartitionKey private final String id;",
        "  private final String holder;",
        "  @Version private final Long version;",
        "  public Lease(String id, String holder, Long version) {",
        "    this.id = id;",
        "    this.holder = holder;",
        "    this.version = version;",
        "  }",
        "  public String getId() { return id; }",
        "  public String getHolder() { return holder; }",
        "  public Long getVersion() { return version; }",
        "}");
  }

  @Test
  void aVersionedBeanIsUpdatedInPlace() {
    assertThatGenerated("test.PassSchema").contains("return Optional.of(\"revision\");");
    assertThatGenerated("test.PassSchema")
        .contains("return version == null ? 0L : version.longValue();");
    assertThatGenerated("test.PassSchema").contains("entity.setRevision(Math.toIntExact(version));");
  }

  @Test
  void aVersionedImmutableClassIsCopiedWithTheNewVersion() {
    assertThatGenerated("test.LeaseSchema").contains("return Optional.of(\"version\");");
    assertThatGenerated("test.LeaseSchema")
        .containsMatch(
            "return new Lease\\(\\s*entity\\.getId\\(\\),\\s*entity\\.getHolder\\(\\),\\s*version\\);");
  }

  static {
    COMPILATION.add(
        "test.Parcel",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Parcels\")",
        "public final class Parcel {",
        "  @PartitionKey private final String id;",
        "  private final double weight;",
        "  public Parcel(String id, double weight) {",
        "    this.id = id;",
        "    this.weight = weight;",
        "  }",
        "  public String getId() { return id; }",
        "  public double getWeight() { return weight; }",
        "}");
  }

  @Test
  void anImmutableClassIsBuiltThroughItsConstructorTakingEveryAttribute() {
    assertThatGenerated("test.ParcelSchema").contains("return new Parcel(");
    assertThatGenerated("test.ParcelSchema").contains("entity.getWeight()");
  }

  static {
    COMPILATION.add(
        "test.Tally",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Tallies\")",
        "class Tally {",
        "  @PartitionKey String id;",
        "  int count;",
        "}");
  }

  @Test
  void packagePrivateFieldsWithoutGettersAreReadAndWrittenDirectly() {
    assertThatGenerated("test.TallySchema").contains("entity.count");
    assertThatGenerated("test.TallySchema").contains("entity.count = ");
    assertThatGenerated("test.TallySchema").contains("entity.id = ");
  }

  static {
    COMPILATION.add(
        "test.Catalog",
        "package test;",
        "import io.dynamap.annotations.*;",
        "public class Catalog {",
        "  @Table(name = \"CatalogItems\")",
        "  public record Item(@PartitionKey String sku, int stock) {}",
        "}");
  }

  @Test
  void aStaticNestedRecordIsAnEntityWhoseGeneratedNamesJoinTheEnclosingNames() {
    assertThatGenerated("test.Catalog_ItemSchema")
        .contains("public final class Catalog_ItemSchema implements ItemSchema<Catalog.Item>");
    assertThatGenerated("test.Catalog_ItemSchema").contains("ENTITY_NAME = \"Catalog.Item\"");
    assertThat(COMPILATION.get()).generatedSourceFile("test.Catalog_ItemKeys");
    assertThat(COMPILATION.get()).generatedSourceFile("test.Catalog_ItemRepository");
  }

  // ---- names ----

  static {
    COMPILATION.add(
        "test.Film",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Films\")",
        "public record Film(",
        "    @PartitionKey String name,",
        "    @SortKey int year,",
        "    String status,",
        "    @Attribute(name = \"date\") String released) {}");
  }

  @Test
  void attributesMayBeNamedLikeDynamoDbReservedWords() {
    assertThatGenerated("test.FilmSchema")
        .contains(
            "KeyDefinition.of(\"name\", ScalarAttributeType.S, \"year\", ScalarAttributeType.N)");
    assertStores("test.FilmSchema", "status");
    assertStores("test.FilmSchema", "date");
  }

  static {
    COMPILATION.add(
        "test.Clash",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Clashes\")",
        "public record Clash(",
        "    @PartitionKey String entity,",
        "    @SortKey String item,",
        "    String value,",
        "    String attribute,",
        "    String key) {}");
  }

  @Test
  void attributesMayBeNamedLikeTheVariablesOfGeneratedCode() {
    assertThat(COMPILATION.get()).generatedSourceFile("test.ClashSchema");
    assertThat(COMPILATION.get()).generatedSourceFile("test.ClashKeys");
  }

  static {
    COMPILATION.add(
        "test.Nickname",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Nicknames\")",
        "public record Nickname(@PartitionKey @Attribute(storeNull = true) String id) {}");
  }

  @Test
  void anAttributeWithoutANameIsStoredUnderTheJavaName() {
    assertThatGenerated("test.NicknameSchema").contains("item.put(\"id\", ");
  }

  static {
    COMPILATION.add(
        "test.Named",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"a.b-c_1\")",
        "public record Named(@PartitionKey @Attribute(name = \""
            + "k".repeat(255)
            + "\") String id) {}");
  }

  @Test
  void tableNamesMayUseDotsDashesAndUnderscoresAndKeyNamesMayHave255Bytes() {
    assertThatGenerated("test.NamedSchema").contains("TABLE_NAME = \"a.b-c_1\"");
    assertThatGenerated("test.NamedSchema").contains("\"" + "k".repeat(255) + "\"");
  }

  static {
    COMPILATION.add(
        "test.Revision",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Revisions\")",
        "public class Revision {",
        "  @PartitionKey String id;",
        "  @SortKey String partitionValue;",
        "}");
  }

  @Test
  void aSortKeyNamedLikeAKeyConditionMethodIsReachedThroughSortKey() {
    assertThatGenerated("test.RevisionKeys")
        .contains("public StringSortKeyCondition<Revision, String> sortKey()");
  }

  // ---- where annotations go, and what is not stored ----

  static {
    COMPILATION.add(
        "test.Ticket",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Tickets\")",
        "public record Ticket(String id, String seat) {",
        "  @PartitionKey",
        "  @Override",
        "  public String id() { return id; }",
        "  @Attribute(name = \"place\")",
        "  @Override",
        "  public String seat() { return seat; }",
        "}");
  }

  @Test
  void annotationsMayGoOnARecordsExplicitAccessors() {
    assertThatGenerated("test.TicketSchema")
        .contains("KeyDefinition.of(\"id\", ScalarAttributeType.S)");
    assertStores("test.TicketSchema", "place");
  }

  static {
    COMPILATION.add(
        "test.Snapshot",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"Snapshots\")",
        "public class Snapshot {",
        "  static java.util.List<String> registry;",
        "  @PartitionKey String id;",
        "  @Ignore java.util.Map<String, Object> cache;",
        "  transient Object lock;",
        "}");
  }

  @Test
  void ignoredTransientAndStaticFieldsAreNotStoredWhateverTheirType() {
    assertThatGenerated("test.SnapshotSchema").doesNotContain("cache");
    assertThatGenerated("test.SnapshotSchema").doesNotContain("lock");
    assertThatGenerated("test.SnapshotSchema").doesNotContain("registry");
  }

  // ---- types ----

  static {
    COMPILATION.add("test.Size", "package test;", "public enum Size { SMALL, LARGE }");
    COMPILATION.add(
        "test.Everything",
        "package test;",
        "import io.dynamap.annotations.*;",
        "import java.math.BigDecimal;",
        "import java.math.BigInteger;",
        "import java.time.Instant;",
        "import java.util.UUID;",
        "@Table(name = \"Everything\")",
        "public record Everything(",
        "    @PartitionKey String id,",
        "    int anInt, long aLong, short aShort, byte aByte,",
        "    double aDouble, float aFloat, boolean aBoolean,",
        "    Integer boxedInt, Long boxedLong, Short boxedShort, Byte boxedByte,",
        "    Double boxedDouble, Float boxedFloat, Boolean boxedBoolean,",
        "    BigDecimal bigDecimal, BigInteger bigInteger, byte[] bytes,",
        "    Size size, Instant instant, UUID uuid) {}");
  }

  @Test
  void everySupportedTypeIsStored() {
    String attributes =
        "anInt aLong aShort aByte aDouble aFloat aBoolean boxedInt boxedLong boxedShort boxedByte"
            + " boxedDouble boxedFloat boxedBoolean bigDecimal bigInteger bytes size instant uuid";
    for (String attribute : attributes.split(" ")) {
      assertStores("test.EverythingSchema", attribute);
      assertReads("test.EverythingSchema", attribute);
    }
  }

  static {
    COMPILATION.add(
        "test.NumberKeyed",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"NumberKeyed\")",
        "public record NumberKeyed(@PartitionKey long id, @SortKey java.math.BigDecimal amount)"
            + " {}");
    COMPILATION.add(
        "test.BoxKeyed",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"BoxKeyed\")",
        "public record BoxKeyed(@PartitionKey Integer shard, @SortKey Short sequence) {}");
    COMPILATION.add(
        "test.BinaryKeyed",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"BinaryKeyed\")",
        "public record BinaryKeyed(@PartitionKey byte[] hash, @SortKey java.util.UUID id) {}");
    COMPILATION.add(
        "test.EnumKeyed",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Table(name = \"EnumKeyed\")",
        "public record EnumKeyed(@PartitionKey Size size, @SortKey java.time.Instant at) {}");
  }

  @Test
  void keysMayBeNumbersBinariesEnumsInstantsAndUuids() {
    assertThatGenerated("test.NumberKeyedSchema")
        .contains(
            "KeyDefinition.of(\"id\", ScalarAttributeType.N, \"amount\", ScalarAttributeType.N)");
    assertThatGenerated("test.BoxKeyedSchema")
        .contains(
            "KeyDefinition.of(\"shard\", ScalarAttributeType.N, \"sequence\","
                + " ScalarAttributeType.N)");
    assertThatGenerated("test.BinaryKeyedSchema")
        .contains(
            "KeyDefinition.of(\"hash\", ScalarAttributeType.B, \"id\", ScalarAttributeType.S)");
    assertThatGenerated("test.EnumKeyedSchema")
        .contains(
            "KeyDefinition.of(\"size\", ScalarAttributeType.S, \"at\", ScalarAttributeType.S)");
  }
}
