package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How generated code reads attributes from a class and builds instances: through a constructor
 * taking every attribute (immutable classes), or a no-arg constructor and setters or fields
 * (beans). Records always qualify.
 */
class ConstructionErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  // ---- constructors ----

  private static final JavaFileObject PARTIAL_CONSTRUCTOR =
      COMPILATION.add(
          "test.Sensor",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Sensors\")",
          "public final class Sensor {",
          "  @PartitionKey private final String id;",
          "  private final double reading;",
          "  public Sensor(String id) {",
          "    this.id = id;",
          "    this.reading = 0;",
          "  }",
          "  public String getId() { return id; }",
          "  public double getReading() { return reading; }",
          "}");

  @Test
  @Reports(Message.NO_USABLE_CONSTRUCTOR)
  void anImmutableClassWhoseConstructorLacksAnAttributeIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "Sensor has no constructor Dynamap can use: add a constructor whose parameters are the"
                + " attributes by name and type (java.lang.String id, double reading), or a no-arg"
                + " constructor plus setters")
        .inFile(PARTIAL_CONSTRUCTOR)
        .onLine(4);
    COMPILATION.assertErrorCount(PARTIAL_CONSTRUCTOR, 1);
  }

  private static final JavaFileObject CONSTRUCTOR_WITH_OTHER_NAMES =
      COMPILATION.add(
          "test.Meter",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Meters\")",
          "public final class Meter {",
          "  @PartitionKey private final String id;",
          "  private final double reading;",
          "  public Meter(String meterId, double value) {",
          "    this.id = meterId;",
          "    this.reading = value;",
          "  }",
          "  public String getId() { return id; }",
          "  public double getReading() { return reading; }",
          "}");

  @Test
  @Reports(Message.NO_USABLE_CONSTRUCTOR)
  void aConstructorMatchesAttributesByParameterNameNotJustByType() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("Meter has no constructor Dynamap can use")
        .inFile(CONSTRUCTOR_WITH_OTHER_NAMES)
        .onLine(4);
    COMPILATION.assertErrorCount(CONSTRUCTOR_WITH_OTHER_NAMES, 1);
  }

  private static final JavaFileObject PRIVATE_CONSTRUCTORS =
      COMPILATION.add(
          "test.Gauge",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Gauges\")",
          "public final class Gauge {",
          "  @PartitionKey private String id;",
          "  private Gauge() {}",
          "  private Gauge(String id) { this.id = id; }",
          "  public String getId() { return id; }",
          "  public void setId(String id) { this.id = id; }",
          "  public static Gauge of(String id) { return new Gauge(id); }",
          "}");

  @Test
  @Reports(Message.NO_USABLE_CONSTRUCTOR)
  void privateConstructorsCannotBeUsedByGeneratedCode() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("Gauge has no constructor Dynamap can use")
        .inFile(PRIVATE_CONSTRUCTORS)
        .onLine(4);
    COMPILATION.assertErrorCount(PRIVATE_CONSTRUCTORS, 1);
  }

  // ---- setters ----

  private static final JavaFileObject MISSING_SETTER =
      COMPILATION.add(
          "test.Wallet",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Wallets\")",
          "public class Wallet {",
          "  @PartitionKey private String id;",
          "  private long balance;",
          "  public String getId() { return id; }",
          "  public void setId(String id) { this.id = id; }",
          "  public long getBalance() { return balance; }",
          "}");

  @Test
  @Reports(Message.NO_SETTER)
  void aBeanAttributeWithoutSetterIsRejectedOnItsField() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'balance' cannot be set: add a setter setBalance(long), or make the field"
                + " non-final and non-private, or give Wallet a constructor taking every attribute"
                + " (java.lang.String id, long balance)")
        .inFile(MISSING_SETTER)
        .onLine(6);
    COMPILATION.assertErrorCount(MISSING_SETTER, 1);
  }

  private static final JavaFileObject SETTER_OF_ANOTHER_TYPE =
      COMPILATION.add(
          "test.Purse",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Purses\")",
          "public class Purse {",
          "  @PartitionKey private String id;",
          "  private long balance;",
          "  public String getId() { return id; }",
          "  public void setId(String id) { this.id = id; }",
          "  public long getBalance() { return balance; }",
          "  public void setBalance(int balance) { this.balance = balance; }",
          "}");

  @Test
  @Reports(Message.NO_SETTER)
  void aSetterMustTakeTheAttributesExactType() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("attribute 'balance' cannot be set: add a setter setBalance(long)")
        .inFile(SETTER_OF_ANOTHER_TYPE)
        .onLine(6);
    COMPILATION.assertErrorCount(SETTER_OF_ANOTHER_TYPE, 1);
  }

  private static final JavaFileObject PRIVATE_SETTER =
      COMPILATION.add(
          "test.Till",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Tills\")",
          "public class Till {",
          "  @PartitionKey private String id;",
          "  private long balance;",
          "  public String getId() { return id; }",
          "  public void setId(String id) { this.id = id; }",
          "  public long getBalance() { return balance; }",
          "  private void setBalance(long balance) { this.balance = balance; }",
          "}");

  @Test
  @Reports(Message.NO_SETTER)
  void aPrivateSetterCannotBeUsedByGeneratedCode() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("attribute 'balance' cannot be set")
        .inFile(PRIVATE_SETTER)
        .onLine(6);
    COMPILATION.assertErrorCount(PRIVATE_SETTER, 1);
  }

  private static final JavaFileObject FINAL_FIELD_WITH_NO_ARG_CONSTRUCTOR =
      COMPILATION.add(
          "test.Region",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Regions\")",
          "public class Region {",
          "  @PartitionKey String id;",
          "  final String zone = \"eu\";",
          "}");

  @Test
  @Reports(Message.NO_SETTER)
  void aFinalFieldOfABeanCannotBeSet() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'zone' cannot be set: add a setter setZone(java.lang.String), or make the"
                + " field non-final and non-private")
        .inFile(FINAL_FIELD_WITH_NO_ARG_CONSTRUCTOR)
        .onLine(6);
    COMPILATION.assertErrorCount(FINAL_FIELD_WITH_NO_ARG_CONSTRUCTOR, 1);
  }

  // ---- reading private fields ----

  private static final JavaFileObject PRIVATE_FIELD_OF_IMMUTABLE =
      COMPILATION.add(
          "test.Credential",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Credentials\")",
          "public final class Credential {",
          "  @PartitionKey final String user;",
          "  private final String hash;",
          "  public Credential(String user, String hash) {",
          "    this.user = user;",
          "    this.hash = hash;",
          "  }",
          "}");

  @Test
  @Reports(Message.PRIVATE_FIELD_WITHOUT_ACCESSOR)
  void aPrivateFieldWithoutGetterCannotBeRead() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "field 'hash' is private and has no accessor: add a getter getHash() (or hash()), or"
                + " make the field package-private, or mark it @Ignore")
        .inFile(PRIVATE_FIELD_OF_IMMUTABLE)
        .onLine(6);
    COMPILATION.assertErrorCount(PRIVATE_FIELD_OF_IMMUTABLE, 1);
  }

  private static final JavaFileObject PRIVATE_GETTER =
      COMPILATION.add(
          "test.Signature",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Signatures\")",
          "public final class Signature {",
          "  @PartitionKey final String user;",
          "  private final String hash;",
          "  public Signature(String user, String hash) {",
          "    this.user = user;",
          "    this.hash = hash;",
          "  }",
          "  private String getHash() { return hash; }",
          "}");

  @Test
  @Reports(Message.PRIVATE_FIELD_WITHOUT_ACCESSOR)
  void aPrivateGetterDoesNotCount() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("field 'hash' is private and has no accessor")
        .inFile(PRIVATE_GETTER)
        .onLine(6);
    COMPILATION.assertErrorCount(PRIVATE_GETTER, 1);
  }

  private static final JavaFileObject PRIVATE_FIELD_OF_BEAN =
      COMPILATION.add(
          "test.Login",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Logins\")",
          "public class Login {",
          "  @PartitionKey String user;",
          "  private String hash;",
          "}");

  @Test
  @Reports({Message.PRIVATE_FIELD_WITHOUT_ACCESSOR, Message.NO_SETTER})
  void aPrivateFieldOfABeanWithNeitherGetterNorSetterIsReportedAsUnreadableAndUnsettable() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("field 'hash' is private and has no accessor")
        .inFile(PRIVATE_FIELD_OF_BEAN)
        .onLine(6);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'hash' cannot be set: add a setter setHash(java.lang.String)")
        .inFile(PRIVATE_FIELD_OF_BEAN)
        .onLine(6);
    COMPILATION.assertErrorCount(PRIVATE_FIELD_OF_BEAN, 2);
  }

  private static final JavaFileObject SUPERCLASS_WITH_PRIVATE_FIELD =
      COMPILATION.add(
          "test.Timestamped",
          "package test;",
          "public class Timestamped {",
          "  private long created;",
          "  public void setCreated(long created) { this.created = created; }",
          "}");

  private static final JavaFileObject SUBCLASS_OF_PRIVATE_FIELD =
      COMPILATION.add(
          "test.Comment",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Comments\")",
          "public class Comment extends Timestamped {",
          "  @PartitionKey String id;",
          "}");

  @Test
  @Reports(Message.PRIVATE_FIELD_WITHOUT_ACCESSOR)
  void anInheritedPrivateFieldWithoutGetterIsReportedInTheSuperclass() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("field 'created' is private and has no accessor")
        .inFile(SUPERCLASS_WITH_PRIVATE_FIELD)
        .onLine(3);
    COMPILATION.assertErrorCount(SUPERCLASS_WITH_PRIVATE_FIELD, 1);
    COMPILATION.assertErrorCount(SUBCLASS_OF_PRIVATE_FIELD, 0);
  }
}
