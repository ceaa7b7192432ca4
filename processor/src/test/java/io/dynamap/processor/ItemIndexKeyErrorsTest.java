package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An {@code @Item} annotated with the native index keys of a {@code @Table} (single or
 * multi-attribute): a single table's index keys are the attributes its {@code @SingleTable}
 * declares, composed by templates, so the error says how to compose the key or where a
 * multi-attribute key can be had.
 */
class ItemIndexKeyErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  static {
    COMPILATION.add(
        "test.Fleet",
        "package test;",
        "import io.dynamap.annotations.*;",
        "@SingleTable(name = \"Fleet\", indexes = @SingleTable.GlobalIndex(name = \"gsi1\"))",
        "interface Fleet {}");
  }

  private static final JavaFileObject TRUCK =
      COMPILATION.add(
          "test.Truck",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Item(table = Fleet.class, partition = \"TRUCK#{plate}\", sort = \"TRUCK\")",
          "public record Truck(",
          "    String plate,",
          "    @IndexPartitionKey(value = \"gsi1\", order = 1) String region,",
          "    @IndexPartitionKey(value = \"gsi1\", order = 2) int tier,",
          "    @IndexSortKey(\"gsi1\") long mileage) {}");

  @Test
  @Reports(Message.ITEM_INDEX_KEY_ANNOTATION)
  void anItemKeysNoIndexOnSeveralAttributes() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexPartitionKey on 'region' in @Item Truck: a single table's index keys are the"
                + " attributes its @SingleTable declares, shared by every item type and written"
                + " from each type's @IndexKeys templates, so an @Item does not key an index on"
                + " its own fields, nor on several attributes (a multi-attribute key); compose the"
                + " key, such as @IndexKeys(index = \"gsi1\", partition = \"...{region}\"), or"
                + " store Truck in a @Table of its own to key an index on several attributes (see"
                + " docs/indexes.md)")
        .inFile(TRUCK)
        .onLine(6);
    assertThat(COMPILATION.get())
        .hadErrorContaining("@IndexPartitionKey on 'tier' in @Item Truck:")
        .inFile(TRUCK)
        .onLine(7);
  }

  @Test
  @Reports(Message.ITEM_INDEX_KEY_ANNOTATION)
  void anItemKeysNoIndexSortKeyOnItsOwnField() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@IndexSortKey on 'mileage' in @Item Truck: a single table's index keys are the")
        .inFile(TRUCK)
        .onLine(8);
    COMPILATION.assertErrorCount(TRUCK, 3);
  }
}
