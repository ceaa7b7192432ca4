package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Flatten} where it cannot work: clashing names, types that are no document, keys. */
class FlattenErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  static {
    COMPILATION.add(
        "test.Spot",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Document",
        "public record Spot(String street, String city) {}");
  }

  private static final JavaFileObject CLASHES =
      COMPILATION.add(
          "test.Trip",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Trips\")",
          "public record Trip(",
          "    @PartitionKey String id,",
          "    String city,",
          "    @Flatten Spot from,",
          "    @Flatten(prefix = \"to_\") Spot to,",
          "    @Flatten(prefix = \"to_\") Spot via) {}");

  @Test
  @Reports(Message.FLATTEN_NAME_CLASH)
  void aFlattenedNameThatIsAnotherAttributesIsAnErrorWithAPrefixToGive() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'from' stores Spot's attribute \"city\" as \"city\", the name of"
                + " attribute 'city': give the flattened document a prefix, for example"
                + " @Flatten(prefix = \"from_\")")
        .inFile(CLASHES)
        .onLine(7);
  }

  @Test
  @Reports(Message.FLATTEN_NAME_CLASH)
  void twoFlattenedDocumentsWithTheSamePrefixClash() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'via' stores Spot's attribute \"street\" as \"to_street\", the name of"
                + " attribute \"street\" of flattened 'to': give the flattened document a prefix,"
                + " for example @Flatten(prefix = \"via_to_\")")
        .inFile(CLASHES)
        .onLine(9);
    // from: city; via: street and city
    COMPILATION.assertErrorCount(CLASHES, 3);
  }

  private static final JavaFileObject NOT_DOCUMENTS =
      COMPILATION.add(
          "test.Tour",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.List;",
          "import java.util.Optional;",
          "@Table(name = \"Tours\")",
          "public record Tour(",
          "    @PartitionKey String id,",
          "    @Flatten String name,",
          "    @Flatten Optional<Spot> start,",
          "    @Flatten List<Spot> stops,",
          "    @Flatten Thread guide) {}");

  @Test
  @Reports(Message.FLATTEN_NOT_A_DOCUMENT)
  void aScalarIsNotFlattened() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'name' has type java.lang.String, whose attributes cannot be"
                + " flattened: it is stored as one attribute: remove @Flatten")
        .inFile(NOT_DOCUMENTS)
        .onLine(8);
  }

  @Test
  @Reports(Message.FLATTEN_NOT_A_DOCUMENT)
  void anOptionalIsNotFlattened() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'start' has type java.util.Optional<test.Spot>, whose attributes"
                + " cannot be flattened: an Optional is not flattened: declare the @Document type"
                + " itself, a null field stores nothing")
        .inFile(NOT_DOCUMENTS)
        .onLine(9);
  }

  @Test
  @Reports(Message.FLATTEN_NOT_A_DOCUMENT)
  void aCollectionIsNotFlattened() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'stops' has type java.util.List<test.Spot>, whose attributes cannot"
                + " be flattened: a collection cannot be flattened: remove @Flatten to store it as"
                + " a list or map")
        .inFile(NOT_DOCUMENTS)
        .onLine(10);
  }

  @Test
  @Reports(Message.FLATTEN_NOT_A_DOCUMENT)
  void aClassThatIsNoDocumentIsNotFlattened() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'guide' has type java.lang.Thread, whose attributes cannot be"
                + " flattened: annotate the class with @Document")
        .inFile(NOT_DOCUMENTS)
        .onLine(11);
    COMPILATION.assertErrorCount(NOT_DOCUMENTS, 4);
  }

  private static final JavaFileObject KEYS =
      COMPILATION.add(
          "test.Leg",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Legs\")",
          "public record Leg(",
          "    @PartitionKey String id,",
          "    @SortKey @Flatten Spot start,",
          "    @Flatten @IndexPartitionKey(\"byEnd\") Spot end,",
          "    @Flatten @Attribute(name = \"v\") Spot via) {}");

  @Test
  @Reports(Message.FLATTEN_WITH)
  void aFlattenedDocumentIsNoKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'start' cannot also be @SortKey: a key is a single top-level"
                + " attribute, which a flattened document is not; declare the key as a field of"
                + " the entity itself")
        .inFile(KEYS)
        .onLine(6);
  }

  @Test
  @Reports(Message.FLATTEN_WITH)
  void aFlattenedDocumentIsNoIndexKey() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Flatten field 'end' cannot also be @IndexPartitionKey: a key is a")
        .inFile(KEYS)
        .onLine(7);
  }

  @Test
  @Reports(Message.FLATTEN_WITH)
  void aFlattenedDocumentIsNotRenamed() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'via' cannot also be @Attribute: its attributes keep their own names;"
                + " use @Flatten(prefix = \"...\") to rename them all")
        .inFile(KEYS)
        .onLine(8);
  }

  private static final JavaFileObject IN_DOCUMENT =
      COMPILATION.add(
          "test.Stage",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Document",
          "public record Stage(",
          "    String name,",
          "    @Flatten Stage next) {}");

  @Test
  @Reports(Message.FLATTEN_CYCLE)
  void aDocumentDoesNotFlattenItself() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'next' of Stage flattens Stage, which contains it: a flattened"
                + " document cannot contain itself, as its attributes would never end; remove"
                + " @Flatten to store Stage as a nested map, which may nest to any depth")
        .inFile(IN_DOCUMENT)
        .onLine(6);
    COMPILATION.assertErrorCount(IN_DOCUMENT, 1);
  }

  private static final JavaFileObject CYCLE_START =
      COMPILATION.add(
          "test.Hall",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Document",
          "public record Hall(String name, @Flatten(prefix = \"w_\") Wing wing) {}");

  private static final JavaFileObject CYCLE_END =
      COMPILATION.add(
          "test.Wing",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Document",
          "public record Wing(String side, @Flatten(prefix = \"h_\") Hall hall) {}");

  @Test
  @Reports(Message.FLATTEN_CYCLE)
  void twoDocumentsDoNotFlattenEachOther() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Flatten field 'hall' of Wing flattens Hall, which contains it")
        .inFile(CYCLE_END)
        .onLine(4);
    // Hall's field reports that Wing has errors of its own
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'wing' has type Wing, whose errors are reported on it")
        .inFile(CYCLE_START)
        .onLine(4);
  }

  private static final JavaFileObject DOCUMENT_CLASH =
      COMPILATION.add(
          "test.Yard",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Document",
          "public record Yard(String city, @Flatten Spot spot) {}");

  @Test
  @Reports(Message.FLATTEN_NAME_CLASH)
  void aDocumentsFlattenedNameClashesAsAnEntitysDoes() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'spot' stores Spot's attribute \"city\" as \"city\", the name of"
                + " attribute 'city': give the flattened document a prefix, for example"
                + " @Flatten(prefix = \"spot_\")")
        .inFile(DOCUMENT_CLASH)
        .onLine(4);
    COMPILATION.assertErrorCount(DOCUMENT_CLASH, 1);
  }

  private static final JavaFileObject NESTED_CLASH =
      COMPILATION.add(
          "test.Quay",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Document",
          "public record Quay(String street, int berth) {}",
          "@Document",
          "record Harbour(@Flatten(prefix = \"q_\") Quay quay, String name) {}",
          "@Table(name = \"Ports\")",
          "record Port(@PartitionKey String id, String q_berth, @Flatten Harbour harbour) {}");

  @Test
  @Reports(Message.FLATTEN_NAME_CLASH)
  void aNameFlattenedThroughTwoDocumentsClashesAtTheTop() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'harbour' stores Harbour's attribute \"q_berth\" as \"q_berth\", the"
                + " name of attribute 'q_berth'")
        .inFile(NESTED_CLASH)
        .onLine(8);
    COMPILATION.assertErrorCount(NESTED_CLASH, 1);
  }

  private static final JavaFileObject INVALID_DOCUMENT =
      COMPILATION.add(
          "test.Journey",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Journeys\")",
          "public record Journey(",
          "    @PartitionKey String id,",
          "    @Flatten(prefix = \"s_\") Stage stage) {}");

  @Test
  @Reports(Message.FLATTENED_DOCUMENT_INVALID)
  void aDocumentWithErrorsIsNotFlattened() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten field 'stage' has type Stage, whose errors are reported on it: fix them to"
                + " flatten it")
        .inFile(INVALID_DOCUMENT)
        .onLine(6);
    COMPILATION.assertErrorCount(INVALID_DOCUMENT, 1);
  }

  static {
    COMPILATION.add(
        "test.Depot",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@SingleTable(name = \"Depot\")",
        "interface Depot {}");
    COMPILATION.add(
        "test.Slot",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Document",
        "public record Slot(String pk, String label) {}");
  }

  private static final JavaFileObject ITEM_CLASH =
      COMPILATION.add(
          "test.Crate",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Item(table = Depot.class, partition = \"C#{id}\", sort = \"C\")",
          "public record Crate(String id, @Flatten Slot slot) {}");

  @Test
  @Reports(Message.TEMPLATE_NAME_CLASH)
  void aFlattenedNameCannotBeASingleTablesKeyName() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "attribute 'slot' is stored as \"pk\", which table Depot uses for its partition key")
        .inFile(ITEM_CLASH)
        .onLine(4);
    COMPILATION.assertErrorCount(ITEM_CLASH, 1);
  }

  private static final JavaFileObject REPOSITORY =
      COMPILATION.add(
          "test.DropStore",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.stream.Stream;",
          "@Table(name = \"Drops\")",
          "@Index(name = \"byLabel\", projection = Index.Projection.INCLUDE, include = {\"at_label\"})",
          "record Drop(",
          "    @PartitionKey String id,",
          "    @IndexPartitionKey(\"byLabel\") String kind,",
          "    @Flatten(prefix = \"at_\") Slot at) {}",
          "@Repository",
          "interface DropStore {",
          "  Stream<Drop> findByIdAndAtExists(String id);",
          "}");

  @Test
  @Reports(Message.QUERY_OPERATOR_TYPE)
  void aRepositoryMethodCannotAskWhetherAFlattenedDocumentExists() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByIdAndAtExists(): Exists cannot be used on 'at' (a Slot flattened into top-level"
                + " attributes): a flattened document is no attribute of its own; filter on its"
                + " attributes with a condition instead")
        .inFile(REPOSITORY)
        .onLine(12);
    // the index may include a flattened attribute by its top-level name: no error for it
    COMPILATION.assertErrorCount(REPOSITORY, 1);
  }

  static {
    COMPILATION.add(
        "test.Dock",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@Document",
        "public record Dock(String city, int gate) {}");
  }

  private static final JavaFileObject FLATTENED_PROPERTIES =
      COMPILATION.add(
          "test.ArrivalStore",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.stream.Stream;",
          "@Table(name = \"Arrivals\")",
          "record Arrival(",
          "    @PartitionKey String id,",
          "    String dockCity,",
          "    @Flatten(prefix = \"at_\") Dock dock) {}",
          "@Repository",
          "interface ArrivalStore {",
          "  Stream<Arrival> findByIdAndDockGateGreaterThan(String id, int gate);",
          "  Stream<Arrival> findByIdAndDockCity(String id, String city);", // 12
          "  Stream<Arrival> scanByDockGate(String gate);", // 13
          "}");

  @Test
  @Reports(Message.QUERY_AMBIGUOUS_PROPERTY)
  void aPropertyNameThatIsAlsoAFlattenedAttributesIsAmbiguous() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByIdAndDockCity(): DockCity names both attribute 'dockCity' and 'city' of"
                + " flattened 'dock': rename one of them, as a method name cannot tell them apart"
                + " (the metamodel can: filter with ArrivalAttributes in a default method)")
        .inFile(FLATTENED_PROPERTIES)
        .onLine(12);
  }

  @Test
  @Reports(Message.QUERY_PARAMETER_TYPE)
  void aFlattenedPropertyIsTypedAsInTheDocument() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "scanByDockGate(): parameter 'gate' has type String, but Equals on 'dock.gate' needs"
                + " int: declare it int")
        .inFile(FLATTENED_PROPERTIES)
        .onLine(13);
    // findByIdAndDockGateGreaterThan compiles: a filter on the attribute at_gate
    COMPILATION.assertErrorCount(FLATTENED_PROPERTIES, 2);
  }

  private static final JavaFileObject STRAY =
      COMPILATION.add(
          "test.Bay",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Table(name = \"Bays\")",
          "public record Bay(@PartitionKey String id) {",
          "  @Flatten Spot getSpot() { return null; }",
          "}");

  @Test
  @Reports(Message.ANNOTATED_METHOD_NOT_A_GETTER)
  void flattenOnAMethodThatIsNoGetterIsReported() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Flatten on method getSpot() has no effect: Dynamap reads attributes from fields and"
                + " record components; put it on the field 'spot' or on a getter of an existing"
                + " field")
        .inFile(STRAY)
        .onLine(5);
    COMPILATION.assertErrorCount(STRAY, 1);
  }
}
