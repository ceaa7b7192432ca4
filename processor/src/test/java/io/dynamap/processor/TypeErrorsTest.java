package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Collections, optionals, documents and converters that cannot be stored as declared. */
class TypeErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  private static final JavaFileObject GENERIC_SHAPES =
      COMPILATION.add(
          "test.Shapes",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.*;",
          "@Table(name = \"Shapes\")",
          "public record Shapes(",
          "    @PartitionKey String id,",
          "    @SuppressWarnings(\"rawtypes\") List raw,",
          "    List<? extends Number> wildcard,",
          "    Set<Boolean> flags,",
          "    Set<List<String>> groups,",
          "    Map<Integer, String> byNumber,",
          "    List<Optional<String>> maybes,",
          "    Optional<Optional<String>> twice) {}");

  @Test
  @Reports(Message.RAW_TYPE)
  void aRawCollectionNeedsItsTypeArguments() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'raw' has the raw type java.util.List: give its type arguments, for example"
                + " List<String>")
        .inFile(GENERIC_SHAPES)
        .onLine(7);
  }

  @Test
  @Reports(Message.NOT_A_CONCRETE_TYPE)
  void aWildcardCannotBeStored() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'wildcard' has type java.util.List<? extends java.lang.Number>, because of"
                + " ? extends java.lang.Number: a wildcard or type variable cannot be stored")
        .inFile(GENERIC_SHAPES)
        .onLine(8);
  }

  @Test
  @Reports(Message.UNSUITABLE_SET_MEMBER)
  void setsHoldOnlyStringsNumbersAndBinaries() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'flags' has type java.util.Set<java.lang.Boolean>, because of"
                + " java.lang.Boolean: set members must be stored as strings, numbers or binaries"
                + " (DynamoDB's SS, NS and BS); use a List for other elements")
        .inFile(GENERIC_SHAPES)
        .onLine(9);
    assertThat(COMPILATION.get())
        .hadErrorContaining("attribute 'groups' has type")
        .inFile(GENERIC_SHAPES)
        .onLine(10);
  }

  @Test
  @Reports(Message.UNSUITABLE_MAP_KEY)
  void mapKeysAreStringsOrEnums() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'byNumber' has type java.util.Map<java.lang.Integer,java.lang.String>,"
                + " because of java.lang.Integer: map keys must be String or an enum (stored by"
                + " name)")
        .inFile(GENERIC_SHAPES)
        .onLine(11);
  }

  @Test
  @Reports(Message.NESTED_OPTIONAL)
  void optionalOnlyAsTheAttributesOwnType() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'maybes' has type java.util.List<java.util.Optional<java.lang.String>>,"
                + " because of java.util.Optional<java.lang.String>: Optional is allowed only as an"
                + " attribute's own type")
        .inFile(GENERIC_SHAPES)
        .onLine(12);
    assertThat(COMPILATION.get())
        .hadErrorContaining("attribute 'twice' has type")
        .inFile(GENERIC_SHAPES)
        .onLine(13);
    COMPILATION.assertErrorCount(GENERIC_SHAPES, 7);
  }

  private static final JavaFileObject CONVERTERS =
      COMPILATION.add(
          "test.Priced",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import io.dynamap.runtime.schema.AttributeConverter;",
          "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
          "@Table(name = \"Priced\")",
          "public record Priced(",
          "    @PartitionKey String id,",
          "    @Convert(String.class) Money notAConverter,",
          "    @Convert(Priced.MoneyConverter.class) StringBuilder wrongType,",
          "    @Convert(Priced.HiddenConverter.class) Money hidden,",
          "    @Convert(Priced.MoneyConverter.class) Money fine) {",
          "  public record Money(long cents) {}",
          "  public static final class MoneyConverter implements AttributeConverter<Money> {",
          "    public AttributeValue toAttributeValue(Money m) {",
          "      return AttributeValue.fromN(Long.toString(m.cents()));",
          "    }",
          "    public Money fromAttributeValue(AttributeValue v) {",
          "      return new Money(Long.parseLong(v.n()));",
          "    }",
          "  }",
          "  public static final class HiddenConverter implements AttributeConverter<Money> {",
          "    private HiddenConverter() {}",
          "    public AttributeValue toAttributeValue(Money m) { return null; }",
          "    public Money fromAttributeValue(AttributeValue v) { return null; }",
          "  }",
          "}");

  @Test
  @Reports(Message.CONVERTER_NOT_A_CONVERTER)
  void aConverterMustImplementAttributeConverter() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Convert(String.class) on 'notAConverter': String does not implement"
                + " io.dynamap.runtime.schema.AttributeConverter")
        .inFile(CONVERTERS)
        .onLine(8);
  }

  @Test
  @Reports(Message.CONVERTER_TYPE_MISMATCH)
  void aConverterMustConvertTheAttributesType() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Convert(MoneyConverter.class) on 'wrongType': the converter converts"
                + " test.Priced.Money, but the attribute has type java.lang.StringBuilder")
        .inFile(CONVERTERS)
        .onLine(9);
  }

  @Test
  @Reports(Message.CONVERTER_NOT_INSTANTIABLE)
  void aConverterNeedsAPublicNoArgConstructor() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Convert(HiddenConverter.class) on 'hidden': the converter must be a public,"
                + " non-abstract class with a public no-arg constructor")
        .inFile(CONVERTERS)
        .onLine(10);
    COMPILATION.assertErrorCount(CONVERTERS, 3);
  }

  private static final JavaFileObject CONVERTED_KEY =
      COMPILATION.add(
          "test.Ledger",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Ledgers\")",
          "public record Ledger(",
          "    @PartitionKey @Convert(Priced.MoneyConverter.class) Priced.Money id,",
          "    @SortKey java.util.List<String> path) {}");

  @Test
  @Reports(Message.CONVERT_ON_KEY)
  void keysCannotUseConverters() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Convert on key attribute 'id': key conditions compare stored keys")
        .inFile(CONVERTED_KEY)
        .onLine(5);
  }

  @Test
  @Reports(Message.UNSUITABLE_KEY_TYPE)
  void aListCannotBeAKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@SortKey 'path' has type java.util.List<java.lang.String>, which is stored as L (a"
                + " list); a key must be stored as a string, number or binary")
        .inFile(CONVERTED_KEY)
        .onLine(6);
    COMPILATION.assertErrorCount(CONVERTED_KEY, 2);
  }

  private static final JavaFileObject KEYED_DOCUMENT =
      COMPILATION.add(
          "test.Address",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Document",
          "public record Address(",
          "    @PartitionKey String street,",
          "    String city) {}");

  @Test
  @Reports(Message.KEY_IN_DOCUMENT)
  void documentsHaveNoKeys() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@PartitionKey on 'street' has no meaning in @Document Address: documents are stored"
                + " inside items and have no keys; remove it")
        .inFile(KEYED_DOCUMENT)
        .onLine(5);
    COMPILATION.assertErrorCount(KEYED_DOCUMENT, 1);
  }

  private static final JavaFileObject BOTH =
      COMPILATION.add(
          "test.Both",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Both\") @Document",
          "public record Both(@PartitionKey String id) {}");

  @Test
  @Reports(Message.TABLE_AND_DOCUMENT)
  void aClassIsEitherATableOrADocument() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("Both is annotated with both @Table and @Document")
        .inFile(BOTH)
        .onLine(4);
    COMPILATION.assertErrorCount(BOTH, 1);
  }

  private static final JavaFileObject DOCUMENT_INTERFACE =
      COMPILATION.add(
          "test.Shape",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Document",
          "public interface Shape {}");

  @Test
  @Reports(Message.TABLE_NOT_A_CLASS)
  void aDocumentMustBeAClassOrRecord() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Document cannot be used on interface Shape")
        .inFile(DOCUMENT_INTERFACE)
        .onLine(4);
  }

  private static final JavaFileObject DOCUMENT_WITHOUT_CONSTRUCTOR =
      COMPILATION.add(
          "test.Point",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Document",
          "public final class Point {",
          "  private final int x;",
          "  public Point(String text) { this.x = text.length(); }",
          "  public int getX() { return x; }",
          "}");

  @Test
  @Reports(Message.NO_USABLE_CONSTRUCTOR)
  void documentsFollowTheConstructionRulesOfEntities() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("Point has no constructor Dynamap can use")
        .inFile(DOCUMENT_WITHOUT_CONSTRUCTOR)
        .onLine(4);
  }

  private static final JavaFileObject TIME_TO_LIVE =
      COMPILATION.add(
          "test.Session",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Sessions\")",
          "public record Session(",
          "    @PartitionKey String id,",
          "    @TimeToLive java.time.Instant expiresAt,",
          "    @TimeToLive long purgeAt,",
          "    String user) {}");

  @Test
  @Reports(Message.DUPLICATE_TIME_TO_LIVE)
  void aTableHasOneTimeToLiveAttribute() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'purgeAt' is a second @TimeToLive (the first is 'expiresAt'): a table has one Time to"
                + " Live attribute")
        .inFile(TIME_TO_LIVE)
        .onLine(7);
    COMPILATION.assertErrorCount(TIME_TO_LIVE, 1);
  }

  private static final JavaFileObject TIME_TO_LIVE_TYPE =
      COMPILATION.add(
          "test.Token",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Tokens\")",
          "public record Token(",
          "    @PartitionKey String id,",
          "    @TimeToLive String expiresAt) {}");

  @Test
  @Reports(Message.UNSUITABLE_TIME_TO_LIVE)
  void timeToLiveIsAnInstantOrEpochSeconds() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@TimeToLive on 'expiresAt' needs an Instant or a long/Long of epoch seconds, not"
                + " java.lang.String")
        .inFile(TIME_TO_LIVE_TYPE)
        .onLine(6);
    COMPILATION.assertErrorCount(TIME_TO_LIVE_TYPE, 1);
  }

  private static final JavaFileObject TWO_VERSIONS =
      COMPILATION.add(
          "test.Tally",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Tallies\")",
          "public record Tally(",
          "    @PartitionKey String id,",
          "    @Version long version,",
          "    @Version int revision) {}");

  @Test
  @Reports(Message.DUPLICATE_VERSION)
  void anEntityHasOneVersionAttribute() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "'revision' is a second @Version (the first is 'version'): an entity has one version"
                + " attribute")
        .inFile(TWO_VERSIONS)
        .onLine(7);
    COMPILATION.assertErrorCount(TWO_VERSIONS, 1);
  }

  private static final JavaFileObject VERSION_TYPE =
      COMPILATION.add(
          "test.Draft",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Drafts\")",
          "public record Draft(",
          "    @PartitionKey String id,",
          "    @Version String version) {}");

  @Test
  @Reports(Message.UNSUITABLE_VERSION)
  void theVersionIsALongOrAnInt() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Version on 'version' needs a long, Long, int or Integer, not java.lang.String")
        .inFile(VERSION_TYPE)
        .onLine(6);
    COMPILATION.assertErrorCount(VERSION_TYPE, 1);
  }

  private static final JavaFileObject VERSION_KEY =
      COMPILATION.add(
          "test.Revision",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Revisions\")",
          "public record Revision(",
          "    @PartitionKey String id,",
          "    @SortKey @Version long number) {}");

  @Test
  @Reports(Message.VERSION_ON_KEY)
  void theVersionIsNotAKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Version on key attribute 'number'")
        .inFile(VERSION_KEY)
        .onLine(6);
    COMPILATION.assertErrorCount(VERSION_KEY, 1);
  }
}
