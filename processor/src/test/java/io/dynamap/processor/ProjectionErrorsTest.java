package io.dynamap.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.dynamap.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Projection} records that do not fit their entity, and repository methods returning a
 * projection an index cannot serve: each is a compile error on the offending element, saying what
 * to do.
 */
class ProjectionErrorsTest {
  private static final Compilations COMPILATION = Compilations.shared();

  static {
    COMPILATION.add(
        "test.Parcel",
        "package test;",
        "import io.dynamap.annotations.*;",
        "import java.math.BigDecimal;",
        "import java.time.Instant;",
        "import java.util.List;",
        "@Table(name = \"Parcels\")",
        "@Index(name = \"byCarrier\", projection = Index.Projection.KEYS_ONLY)",
        "@Index(name = \"byRegion\", projection = Index.Projection.INCLUDE, include = {\"cost\"})",
        "public record Parcel(",
        "    @PartitionKey String warehouse,",
        "    @SortKey long sequence,",
        "    @IndexPartitionKey(\"byCarrier\") String carrier,",
        "    @IndexPartitionKey(\"byRegion\") String region,",
        "    @Attribute(name = \"cost\") BigDecimal price,",
        "    Instant shippedAt,",
        "    List<String> labels) {}");
  }

  private static final JavaFileObject UNKNOWN =
      COMPILATION.add(
          "test.ParcelShipping",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.time.Instant;",
          "@Projection(Parcel.class)",
          "public record ParcelShipping(",
          "    String warehouse,",
          "    Instant shipedAt,", // 7
          "    String colour) {}");

  private static final JavaFileObject MISMATCH =
      COMPILATION.add(
          "test.ParcelPrice",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.Set;",
          "@Projection(Parcel.class)",
          "public record ParcelPrice(",
          "    double price,", // 6
          "    Set<String> labels) {}");

  private static final JavaFileObject FLATTENED =
      COMPILATION.add(
          "test.CrateLabel",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Document",
          "record Slot(String aisle, int shelf) {}",
          "@Table(name = \"Crates\")",
          "record Crate(@PartitionKey String id, @Flatten(prefix = \"at_\") Slot slot) {}",
          "@Projection(Crate.class)",
          "public record CrateLabel(",
          "    String id,",
          "    Slot slot) {}"); // 10

  private static final JavaFileObject NOT_AN_ENTITY =
      COMPILATION.add(
          "test.StringPart",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Projection(String.class)",
          "public record StringPart(String value) {}");

  private static final JavaFileObject EMPTY =
      COMPILATION.add(
          "test.Nothing",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Projection(Parcel.class)",
          "public record Nothing() {}");

  private static final JavaFileObject NOT_A_RECORD =
      COMPILATION.add(
          "test.ParcelView",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Projection(Parcel.class)",
          "public interface ParcelView {}");

  private static final JavaFileObject TWO_CONSTRUCTORS =
      COMPILATION.add(
          "test.ParcelLabel",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Projection(Parcel.class)",
          "public final class ParcelLabel {",
          "  final String carrier;",
          "  public ParcelLabel(String carrier) { this.carrier = carrier; }",
          "  ParcelLabel() { this(null); }",
          "}");

  /** An immutable class: its one constructor's parameters are checked as components are. */
  private static final JavaFileObject CLASS_MISMATCH =
      COMPILATION.add(
          "test.ParcelWeight",
          "package test;",
          "import io.dynamap.annotations.*;",
          "@Projection(Parcel.class)",
          "public final class ParcelWeight {",
          "  final String warehouse;",
          "  public ParcelWeight(String warehouse, int sequence) { this.warehouse = warehouse; }",
          "}");

  private static final JavaFileObject PRIVATE =
      COMPILATION.add(
          "test.Outer",
          "package test;",
          "import io.dynamap.annotations.*;",
          "public class Outer {",
          "  @Projection(Parcel.class)",
          "  private record Hidden(String warehouse) {}",
          "}");

  static {
    COMPILATION.add(
        "test.ParcelCost",
        "package test;",
        "import io.dynamap.annotations.*;",
        "import java.math.BigDecimal;",
        "@Projection(Parcel.class)",
        "public record ParcelCost(String warehouse, long sequence, BigDecimal price) {}");
  }

  private static final JavaFileObject REPOSITORY =
      COMPILATION.add(
          "test.ParcelCosts",
          "package test;",
          "import io.dynamap.annotations.*;",
          "import java.util.List;",
          "@Repository(Parcel.class)",
          "interface ParcelCosts {",
          "  List<ParcelCost> findByWarehouse(String warehouse);",
          "  List<ParcelCost> findByRegion(String region);",
          "  List<ParcelCost> findByCarrier(String carrier);", // 8
          "}");

  @Test
  @Reports(Message.PROJECTION_UNKNOWN_ATTRIBUTE)
  void anUnknownComponentGetsTheClosestAttributeOrTheList() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "component 'shipedAt' of @Projection ParcelShipping is no attribute of Parcel: did you"
                + " mean 'shippedAt'?")
        .inFile(UNKNOWN)
        .onLine(7);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "component 'colour' of @Projection ParcelShipping is no attribute of Parcel; its"
                + " attributes are warehouse, sequence, carrier, region, price, shippedAt, labels")
        .inFile(UNKNOWN)
        .onLine(8);
    COMPILATION.assertErrorCount(UNKNOWN, 2);
  }

  @Test
  @Reports(Message.PROJECTION_TYPE_MISMATCH)
  void aComponentHasTheAttributesExactType() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "component 'price' of @Projection ParcelPrice has type double, but attribute 'price'"
                + " of Parcel has type BigDecimal: declare the component as BigDecimal")
        .inFile(MISMATCH)
        .onLine(6);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "component 'labels' of @Projection ParcelPrice has type Set<String>, but attribute"
                + " 'labels' of Parcel has type List<String>: declare the component as"
                + " List<String>")
        .inFile(MISMATCH)
        .onLine(7);
    COMPILATION.assertErrorCount(MISMATCH, 2);
  }

  @Test
  @Reports(Message.PROJECTION_FLATTENED)
  void aFlattenedDocumentIsNotProjected() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "component 'slot' of @Projection CrateLabel is the @Flatten document 'slot' of Crate,"
                + " which a projection cannot read yet: leave it out, or read the entity")
        .inFile(FLATTENED)
        .onLine(10);
    COMPILATION.assertErrorCount(FLATTENED, 1);
  }

  @Test
  @Reports(Message.PROJECTION_NOT_AN_ENTITY)
  void aProjectionNamesAnEntity() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Projection(String.class): String is not a @Table or @Item entity")
        .inFile(NOT_AN_ENTITY)
        .onLine(3);
  }

  @Test
  @Reports(Message.PROJECTION_EMPTY)
  void aProjectionNamesAtLeastOneAttribute() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Projection Nothing reads no attribute: give it components (or constructor"
                + " parameters) naming attributes of Parcel")
        .inFile(EMPTY)
        .onLine(4);
  }

  @Test
  @Reports(Message.PROJECTION_NOT_A_RECORD)
  void aProjectionIsARecord() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Projection cannot be used on interface ParcelView: declare a record")
        .inFile(NOT_A_RECORD)
        .onLine(4);
  }

  @Test
  @Reports(Message.PROJECTION_CONSTRUCTOR)
  void anImmutableClassHasOneConstructor() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "@Projection class ParcelLabel has 2 constructors that generated code can call: give"
                + " it exactly one, whose parameters name the attributes it reads")
        .inFile(TWO_CONSTRUCTORS)
        .onLine(4);
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "component 'sequence' of @Projection ParcelWeight has type int, but attribute"
                + " 'sequence' of Parcel has type long: declare the component as long")
        .inFile(CLASS_MISMATCH)
        .onLine(6);
  }

  @Test
  void aPrivateProjectionCannotBeRead() {
    assertThat(COMPILATION.get())
        .hadErrorContaining("@Projection class Hidden is private")
        .inFile(PRIVATE)
        .onLine(5);
  }

  @Test
  @Reports(Message.QUERY_PROJECTION_INDEX)
  void aRepositoryMethodReadsAProjectionOnlyThroughAnIndexThatHoldsIt() {
    assertThat(COMPILATION.get())
        .hadErrorContaining(
            "findByCarrier() reads index byCarrier, which does not project cost of ParcelCost:"
                + " read the table or an index that projects them, leave them out of ParcelCost,"
                + " or project them in the index (ALL or INCLUDE)")
        .inFile(REPOSITORY)
        .onLine(8);
    // The table, and byRegion, which includes cost, serve it.
    COMPILATION.assertErrorCount(REPOSITORY, 1);
  }
}
