package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Which types can carry {@code @Table}, and which table names are accepted. */
class TableDeclarationErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  // ---- the kind of type ----

  private static final JavaFileObject INTERFACE =
      COMPILATION.add(
          "test.Shape",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Shapes\")",
          "public interface Shape {",
          "  @PartitionKey String id();",
          "}");

  @Test
  @Reports(Message.TABLE_NOT_A_CLASS)
  void anInterfaceIsNotAnEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Table cannot be used on interface Shape: put it on a record or a concrete class")
        .inFile(INTERFACE)
        .onLine(4);
    COMPILATION.assertErrorCount(INTERFACE, 1);
  }

  private static final JavaFileObject ENUM =
      COMPILATION.add(
          "test.Color",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Colors\")",
          "public enum Color {",
          "  RED;",
          "  @PartitionKey String id;",
          "}");

  @Test
  @Reports(Message.TABLE_NOT_A_CLASS)
  void anEnumIsNotAnEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Table cannot be used on enum Color")
        .inFile(ENUM)
        .onLine(4);
    COMPILATION.assertErrorCount(ENUM, 1);
  }

  private static final JavaFileObject ANNOTATION_TYPE =
      COMPILATION.add(
          "test.Marker",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Markers\")",
          "public @interface Marker {}");

  @Test
  @Reports(Message.TABLE_NOT_A_CLASS)
  void anAnnotationTypeIsNotAnEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Table cannot be used on annotation type Marker")
        .inFile(ANNOTATION_TYPE)
        .onLine(4);
    COMPILATION.assertErrorCount(ANNOTATION_TYPE, 1);
  }

  private static final JavaFileObject ABSTRACT_CLASS =
      COMPILATION.add(
          "test.Vehicle",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Vehicles\")",
          "public abstract class Vehicle {",
          "  @PartitionKey String id;",
          "}");

  @Test
  @Reports(Message.TABLE_ABSTRACT_CLASS)
  void anAbstractClassIsNotAnEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Table cannot be used on abstract class Vehicle: put it on a concrete subclass")
        .inFile(ABSTRACT_CLASS)
        .onLine(4);
    COMPILATION.assertErrorCount(ABSTRACT_CLASS, 1);
  }

  private static final JavaFileObject INNER_CLASS =
      COMPILATION.add(
          "test.Garage",
          "package test;",
          "import io.dynamap.annotations.*;",
          "public class Garage {",
          "  @Table(name = \"Cars\")",
          "  public class Car {",
          "    @PartitionKey String id;",
          "  }",
          "}");

  @Test
  @Reports(Message.TABLE_INNER_CLASS)
  void aNonStaticInnerClassIsNotAnEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Table class Car is an inner class: make it static (or top-level) so that generated"
                + " code can create it")
        .inFile(INNER_CLASS)
        .onLine(5);
    COMPILATION.assertErrorCount(INNER_CLASS, 1);
  }

  private static final JavaFileObject PRIVATE_NESTED_CLASS =
      COMPILATION.add(
          "test.Registry",
          "package test;",
          "import io.dynamap.annotations.*;",
          "public class Registry {",
          "  @Table(name = \"Entries\")",
          "  private static class Entry {",
          "    @PartitionKey String id;",
          "  }",
          "}");

  @Test
  @Reports(Message.TABLE_PRIVATE_CLASS)
  void aPrivateNestedClassIsNotAnEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Table class Entry is private: make it at least package-private so that generated"
                + " code can use it")
        .inFile(PRIVATE_NESTED_CLASS)
        .onLine(5);
    COMPILATION.assertErrorCount(PRIVATE_NESTED_CLASS, 1);
  }

  private static final JavaFileObject PRIVATE_NESTED_RECORD =
      COMPILATION.add(
          "test.Ledger",
          "package test;",
          "import io.dynamap.annotations.*;",
          "public class Ledger {",
          "  @Table(name = \"Lines\")",
          "  private record Line(@PartitionKey String id) {}",
          "}");

  @Test
  @Reports(Message.TABLE_PRIVATE_CLASS)
  void aPrivateNestedRecordIsNotAnEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Table class Line is private")
        .inFile(PRIVATE_NESTED_RECORD)
        .onLine(5);
    COMPILATION.assertErrorCount(PRIVATE_NESTED_RECORD, 1);
  }

  private static final JavaFileObject NESTED_IN_PRIVATE_CLASS =
      COMPILATION.add(
          "test.Warehouse",
          "package test;",
          "import io.dynamap.annotations.*;",
          "public class Warehouse {",
          "  private static class Vault {",
          "    @Table(name = \"Boxes\")",
          "    static class Box {",
          "      @PartitionKey String id;",
          "    }",
          "  }",
          "}");

  @Test
  @Reports(Message.TABLE_PRIVATE_CLASS)
  void aClassNestedInAPrivateClassIsNotAnEntityAndTheErrorNamesThePrivateClass() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("class Vault is private: make it at least package-private")
        .inFile(NESTED_IN_PRIVATE_CLASS)
        .onLine(6);
    COMPILATION.assertErrorCount(NESTED_IN_PRIVATE_CLASS, 1);
  }

  private static final JavaFileObject GENERIC_CLASS =
      COMPILATION.add(
          "test.Envelope",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Envelopes\")",
          "public class Envelope<T> {",
          "  @PartitionKey String id;",
          "}");

  @Test
  @Reports(Message.TABLE_GENERIC_CLASS)
  void aGenericClassIsNotAnEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Table class Envelope has type parameters: an entity must be a concrete type")
        .inFile(GENERIC_CLASS)
        .onLine(4);
    COMPILATION.assertErrorCount(GENERIC_CLASS, 1);
  }

  private static final JavaFileObject GENERIC_RECORD =
      COMPILATION.add(
          "test.Pair",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Pairs\")",
          "public record Pair<T>(@PartitionKey String id, T value) {}");

  @Test
  @Reports(Message.TABLE_GENERIC_CLASS)
  void aGenericRecordIsNotAnEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Table class Pair has type parameters")
        .inFile(GENERIC_RECORD)
        .onLine(4);
    COMPILATION.assertErrorCount(GENERIC_RECORD, 1);
  }

  // ---- the table name ----

  private static final JavaFileObject SHORT_NAME =
      COMPILATION.add(
          "test.Tiny",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"ab\")",
          "public record Tiny(@PartitionKey String id) {}");

  @Test
  @Reports(Message.INVALID_TABLE_NAME)
  void aTableNameOfFewerThanThreeCharactersIsRejectedOnTheAnnotation() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "table name \"ab\" is not a valid DynamoDB table name: use 3 to 255 characters among"
                + " a-z, A-Z, 0-9, '_', '-' and '.'")
        .inFile(SHORT_NAME)
        .onLine(3);
    COMPILATION.assertErrorCount(SHORT_NAME, 1);
  }

  private static final JavaFileObject BAD_CHARACTERS =
      COMPILATION.add(
          "test.Spaced",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"my table!\")",
          "public record Spaced(@PartitionKey String id) {}");

  @Test
  @Reports(Message.INVALID_TABLE_NAME)
  void aTableNameWithCharactersDynamoDbRejectsIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("table name \"my table!\" is not a valid DynamoDB table name")
        .inFile(BAD_CHARACTERS)
        .onLine(3);
    COMPILATION.assertErrorCount(BAD_CHARACTERS, 1);
  }

  private static final JavaFileObject LONG_NAME =
      COMPILATION.add(
          "test.Verbose",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"" + "t".repeat(256) + "\")",
          "public record Verbose(@PartitionKey String id) {}");

  @Test
  @Reports(Message.INVALID_TABLE_NAME)
  void aTableNameOfMoreThan255CharactersIsRejected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("table name \"" + "t".repeat(256) + "\" is not a valid")
        .inFile(LONG_NAME)
        .onLine(3);
    COMPILATION.assertErrorCount(LONG_NAME, 1);
  }

  private static final JavaFileObject SHORT_CLASS_NAME =
      COMPILATION.add(
          "test.Ab",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table",
          "public record Ab(@PartitionKey String id) {}");

  @Test
  @Reports(Message.INVALID_TABLE_NAME)
  void theClassNameUsedAsTableNameByDefaultMustBeAValidTableNameToo() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("table name \"Ab\" is not a valid DynamoDB table name")
        .inFile(SHORT_CLASS_NAME)
        .onLine(3);
    COMPILATION.assertErrorCount(SHORT_CLASS_NAME, 1);
  }
}
