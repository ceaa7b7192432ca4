package io.dynamap.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Key templates and item collections that could not be composed, sorted or read back. */
class SingleTableErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  static {
    COMPILATION.add(
        "test.Store",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@SingleTable(name = \"Store\", indexes = @SingleTable.GlobalIndex(name = \"gsi1\"))",
        "interface Store {}");
    COMPILATION.add(
        "test.Other",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@SingleTable(name = \"Other\")",
        "interface Other {}");
    COMPILATION.add("test.NotATable", "package test;", "interface NotATable {}");
  }

  private static JavaFileObject item(String name, String annotations, String components) {
    return COMPILATION.add(
        "test." + name,
        "package test;",
        "import io.dynamap.annotations.*;",
        "import java.math.BigDecimal;",
        "import java.time.Instant;",
        annotations,
        "record " + name + "(" + components + ") {}");
  }

  private static final JavaFileObject UNKNOWN_FIELD =
      item("Visit", "@Item(table = Store.class, partition = \"USER#{userID}\", sort = \"VISIT#{at}\")",
          "String userId, Instant at");
  private static final JavaFileObject FIELD_TYPE =
      item("Payment", "@Item(table = Store.class, partition = \"USER#{userId}\", sort = \"PAY#{amount}\")",
          "String userId, BigDecimal amount");
  private static final JavaFileObject TRAILING_TEXT =
      item("Login", "@Item(table = Store.class, partition = \"USER#{userId}\", sort = \"LOGIN#{at}#END\")",
          "String userId, Instant at");
  private static final JavaFileObject VARIABLE_WIDTH =
      item("Tag", "@Item(table = Store.class, partition = \"USER#{userId}\", sort = \"TAG#{name}#{at}\")",
          "String userId, String name, Instant at");
  private static final JavaFileObject SYNTAX =
      item("Badge", "@Item(table = Store.class, partition = \"USER#{userId\", sort = \"BADGE\")",
          "String userId");
  private static final JavaFileObject NOT_DECLARED =
      item("Stray", "@Item(table = NotATable.class, partition = \"S#{id}\", sort = \"S\")", "String id");
  private static final JavaFileObject KEY_ANNOTATION =
      item("Keyed", "@Item(table = Store.class, partition = \"K#{id}\", sort = \"K\")",
          "@PartitionKey String id");
  private static final JavaFileObject UNKNOWN_INDEX =
      item("Indexed", "@Item(table = Store.class, partition = \"I#{id}\", sort = \"I\") @IndexKeys(index = \"gsi9\", partition = \"X#{id}\", sort = \"X\")",
          "String id");
  private static final JavaFileObject CLASH =
      item("Clashing", "@Item(table = Store.class, partition = \"C#{id}\", sort = \"C\")",
          "String id, String pk");
  private static final JavaFileObject BOTH =
      item("Twice", "@Item(table = Store.class, partition = \"T#{id}\", sort = \"T\") @Table(name = \"Twice\")",
          "@PartitionKey String id");
  private static final JavaFileObject REPEATED_INDEX =
      item("Repeated", "@Item(table = Store.class, partition = \"R#{id}\", sort = \"R\")\n"
          + "@IndexKeys(index = \"gsi1\", partition = \"A#{id}\", sort = \"A\")\n"
          + "@IndexKeys(index = \"gsi1\", partition = \"B#{id}\", sort = \"B\")",
          "String id");

  // Members for the collections below.
  static {
    item("Profile", "@Item(table = Store.class, type = \"PROFILE\", partition = \"USER#{userId}\", sort = \"PROFILE\") ",
        "String userId");
    item("Event", "@Item(table = Store.class, type = \"EVENT\", partition = \"USER#{userId}\", sort = \"EV#{at}\")",
        "String userId, Instant at");
    item("EventDetail", "@Item(table = Store.class, type = \"DETAIL\", partition = \"USER#{userId}\", sort = \"EV#DETAIL#{at}\")",
        "String userId, Instant at");
    item("Alias", "@Item(table = Store.class, type = \"PROFILE\", partition = \"USER#{userId}\", sort = \"ALIAS#{name}\")",
        "String userId, String name");
    item("Account", "@Item(table = Store.class, type = \"ACCOUNT\", partition = \"ACCOUNT#{userId}\", sort = \"ACCOUNT\")",
        "String userId");
    item("Elsewhere", "@Item(table = Other.class, type = \"ELSEWHERE\", partition = \"USER#{userId}\", sort = \"E\")",
        "String userId");
  }

  private static final JavaFileObject OVERLAPPING =
      COMPILATION.add(
          "test.Timeline",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(Store.class)",
          "sealed interface Timeline permits Timeline.Start, Event, EventDetail {",
          "  @Item(table = Store.class, type = \"START\", partition = \"USER#{userId}\", sort = \"START\")",
          "  record Start(String userId) implements Timeline {}",
          "}");
  private static final JavaFileObject SAME_TYPE =
      COMPILATION.add(
          "test.Names",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(Store.class)",
          "sealed interface Names permits Names.First, Names.Second {",
          "  @Item(table = Store.class, type = \"NAME\", partition = \"U#{userId}\", sort = \"A#{n}\")",
          "  record First(String userId, String n) implements Names {}",
          "  @Item(table = Store.class, type = \"NAME\", partition = \"U#{userId}\", sort = \"B#{n}\")",
          "  record Second(String userId, String n) implements Names {}",
          "}");
  private static final JavaFileObject NOT_MEMBERS =
      COMPILATION.add(
          "test.Mixed",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(Store.class)",
          "sealed interface Mixed permits Mixed.Plain, Mixed.Away {",
          "  record Plain(String userId) implements Mixed {}",
          "  @Item(table = Other.class, partition = \"U#{userId}\", sort = \"A\")",
          "  record Away(String userId) implements Mixed {}",
          "}");
  private static final JavaFileObject PARTITIONS =
      COMPILATION.add(
          "test.Split",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(Store.class)",
          "sealed interface Split permits Split.One, Split.Two {",
          "  @Item(table = Store.class, partition = \"USER#{userId}\", sort = \"ONE\")",
          "  record One(String userId) implements Split {}",
          "  @Item(table = Store.class, partition = \"ACCOUNT#{userId}\", sort = \"TWO\")",
          "  record Two(String userId) implements Split {}",
          "}");
  private static final JavaFileObject NOT_SEALED =
      COMPILATION.add(
          "test.Loose",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@ItemCollection(Store.class)",
          "interface Loose {}");

  @Test
  @Reports(Message.TEMPLATE_UNKNOWN_FIELD)
  void aTemplateNamesFieldsOfTheEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "Partition template \"USER#{userID}\" names 'userID', which is no stored field of"
                + " Visit; did you mean userId?")
        .inFile(UNKNOWN_FIELD)
        .onLine(5);
  }

  @Test
  @Reports(Message.TEMPLATE_FIELD_TYPE)
  void aTemplateFieldMustComposeIntoASortableKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "Sort template \"PAY#{amount}\": 'amount' is a BigDecimal, which cannot be composed"
                + " into a key that sorts and reads back")
        .inFile(FIELD_TYPE)
        .onLine(5);
  }

  @Test
  @Reports(Message.TEMPLATE_NOT_SORTABLE)
  void sortTemplatesMustSortLikeTheirFields() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "sort template \"LOGIN#{at}#END\" would not be sortable: it ends with \"#END\" after"
                + " its last field 'at'; end it with the field that conditions select on")
        .inFile(TRAILING_TEXT)
        .onLine(5);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "sort template \"TAG#{name}#{at}\" would not be sortable: 'name' is a String of"
                + " variable width followed by more of the key")
        .inFile(VARIABLE_WIDTH)
        .onLine(5);
  }

  @Test
  @Reports(Message.TEMPLATE_SYNTAX)
  void aTemplateIsTextAndPlaceholders() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("Partition template \"USER#{userId\" has a '{' without its '}'")
        .inFile(SYNTAX)
        .onLine(5);
  }

  @Test
  @Reports(Message.ITEM_TABLE_NOT_DECLARED)
  void theTableMustBeDeclared() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Item(table = NotATable.class): NotATable is not annotated @SingleTable")
        .inFile(NOT_DECLARED)
        .onLine(5);
  }

  @Test
  @Reports(Message.ITEM_KEY_ANNOTATION)
  void keyAnnotationsHaveNoMeaningInAnItem() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@PartitionKey on 'id' has no meaning in @Item Keyed: its keys are composed by the"
                + " templates")
        .inFile(KEY_ANNOTATION)
        .onLine(6);
  }

  @Test
  @Reports(Message.TEMPLATE_UNKNOWN_INDEX)
  void indexKeysNameADeclaredIndex() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexKeys(index = \"gsi9\"): table Store declares no such index; its indexes are gsi1")
        .inFile(UNKNOWN_INDEX)
        .onLine(5);
  }

  @Test
  @Reports(Message.DUPLICATE_INDEX_KEYS)
  void anIndexIsComposedOnce() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@IndexKeys(index = \"gsi1\") is given twice")
        .inFile(REPEATED_INDEX)
        .onLine(8);
  }

  @Test
  @Reports(Message.TEMPLATE_NAME_CLASH)
  void fieldsCannotTakeTheTablesKeyNames() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'pk' is stored as \"pk\", which table Store uses for its partition key")
        .inFile(CLASH)
        .onLine(6);
  }

  @Test
  @Reports(Message.ITEM_AND_TABLE)
  void anItemIsNoTable() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("Twice is annotated with both @Item and @Table")
        .inFile(BOTH)
        .onLine(6);
  }

  @Test
  @Reports(Message.COLLECTION_PREFIX_OVERLAP)
  void sortPrefixesInACollectionMustNotOverlap() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "the sort keys of Event (\"EV#{at}\") and EventDetail (\"EV#DETAIL#{at}\") overlap:"
                + " reading Event's items by their prefix \"EV#\" would also read EventDetail's")
        .inFile(OVERLAPPING)
        .onLine(4);
  }

  @Test
  @Reports(Message.DUPLICATE_TYPE_NAME)
  void typesInACollectionAreDistinct() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "First and Second both store the type \"NAME\" in table Store")
        .inFile(SAME_TYPE)
        .onLine(4);
  }

  @Test
  void typeNamesAreNotComparedAcrossFilesOutsideACollection() {
    // Profile and Alias share "PROFILE" but no collection: comparing them would make an error
    // depend on files their originating elements do not reach, which an isolating processor
    // must not do (see DynamapProcessor.process).
    assertThat(
            COMPILATION.get().errors().stream()
                .map(error -> error.getMessage(null))
                .filter(message -> message.contains("Alias"))
                .toList())
        .isEmpty();
  }

  @Test
  @Reports(Message.COLLECTION_MEMBER)
  void membersAreItemsOfTheCollectionsTable() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@ItemCollection Mixed permits Plain, which is not an @Item entity of table Store: it"
                + " has no @Item annotation")
        .inFile(NOT_MEMBERS)
        .onLine(4);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@ItemCollection Mixed permits Away, which is not an @Item entity of table Store: it"
                + " is stored in Other")
        .inFile(NOT_MEMBERS)
        .onLine(4);
  }

  @Test
  @Reports(Message.COLLECTION_PARTITION_MISMATCH)
  void membersShareOnePartitionTemplate() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "One composes its partition key as \"USER#{userId}\" but Two as \"ACCOUNT#{userId}\"")
        .inFile(PARTITIONS)
        .onLine(4);
  }

  @Test
  @Reports(Message.COLLECTION_NOT_SEALED)
  void aCollectionIsASealedInterface() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@ItemCollection Loose must be a sealed interface")
        .inFile(NOT_SEALED)
        .onLine(4);
  }
}
