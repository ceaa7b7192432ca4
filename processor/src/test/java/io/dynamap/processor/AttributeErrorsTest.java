package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Attributes: their types, their stored names, and where Dynamap's annotations may go. */
class AttributeErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  private static final String HINT =
      "annotate the class with @Document to store it as a nested map, put"
          + " @Convert(YourConverter.class) on the attribute, or mark it @Ignore; Dynamap maps"
          + " String, primitives and their boxes";

  // ---- types ----

  private static final JavaFileObject NESTED_UNSUPPORTED =
      COMPILATION.add(
          "test.Playlist",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Playlists\")",
          "public record Playlist(",
          "    @PartitionKey String id,",
          "    java.util.List<java.util.Map<String, Object>> songs,",
          "    Thread[] players) {}");

  @Test
  @Reports(Message.UNSUPPORTED_TYPE)
  void anUnsupportedTypeDeepInsideACollectionIsNamedWithTheHint() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'songs' has type java.util.List<java.util.Map<java.lang.String,java.lang.Object>>,"
                + " which Dynamap cannot store, because of java.lang.Object: "
                + HINT)
        .inFile(NESTED_UNSUPPORTED)
        .onLine(6);
  }

  @Test
  @Reports(Message.UNSUPPORTED_TYPE)
  void anArrayOfAnUnsupportedTypeIsNotSupported() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'players' has type java.lang.Thread[], which Dynamap cannot store, because"
                + " of java.lang.Thread")
        .inFile(NESTED_UNSUPPORTED)
        .onLine(7);
    COMPILATION.assertErrorCount(NESTED_UNSUPPORTED, 2);
  }

  private static final JavaFileObject OBJECT_FIELD =
      COMPILATION.add(
          "test.Envelope",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Envelopes\")",
          "public class Envelope {",
          "  @PartitionKey String id;",
          "  Object payload;",
          "}");

  @Test
  @Reports(Message.UNSUPPORTED_TYPE)
  void anObjectFieldOfABeanIsNotSupported() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'payload' has type java.lang.Object, which Dynamap cannot store: " + HINT)
        .inFile(OBJECT_FIELD)
        .onLine(6);
    COMPILATION.assertErrorCount(OBJECT_FIELD, 1);
  }

  private static final JavaFileObject CLASS_WITHOUT_DOCUMENT =
      COMPILATION.add(
          "test.Grade",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Grades\")",
          "public final class Grade {",
          "  @PartitionKey private final String student;",
          "  private final Teacher teacher;",
          "  public Grade(String student, Teacher teacher) {",
          "    this.student = student;",
          "    this.teacher = teacher;",
          "  }",
          "  public String getStudent() { return student; }",
          "  public Teacher getTeacher() { return teacher; }",
          "  public record Teacher(String name) {}",
          "}");

  @Test
  @Reports(Message.UNSUPPORTED_TYPE)
  void aClassThatIsNoDocumentIsNotSupportedInAnImmutableClass() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'teacher' has type test.Grade.Teacher, which Dynamap cannot store: annotate"
                + " the class with @Document")
        .inFile(CLASS_WITHOUT_DOCUMENT)
        .onLine(6);
    COMPILATION.assertErrorCount(CLASS_WITHOUT_DOCUMENT, 1);
  }

  // ---- stored names ----

  private static final JavaFileObject DUPLICATE_NAME_RECORD =
      COMPILATION.add(
          "test.Person",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"People\")",
          "public record Person(",
          "    @PartitionKey String id,",
          "    @Attribute(name = \"id\") String legacyId) {}");

  @Test
  @Reports(Message.DUPLICATE_STORED_NAME)
  void twoAttributesOfARecordCannotBeStoredUnderTheSameName() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'legacyId' is stored as \"id\", like attribute 'id': stored names must be"
                + " unique; rename one with @Attribute(name = \"...\")")
        .inFile(DUPLICATE_NAME_RECORD)
        .onLine(6);
    COMPILATION.assertErrorCount(DUPLICATE_NAME_RECORD, 1);
  }

  private static final JavaFileObject DUPLICATE_NAME_IMMUTABLE =
      COMPILATION.add(
          "test.Invoice",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Invoices\")",
          "public final class Invoice {",
          "  @PartitionKey private final String number;",
          "  @Attribute(name = \"total\") private final long net;",
          "  @Attribute(name = \"total\") private final long gross;",
          "  public Invoice(String number, long net, long gross) {",
          "    this.number = number;",
          "    this.net = net;",
          "    this.gross = gross;",
          "  }",
          "  public String getNumber() { return number; }",
          "  public long getNet() { return net; }",
          "  public long getGross() { return gross; }",
          "}");

  @Test
  @Reports(Message.DUPLICATE_STORED_NAME)
  void twoAttributesOfAnImmutableClassRenamedToTheSameNameAreRejectedOnTheSecond() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("attribute 'gross' is stored as \"total\", like attribute 'net'")
        .inFile(DUPLICATE_NAME_IMMUTABLE)
        .onLine(7);
    COMPILATION.assertErrorCount(DUPLICATE_NAME_IMMUTABLE, 1);
  }

  private static final JavaFileObject DUPLICATE_NAME_ON_GETTER =
      COMPILATION.add(
          "test.Account",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Accounts\")",
          "public class Account {",
          "  private String id;",
          "  private String owner;",
          "  @PartitionKey",
          "  public String getId() { return id; }",
          "  public void setId(String id) { this.id = id; }",
          "  @Attribute(name = \"id\")",
          "  public String getOwner() { return owner; }",
          "  public void setOwner(String owner) { this.owner = owner; }",
          "}");

  @Test
  @Reports(Message.DUPLICATE_STORED_NAME)
  void aBeanGetterRenamedToAnotherAttributesNameIsRejectedOnTheGetter() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("attribute 'owner' is stored as \"id\", like attribute 'id'")
        .inFile(DUPLICATE_NAME_ON_GETTER)
        .onLine(11);
    COMPILATION.assertErrorCount(DUPLICATE_NAME_ON_GETTER, 1);
  }

  private static final JavaFileObject BLANK_NAME_RECORD =
      COMPILATION.add(
          "test.Profile",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Profiles\")",
          "public record Profile(",
          "    @PartitionKey String id,",
          "    @Attribute(name = \" \") String nickname) {}");

  @Test
  @Reports(Message.EMPTY_ATTRIBUTE_NAME)
  void aBlankAttributeNameIsRejectedAndQuotedAsWritten() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Attribute(name = \" \") on 'nickname' is blank: give a name, or leave the name out to"
                + " use 'nickname'")
        .inFile(BLANK_NAME_RECORD)
        .onLine(6);
    COMPILATION.assertErrorCount(BLANK_NAME_RECORD, 1);
  }

  private static final JavaFileObject EXPLICIT_EMPTY_NAME =
      COMPILATION.add(
          "test.Alias",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Aliases\")",
          "public record Alias(",
          "    @PartitionKey String id,",
          "    @Attribute(storeNull = true) String kept,",
          "    @Attribute(name = \"\", storeNull = true) String shown) {}");

  @Test
  @Reports(Message.EXPLICIT_EMPTY_ATTRIBUTE_NAME)
  void anExplicitlyEmptyAttributeNameIsRejectedOnTheAnnotation() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Attribute(name = \"\") on 'shown' gives an empty name, which DynamoDB does not"
                + " allow: give the stored name, or leave name out to store the attribute as"
                + " 'shown'")
        .inFile(EXPLICIT_EMPTY_NAME)
        .onLine(7);
    COMPILATION.assertErrorCount(EXPLICIT_EMPTY_NAME, 1);
  }

  private static final JavaFileObject BLANK_NAME_BEAN =
      COMPILATION.add(
          "test.Badge",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Badges\")",
          "public class Badge {",
          "  @PartitionKey String id;",
          "  @Attribute(name = \"\\t\")",
          "  String title;",
          "}");

  @Test
  @Reports(Message.EMPTY_ATTRIBUTE_NAME)
  void aWhitespaceAttributeNameOfABeanIsRejectedWithItsEscapesShown() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Attribute(name = \"\\t\") on 'title' is blank")
        .inFile(BLANK_NAME_BEAN)
        .onLine(6);
    COMPILATION.assertErrorCount(BLANK_NAME_BEAN, 1);
  }

  private static final JavaFileObject BLANK_NAME_ON_GETTER_OF_IMMUTABLE =
      COMPILATION.add(
          "test.Headline",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Headlines\")",
          "public final class Headline {",
          "  @PartitionKey private final String id;",
          "  private final String text;",
          "  public Headline(String id, String text) { this.id = id; this.text = text; }",
          "  public String getId() { return id; }",
          "  @Attribute(name = \"   \")",
          "  public String getText() { return text; }",
          "}");

  @Test
  @Reports(Message.EMPTY_ATTRIBUTE_NAME)
  void aBlankAttributeNameOnAGetterOfAnImmutableClassIsRejectedOnTheGetter() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Attribute(name = \"   \") on 'text' is blank")
        .inFile(BLANK_NAME_ON_GETTER_OF_IMMUTABLE)
        .onLine(9);
    COMPILATION.assertErrorCount(BLANK_NAME_ON_GETTER_OF_IMMUTABLE, 1);
  }

  // ---- annotations on methods ----

  private static final JavaFileObject KEY_ON_COMPUTED_METHOD =
      COMPILATION.add(
          "test.Route",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Routes\")",
          "public class Route {",
          "  @PartitionKey String from;",
          "  String to;",
          "  @SortKey",
          "  public String path() { return from + \"-\" + to; }",
          "}");

  @Test
  @Reports(Message.ANNOTATED_METHOD_NOT_A_GETTER)
  void aKeyAnnotationOnAMethodThatReadsNoFieldIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@SortKey on method path() has no effect: Dynamap reads attributes from fields and"
                + " record components; put it on the field 'path' or on a getter of an existing"
                + " field")
        .inFile(KEY_ON_COMPUTED_METHOD)
        .onLine(7);
    COMPILATION.assertErrorCount(KEY_ON_COMPUTED_METHOD, 1);
  }

  private static final JavaFileObject ATTRIBUTE_ON_SETTER =
      COMPILATION.add(
          "test.Contact",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Contacts\")",
          "public class Contact {",
          "  @PartitionKey String id;",
          "  private String email;",
          "  public String getEmail() { return email; }",
          "  @Attribute(name = \"mail\")",
          "  public void setEmail(String email) { this.email = email; }",
          "}");

  @Test
  @Reports(Message.ANNOTATED_METHOD_NOT_A_GETTER)
  void anAttributeAnnotationOnASetterIsRejectedWithTheFieldToPutItOn() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Attribute on method setEmail() has no effect: Dynamap reads attributes from fields"
                + " and record components; put it on the field 'email'")
        .inFile(ATTRIBUTE_ON_SETTER)
        .onLine(8);
    COMPILATION.assertErrorCount(ATTRIBUTE_ON_SETTER, 1);
  }

  private static final JavaFileObject GETTER_OF_ANOTHER_TYPE =
      COMPILATION.add(
          "test.Counter",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Counters\")",
          "public class Counter {",
          "  @PartitionKey String id;",
          "  int count;",
          "  @Attribute(name = \"n\")",
          "  public long getCount() { return count; }",
          "}");

  @Test
  @Reports(Message.ANNOTATED_METHOD_NOT_A_GETTER)
  void anAnnotatedGetterWhoseTypeDiffersFromItsFieldsIsNoGetter() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Attribute on method getCount() has no effect")
        .inFile(GETTER_OF_ANOTHER_TYPE)
        .onLine(7);
    COMPILATION.assertErrorCount(GETTER_OF_ANOTHER_TYPE, 1);
  }

  private static final JavaFileObject IGNORE_ON_METHOD_OF_IMMUTABLE =
      COMPILATION.add(
          "test.Coordinate",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Coordinates\")",
          "public final class Coordinate {",
          "  @PartitionKey private final String id;",
          "  public Coordinate(String id) { this.id = id; }",
          "  public String getId() { return id; }",
          "  @Ignore",
          "  public String describe() { return \"at \" + id; }",
          "}");

  @Test
  @Reports(Message.ANNOTATED_METHOD_NOT_A_GETTER)
  void anIgnoreOnAMethodOfAnImmutableClassThatIsNoGetterIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Ignore on method describe() has no effect")
        .inFile(IGNORE_ON_METHOD_OF_IMMUTABLE)
        .onLine(8);
    COMPILATION.assertErrorCount(IGNORE_ON_METHOD_OF_IMMUTABLE, 1);
  }

  private static final JavaFileObject ATTRIBUTE_ON_RECORD_METHOD =
      COMPILATION.add(
          "test.Customer",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Customers\")",
          "public record Customer(@PartitionKey String id, String first, String last) {",
          "  @Attribute(name = \"fullName\")",
          "  public String fullName() { return first + \" \" + last; }",
          "}");

  @Test
  @Reports(Message.ANNOTATED_METHOD_NOT_A_GETTER)
  void anAnnotationOnARecordMethodThatIsNoComponentAccessorIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Attribute on method fullName() has no effect")
        .inFile(ATTRIBUTE_ON_RECORD_METHOD)
        .onLine(5);
    COMPILATION.assertErrorCount(ATTRIBUTE_ON_RECORD_METHOD, 1);
  }

  private static final JavaFileObject ANNOTATED_METHOD_IN_SUPERCLASS =
      COMPILATION.add(
          "test.Audited",
          "package test;",
          "import io.dynamap.annotations.*;",
          "public class Audited {",
          "  String createdBy;",
          "  @SortKey",
          "  public String audit() { return createdBy; }",
          "}");

  private static final JavaFileObject SUBCLASS_ENTITY =
      COMPILATION.add(
          "test.Document",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Documents\")",
          "public class Document extends Audited {",
          "  @PartitionKey String id;",
          "}");

  @Test
  @Reports(Message.ANNOTATED_METHOD_NOT_A_GETTER)
  void anAnnotatedMethodOfASuperclassIsReportedInTheSuperclass() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@SortKey on method audit() has no effect")
        .inFile(ANNOTATED_METHOD_IN_SUPERCLASS)
        .onLine(5);
    COMPILATION.assertErrorCount(ANNOTATED_METHOD_IN_SUPERCLASS, 1);
    COMPILATION.assertErrorCount(SUBCLASS_ENTITY, 0);
  }
}
