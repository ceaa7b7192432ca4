package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynamap.processor.Compilations.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated metamodel makes wrong conditions fail to compile: an attribute of another entity,
 * an operator the attribute's DynamoDB type does not have, a value of the wrong Java type.
 */
class MetamodelTypingTest {
  private static final List<JavaFileObject> ENTITIES =
      List.of(
          source(
              "test.Address",
              "package test;",
              "import io.dynamap.annotations.*;",
              "@Document",
              "public record Address(String city, Address previous, Address path, int size) {}"),
          source(
              "test.Shop",
              "package test;",
              "import io.dynamap.annotations.*;",
              "@Table(name = \"Shops\")",
              "public record Shop(@PartitionKey String id, int rating, boolean open,",
              "    java.util.Set<String> tags, java.util.List<Address> branches, Address address) {}"),
          source(
              "test.Visit",
              "package test;",
              "import io.dynamap.annotations.*;",
              "@Table(name = \"Visits\")",
              "public record Visit(@PartitionKey String shopId, @SortKey long at) {}"));

  private static final Compilations WRONG = Compilations.shared();

  static {
    ENTITIES.forEach(WRONG::add);
  }

  private static final JavaFileObject WRONG_CONDITIONS =
      WRONG.add(
          "test.WrongConditions",
          "package test;",
          "import io.dynamap.runtime.expr.Condition;",
          "class WrongConditions {",
          "  Condition<Shop> otherEntity() { return VisitAttributes.at.gt(3L); }",
          "  Condition<Shop> containsOnNumber() { return ShopAttributes.rating.contains(\"1\"); }",
          "  Condition<Shop> beginsWithOnBoolean() { return ShopAttributes.open.beginsWith(\"t\"); }",
          "  Condition<Shop> wrongValueType() { return ShopAttributes.rating.eq(\"five\"); }",
          "  Condition<Shop> ltOnSet() { return ShopAttributes.tags.lt(\"a\"); }",
          "}");

  private static final JavaFileObject WRONG_UPDATES =
      WRONG.add(
          "test.WrongUpdates",
          "package test;",
          "import io.dynamap.runtime.expr.Update;",
          "class WrongUpdates {",
          "  Update<Shop> incrementAString(ShopRepository r) { return r.update(\"a\").increment(ShopAttributes.id, 1); }",
          "  Update<Shop> appendToASet(ShopRepository r) { return r.update(\"a\").append(ShopAttributes.tags, \"x\"); }",
          "  Update<Shop> addToANumber(ShopRepository r) { return r.update(\"a\").add(ShopAttributes.rating, java.util.Set.of(1)); }",
          "  Update<Shop> otherEntity(ShopRepository r) { return r.update(\"a\").remove(VisitAttributes.at); }",
          "}");

  @Test
  void updateOperatorsDynamoDbDoesNotAllowDoNotCompile() {
    assertThat(WRONG.get()).hadErrorContaining("").inFile(WRONG_UPDATES).onLine(4);
    assertThat(WRONG.get()).hadErrorContaining("").inFile(WRONG_UPDATES).onLine(5);
    assertThat(WRONG.get()).hadErrorContaining("").inFile(WRONG_UPDATES).onLine(6);
    assertThat(WRONG.get()).hadErrorContaining("").inFile(WRONG_UPDATES).onLine(7);
    WRONG.assertErrorCount(WRONG_UPDATES, 4);
  }

  @Test
  void anotherEntitysAttributeDoesNotCompileIntoACondition() {
    assertThat(WRONG.get()).hadErrorContaining("incompatible types").inFile(WRONG_CONDITIONS).onLine(4);
  }

  @Test
  void operatorsFollowTheStoredType() {
    assertThat(WRONG.get()).hadErrorContaining("cannot find symbol").inFile(WRONG_CONDITIONS).onLine(5);
    assertThat(WRONG.get()).hadErrorContaining("cannot find symbol").inFile(WRONG_CONDITIONS).onLine(6);
    assertThat(WRONG.get()).hadErrorContaining("cannot find symbol").inFile(WRONG_CONDITIONS).onLine(8);
  }

  @Test
  void valuesHaveTheAttributesJavaType() {
    assertThat(WRONG.get()).hadErrorContaining("incompatible types").inFile(WRONG_CONDITIONS).onLine(7);
    WRONG.assertErrorCount(WRONG_CONDITIONS, 5);
  }

  @Test
  void rightConditionsCompileWithoutWarnings() {
    List<JavaFileObject> sources = new java.util.ArrayList<>(ENTITIES);
    sources.add(
        source(
            "test.RightConditions",
            "package test;",
            "import io.dynamap.runtime.expr.Condition;",
            "import io.dynamap.runtime.expr.Update;",
            "class RightConditions {",
            "  Update<Shop> update(ShopRepository r) {",
            "    return r.update(\"a\").set(ShopAttributes.rating, 4).increment(ShopAttributes.rating, 1)",
            "        .add(ShopAttributes.tags, java.util.Set.of(\"new\"))",
            "        .append(ShopAttributes.branches, new Address(\"Lyon\", null, null, 0))",
            "        .remove(ShopAttributes.address).when(ShopAttributes.open.eq(true));",
            "  }",
            "  Condition<Shop> all() {",
            "    return ShopAttributes.rating.between(3, 5)",
            "        .and(ShopAttributes.open.eq(true))",
            "        .and(ShopAttributes.tags.contains(\"vegan\"))",
            "        .and(ShopAttributes.branches.at(0).city.beginsWith(\"Ly\"))",
            "        .and(ShopAttributes.address.previous().previous().city.eq(\"Paris\"))",
            "        .and(ShopAttributes.address.pathDocument().size.gt(2))",
            "        .and(ShopAttributes.address.size().eq(4))",
            "        .and(ShopAttributes.branches.size().ge(2))",
            "        .or(ShopAttributes.id.in(\"a\", \"b\").not());",
            "  }",
            "}"));
    assertThat(Compilations.compile(Compilations.STRICT, sources.toArray(new JavaFileObject[0])))
        .succeededWithoutWarnings();
  }

  /**
   * An {@code @Item}'s metamodel has the table's type attribute, as a string attribute named as
   * declared; a declared name that is no free Java name is {@code typeAttribute}.
   */
  @Test
  void theTypeAttributeIsInTheMetamodelOfEveryItem() {
    assertThat(
            Compilations.compile(
                Compilations.STRICT,
                source(
                    "test.Ledger",
                    "package test;",
                    "import io.dynamap.annotations.*;",
                    "@SingleTable(name = \"Ledger\", typeAttribute = \"kind\")",
                    "interface Ledger {}"),
                source(
                    "test.Odd",
                    "package test;",
                    "import io.dynamap.annotations.*;",
                    "@SingleTable(name = \"Odd\", typeAttribute = \"item-type\")",
                    "interface Odd {}"),
                source(
                    "test.Entry",
                    "package test;",
                    "import io.dynamap.annotations.*;",
                    "@Item(table = Ledger.class, type = \"ENTRY\", partition = \"E#{id}\", sort = \"E\")",
                    "record Entry(String id) {}"),
                source(
                    "test.Thing",
                    "package test;",
                    "import io.dynamap.annotations.*;",
                    "@Item(table = Odd.class, partition = \"T#{id}\", sort = \"T\")",
                    "record Thing(String id) {}"),
                source(
                    "test.TypeConditions",
                    "package test;",
                    "import io.dynamap.runtime.expr.Condition;",
                    "import io.dynamap.runtime.expr.StringAttribute;",
                    "class TypeConditions {",
                    "  StringAttribute<Entry, String> kind = EntryAttributes.kind;",
                    "  Condition<Entry> entries() { return EntryAttributes.kind.eq(\"ENTRY\"); }",
                    "  Condition<Thing> things() { return ThingAttributes.typeAttribute.beginsWith(\"Th\"); }",
                    "}")))
        .succeededWithoutWarnings();
  }
}
