package io.dynamap.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynamap.processor.Compilations.source;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The exact text generated for a record, a bean and an immutable class, compared with files under
 * {@code src/test/resources/golden/}. After a deliberate change to the writers, regenerate them
 * with {@code mvn -pl processor test -Ddynamap.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Path ROOT =
      Path.of(System.getProperty("dynamap.golden.root", "src/test/resources/golden"));
  private static final boolean UPDATE = Boolean.getBoolean("dynamap.golden.update");

  private static final JavaFileObject ORDER_STATUS =
      source(
          "com.example.shop.OrderStatus",
          "package com.example.shop;",
          "",
          "public enum OrderStatus { PLACED, SHIPPED, DELIVERED }");

  @Test
  void aRecordEntityGeneratesTheGoldenSources() throws IOException {
    assertGolden(
        "record",
        ORDER_STATUS,
        source(
            "com.example.shop.Order",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Attribute;",
            "import io.dynamap.annotations.Ignore;",
            "import io.dynamap.annotations.Index;",
            "import io.dynamap.annotations.IndexPartitionKey;",
            "import io.dynamap.annotations.IndexSortKey;",
            "import io.dynamap.annotations.LocalIndexSortKey;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.SortKey;",
            "import io.dynamap.annotations.Table;",
            "import java.math.BigDecimal;",
            "import java.time.Instant;",
            "import java.util.UUID;",
            "",
            "@Table(name = \"Orders\")",
            "@Index(name = \"byStatus\", projection = Index.Projection.KEYS_ONLY)",
            "public record Order(",
            "    @PartitionKey String customerId,",
            "    @SortKey Instant placedAt,",
            "    UUID orderId,",
            "    @Attribute(name = \"status\") @IndexPartitionKey(\"byStatus\") OrderStatus state,",
            "    @IndexSortKey(\"byStatus\") @LocalIndexSortKey(\"by-total\") BigDecimal total,",
            "    int itemCount,",
            "    boolean giftWrapped,",
            "    byte[] receipt,",
            "    @Ignore String summary,",
            "    @Ignore int retries) {}"));
  }

  /**
   * A global index whose partition and sort keys have several attributes, sort attributes of each
   * stored type, and repository methods that query it: only the key builder, the schema (the index
   * definition) and the repository implementation are compared.
   */
  @Test
  void aMultiAttributeIndexGeneratesTheGoldenKeysAndSchema() throws IOException {
    assertGolden(
        "multi-attribute",
        name -> name.endsWith("Keys.java") || name.endsWith("Schema.java") || name.endsWith("Impl.java"),
        source(
            "com.example.shop.Shipment",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.IndexPartitionKey;",
            "import io.dynamap.annotations.IndexSortKey;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.Table;",
            "import java.time.Instant;",
            "",
            "@Table(name = \"Shipments\")",
            "public record Shipment(",
            "    @PartitionKey String shipmentId,",
            "    @IndexPartitionKey(value = \"byRegionAndTier\", order = 1) String region,",
            "    @IndexPartitionKey(value = \"byRegionAndTier\", order = 2) int tier,",
            "    @IndexSortKey(value = \"byRegionAndTier\", order = 1) Instant placedAt,",
            "    @IndexSortKey(value = \"byRegionAndTier\", order = 2) long weight,",
            "    @IndexSortKey(value = \"byRegionAndTier\", order = 3) byte[] label,",
            "    boolean fragile) {}"),
        source(
            "com.example.shop.Shipments",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Repository;",
            "import java.time.Instant;",
            "import java.util.List;",
            "import java.util.stream.Stream;",
            "",
            "@Repository(Shipment.class)",
            "public interface Shipments {",
            "  Stream<Shipment> findByRegionAndTier(String region, int tier);",
            "  List<Shipment> findByTierAndRegionAndPlacedAtAfter(int tier, String region, Instant after);",
            "  Stream<Shipment> findByRegionAndTierAndPlacedAtAndWeightBetweenAndFragileTrue(",
            "      String region, int tier, Instant placedAt, long min, long max);",
            "  long countByRegionAndTierAndPlacedAtAndWeightAndLabelStartingWith(",
            "      String region, int tier, Instant placedAt, long weight, byte[] prefix);",
            "}"));
  }

  /** Every form of repository method; only the implementation is compared (the rest is above). */
  @Test
  void aRepositoryInterfaceGeneratesTheGoldenImplementation() throws IOException {
    assertGolden(
        "repository",
        name -> name.endsWith("Impl.java"),
        source(
            "com.example.track.Ticket",
            "package com.example.track;",
            "",
            "import io.dynamap.annotations.IndexPartitionKey;",
            "import io.dynamap.annotations.IndexSortKey;",
            "import io.dynamap.annotations.LocalIndexSortKey;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.SortKey;",
            "import io.dynamap.annotations.Table;",
            "import java.time.Instant;",
            "import java.util.Optional;",
            "import java.util.Set;",
            "",
            "@Table(name = \"Tickets\")",
            "public record Ticket(",
            "    @PartitionKey String project,",
            "    @SortKey long number,",
            "    @IndexPartitionKey(\"byAssignee\") String assignee,",
            "    @IndexSortKey(\"byAssignee\") Instant updatedAt,",
            "    @LocalIndexSortKey(\"byTitle\") String title,",
            "    boolean open,",
            "    Set<String> labels,",
            "    Optional<String> resolution) {}"),
        source(
            "com.example.track.TicketQueries",
            "package com.example.track;",
            "",
            "import java.util.stream.Stream;",
            "",
            "public interface TicketQueries {",
            "  Stream<Ticket> findByProject(String project);",
            "}"),
        source(
            "com.example.track.Tracker",
            "package com.example.track;",
            "",
            "import io.dynamap.annotations.Repository;",
            "import io.dynamap.annotations.UsingIndex;",
            "import io.dynamap.runtime.page.Page;",
            "import io.dynamap.runtime.page.PageRequest;",
            "import java.time.Instant;",
            "import java.util.Collection;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import java.util.stream.Stream;",
            "",
            "public final class Tracker {",
            "  private Tracker() {}",
            "",
            "  @Repository(Ticket.class)",
            "  public interface Tickets extends TicketQueries {",
            "    Optional<Ticket> findByProjectAndNumber(String project, long number);",
            "    Ticket getByProjectAndNumber(String project, long number);",
            "    List<Ticket> findByProjectAndNumberBetween(String project, long from, long to);",
            "    Stream<Ticket> findByProjectAndTitleStartingWith(String project, String prefix);",
            "    @UsingIndex(\"byTitle\")",
            "    Stream<Ticket> readByProject(String project);",
            "    Page<Ticket> findByAssigneeOrderByUpdatedAtDesc(String assignee, PageRequest page);",
            "    Stream<Ticket> findByAssigneeAndUpdatedAtAfterAndOpenTrue(String who, Instant since);",
            "    Stream<Ticket> findByProjectAndLabelsContainingAndResolutionNull(String p, String l);",
            "    Optional<Ticket> findByProjectAndNumberAndOpenFalse(String project, long number);",
            "    Optional<Ticket> findFirstByProjectAndOpenTrueOrderByNumberDesc(String project);",
            "    List<Ticket> findByProjectAndTitleIn(String project, Collection<String> titles);",
            "    long countByAssignee(String assignee);",
            "    boolean existsByProjectAndNumber(String project, long number);",
            "    boolean existsByProjectAndOpenTrue(String project);",
            "    void deleteByProjectAndNumber(String project, long number);",
            "    long deleteByProjectAndOpenFalse(String project);",
            "    Stream<Ticket> scanAll();",
            "    List<Ticket> scanTop5ByOpenTrueAndTitleContaining(String word);",
            "    Page<Ticket> scanByLabelsNotContaining(String label, PageRequest page);",
            "    default long openCount(String project) {",
            "      return findByProject(project).filter(Ticket::open).count();",
            "    }",
            "  }",
            "}"));
  }

  /**
   * Projections of an entity (a renamed attribute, a document, a list, a primitive, an index that
   * lacks some attributes) and a repository returning them; only what the projections add is
   * compared.
   */
  @Test
  void projectionsAndRepositoryMethodsReturningThemGenerateTheGoldenSources() throws IOException {
    assertGolden(
        "projection",
        name -> name.contains("Summary") || name.contains("Count") || name.endsWith("Impl.java"),
        source(
            "com.example.shop.Address",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Document;",
            "",
            "@Document",
            "public record Address(String city, String zip) {}"),
        source(
            "com.example.shop.Shipment",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Attribute;",
            "import io.dynamap.annotations.Index;",
            "import io.dynamap.annotations.IndexPartitionKey;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.SortKey;",
            "import io.dynamap.annotations.Table;",
            "import java.math.BigDecimal;",
            "import java.time.Instant;",
            "import java.util.List;",
            "",
            "@Table(name = \"Shipments\")",
            "@Index(name = \"byCarrier\", projection = Index.Projection.KEYS_ONLY)",
            "public record Shipment(",
            "    @PartitionKey String customerId,",
            "    @SortKey Instant sentAt,",
            "    @IndexPartitionKey(\"byCarrier\") String carrier,",
            "    @Attribute(name = \"amount\") BigDecimal total,",
            "    int parcels,",
            "    Address destination,",
            "    List<String> trackingCodes,",
            "    String notes) {}"),
        source(
            "com.example.shop.ShipmentSummary",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Projection;",
            "import java.math.BigDecimal;",
            "import java.time.Instant;",
            "import java.util.List;",
            "",
            "@Projection(Shipment.class)",
            "public record ShipmentSummary(",
            "    String customerId,",
            "    Instant sentAt,",
            "    BigDecimal total,",
            "    int parcels,",
            "    Address destination,",
            "    List<String> trackingCodes) {}"),
        source(
            "com.example.shop.CarrierSummary",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Projection;",
            "import java.time.Instant;",
            "",
            "@Projection(Shipment.class)",
            "public record CarrierSummary(String carrier, String customerId, Instant sentAt) {}"),
        source(
            "com.example.shop.ParcelCount",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Projection;",
            "",
            "@Projection(Shipment.class)",
            "public final class ParcelCount {",
            "  private final int parcels;",
            "",
            "  public ParcelCount(int parcels) {",
            "    this.parcels = parcels;",
            "  }",
            "",
            "  public int parcels() {",
            "    return parcels;",
            "  }",
            "}"),
        source(
            "com.example.shop.Shipments",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Repository;",
            "import io.dynamap.runtime.page.Page;",
            "import io.dynamap.runtime.page.PageRequest;",
            "import java.time.Instant;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import java.util.stream.Stream;",
            "",
            "@Repository(Shipment.class)",
            "public interface Shipments {",
            "  List<ShipmentSummary> findByCustomerId(String customerId);",
            "  Optional<ShipmentSummary> findByCustomerIdAndSentAt(String customerId, Instant at);",
            "  Stream<CarrierSummary> findByCarrier(String carrier);",
            "  List<ShipmentSummary> scanByParcelsGreaterThan(int parcels);",
            "  Page<ParcelCount> findByCustomerIdOrderBySentAtDesc(String customerId, PageRequest page);",
            "}"));
  }

  /**
   * With dynamap-async on the class path (its stubs, see {@link AsyncStubs}): the async repository
   * of a table entity, of single-table items and of their item collection, and the implementations
   * of a repository interface with blocking and async methods and of one with async methods only.
   * Only those are compared; the rest is as without dynamap-async.
   */
  @Test
  void withDynamapAsyncEntitiesAndRepositoriesGenerateTheGoldenAsyncSources() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>(AsyncStubs.sources());
    sources.add(
        source(
            "com.example.travel.Booking",
            "package com.example.travel;",
            "",
            "import io.dynamap.annotations.IndexPartitionKey;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.SortKey;",
            "import io.dynamap.annotations.Table;",
            "import java.time.LocalDate;",
            "",
            "@Table(name = \"Bookings\")",
            "public record Booking(",
            "    @PartitionKey String guest,",
            "    @SortKey LocalDate night,",
            "    @IndexPartitionKey(\"byHotel\") String hotel,",
            "    int rooms,",
            "    boolean paid) {}"));
    sources.add(
        source(
            "com.example.travel.Bookings",
            "package com.example.travel;",
            "",
            "import io.dynamap.annotations.Repository;",
            "import io.dynamap.runtime.page.Page;",
            "import io.dynamap.runtime.page.PageRequest;",
            "import java.time.LocalDate;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.concurrent.Flow;",
            "",
            "@Repository",
            "public interface Bookings {",
            "  Optional<Booking> findByGuestAndNight(String guest, LocalDate night);",
            "  CompletableFuture<Optional<Booking>> readByGuestAndNight(String g, LocalDate n);",
            "  CompletableFuture<Booking> getByGuestAndNight(String guest, LocalDate night);",
            "  CompletableFuture<Boolean> existsByGuestAndNight(String guest, LocalDate night);",
            "  CompletableFuture<Void> deleteByGuestAndNight(String guest, LocalDate night);",
            "  CompletableFuture<Long> deleteByGuestAndNightBefore(String guest, LocalDate night);",
            "  CompletableFuture<Void> deleteByHotel(String hotel);",
            "  Flow.Publisher<Booking> findByGuest(String guest);",
            "  CompletableFuture<List<Booking>> findByGuestAndNightAfterAndPaidTrue(",
            "      String guest, LocalDate after);",
            "  CompletableFuture<Page<Booking>> findByHotel(String hotel, PageRequest page);",
            "  CompletableFuture<Optional<Booking>> findFirstByGuestOrderByNightDesc(String guest);",
            "  CompletableFuture<Booking> findFirstByHotel(String hotel);",
            "  CompletableFuture<Long> countByHotel(String hotel);",
            "  CompletableFuture<Boolean> existsByHotelAndPaidFalse(String hotel);",
            "  Flow.Publisher<Booking> scanByRoomsGreaterThan(int rooms);",
            "  CompletableFuture<List<Booking>> scanTop3ByPaidTrue();",
            "}"));
    sources.add(
        source(
            "com.example.travel.BookingFeed",
            "package com.example.travel;",
            "",
            "import io.dynamap.annotations.Repository;",
            "import java.time.LocalDate;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.concurrent.Flow;",
            "",
            "@Repository",
            "public interface BookingFeed {",
            "  Flow.Publisher<Booking> findByHotel(String hotel);",
            "  CompletableFuture<Optional<BookingNight>> findByGuestAndNight(",
            "      String guest, LocalDate night);",
            "  Flow.Publisher<BookingNight> findByGuest(String guest);",
            "  CompletableFuture<List<BookingNight>> scanByPaidTrue();",
            "}"));
    sources.add(
        source(
            "com.example.travel.BookingNight",
            "package com.example.travel;",
            "",
            "import io.dynamap.annotations.Projection;",
            "import java.time.LocalDate;",
            "",
            "@Projection(Booking.class)",
            "public record BookingNight(String guest, LocalDate night, boolean paid) {}"));
    sources.add(
        source(
            "com.example.travel.TravelTable",
            "package com.example.travel;",
            "",
            "import io.dynamap.annotations.SingleTable;",
            "",
            "@SingleTable(name = \"Travel\")",
            "public interface TravelTable {}"));
    sources.add(
        source(
            "com.example.travel.Traveller",
            "package com.example.travel;",
            "",
            "import io.dynamap.annotations.Item;",
            "",
            "@Item(table = TravelTable.class, type = \"TRAVELLER\", partition = \"T#{travellerId}\","
                + " sort = \"PROFILE#{since}\")",
            "public record Traveller(long travellerId, int since, String name)"
                + " implements TravellerItem {}"));
    sources.add(
        source(
            "com.example.travel.Trip",
            "package com.example.travel;",
            "",
            "import io.dynamap.annotations.Item;",
            "",
            "@Item(table = TravelTable.class, type = \"TRIP\", partition = \"T#{travellerId}\","
                + " sort = \"TRIP#{tripId}\")",
            "public record Trip(long travellerId, String tripId) implements TravellerItem {}"));
    sources.add(
        source(
            "com.example.travel.TravellerItem",
            "package com.example.travel;",
            "",
            "import io.dynamap.annotations.ItemCollection;",
            "",
            "@ItemCollection(TravelTable.class)",
            "public sealed interface TravellerItem permits Traveller, Trip {}"));
    assertGolden(
        "async",
        name -> name.endsWith("AsyncRepository.java") || name.endsWith("Impl.java"),
        sources.toArray(new JavaFileObject[0]));
  }

  /** Entities sharing a single table through key templates (one versioned), and their item collection. */
  @Test
  void singleTableEntitiesAndTheirCollectionGenerateTheGoldenSources() throws IOException {
    assertGolden(
        "single",
        source(
            "com.example.club.ClubTable",
            "package com.example.club;",
            "",
            "import io.dynamap.annotations.SingleTable;",
            "",
            "@SingleTable(name = \"Club\", indexes = @SingleTable.GlobalIndex(name = \"gsi1\"))",
            "public interface ClubTable {}"),
        source(
            "com.example.club.MemberItem",
            "package com.example.club;",
            "",
            "import io.dynamap.annotations.ItemCollection;",
            "",
            "@ItemCollection(ClubTable.class)",
            "public sealed interface MemberItem permits Member, Visit {}"),
        source(
            "com.example.club.Member",
            "package com.example.club;",
            "",
            "import io.dynamap.annotations.IndexKeys;",
            "import io.dynamap.annotations.Item;",
            "",
            "@Item(table = ClubTable.class, type = \"MEMBER\", partition = \"MEMBER#{memberId}\","
                + " sort = \"PROFILE\")",
            "@IndexKeys(index = \"gsi1\", partition = \"EMAIL#{email}\", sort = \"MEMBER\")",
            "public record Member(long memberId, String email) implements MemberItem {}"),
        source(
            "com.example.club.Visit",
            "package com.example.club;",
            "",
            "import io.dynamap.annotations.IndexKeys;",
            "import io.dynamap.annotations.Item;",
            "import io.dynamap.annotations.Version;",
            "import java.time.LocalDate;",
            "",
            "@Item(table = ClubTable.class, type = \"VISIT\", partition = \"MEMBER#{memberId}\","
                + " sort = \"VISIT#{day}#{hour}\")",
            "@IndexKeys(index = \"gsi1\", partition = \"ROOM#{room}\", sort = \"VISIT#{day}#{hour}\")",
            "public record Visit(long memberId, LocalDate day, int hour, String room,"
                + " @Version Integer version) implements MemberItem {}"));
  }

  @Test
  void documentsCollectionsOptionalsAndConvertersGenerateTheGoldenSources() throws IOException {
    assertGolden(
        "nested",
        ORDER_STATUS,
        source(
            "com.example.shop.Money",
            "package com.example.shop;",
            "",
            "public record Money(long cents, String currency) {}"),
        source(
            "com.example.shop.MoneyConverter",
            "package com.example.shop;",
            "",
            "import io.dynamap.runtime.schema.AttributeConverter;",
            "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
            "",
            "public final class MoneyConverter implements AttributeConverter<Money> {",
            "  public AttributeValue toAttributeValue(Money money) {",
            "    return AttributeValue.fromS(money.cents() + \" \" + money.currency());",
            "  }",
            "",
            "  public Money fromAttributeValue(AttributeValue value) {",
            "    String[] parts = value.s().split(\" \");",
            "    return new Money(Long.parseLong(parts[0]), parts[1]);",
            "  }",
            "}"),
        source(
            "com.example.shop.Category",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Document;",
            "import java.util.List;",
            "",
            "@Document",
            "public record Category(String name, List<Category> children) {}"),
        source(
            "com.example.shop.Line",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Convert;",
            "import io.dynamap.annotations.Document;",
            "import java.util.Set;",
            "",
            "@Document",
            "public class Line {",
            "  String sku;",
            "  int quantity;",
            "  @Convert(MoneyConverter.class) Money price;",
            "  Set<String> labels;",
            "}"),
        source(
            "com.example.shop.Basket",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Attribute;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.Table;",
            "import java.time.LocalDate;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Optional;",
            "import java.util.OptionalInt;",
            "import java.util.Set;",
            "",
            "@Table(name = \"Baskets\", storeNulls = false)",
            "public record Basket(",
            "    @PartitionKey String id,",
            "    List<Line> lines,",
            "    Map<OrderStatus, List<LocalDate>> history,",
            "    Set<Integer> coupons,",
            "    Optional<Category> category,",
            "    OptionalInt priority,",
            "    @Attribute(storeNull = true) String note,",
            "    long[][] grid) {}"));
  }

  /** Flattened documents: a record, a bean and an immutable class, with and without prefix. */
  @Test
  void flattenedDocumentsGenerateTheGoldenSources() throws IOException {
    assertGolden(
        "flatten",
        source(
            "com.example.shop.Address",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Document;",
            "import java.util.List;",
            "",
            "@Document",
            "public record Address(String street, String city, int floor, byte[] code, List<String> notes) {}"),
        source(
            "com.example.shop.Contact",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Document;",
            "",
            "@Document",
            "public class Contact {",
            "  private String name;",
            "  private String phone;",
            "  public String getName() { return name; }",
            "  public void setName(String name) { this.name = name; }",
            "  public String getPhone() { return phone; }",
            "  public void setPhone(String phone) { this.phone = phone; }",
            "}"),
        source(
            "com.example.shop.Shipment",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Flatten;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.Table;",
            "",
            "@Table(name = \"Shipments\")",
            "public record Shipment(",
            "    @PartitionKey String id,",
            "    @Flatten(prefix = \"ship_\") Address shipping,",
            "    @Flatten Contact contact,",
            "    long weight) {}"),
        source(
            "com.example.shop.Parcel",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Flatten;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.Table;",
            "",
            "@Table(name = \"Parcels\", storeNulls = true)",
            "public class Parcel {",
            "  @PartitionKey private String id;",
            "  @Flatten(prefix = \"to_\") private Address to;",
            "  public String getId() { return id; }",
            "  public void setId(String id) { this.id = id; }",
            "  public Address getTo() { return to; }",
            "  public void setTo(Address to) { this.to = to; }",
            "}"),
        source(
            "com.example.shop.Shipments",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Repository;",
            "import java.util.List;",
            "import java.util.stream.Stream;",
            "",
            "@Repository",
            "public interface Shipments {",
            "  Stream<Shipment> findByIdAndShippingCity(String id, String city);",
            "  List<Shipment> scanByShippingFloorGreaterThanAndContactNameNotNull(int floor);",
            "}"),
        source(
            "com.example.shop.Geo",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Document;",
            "",
            "@Document",
            "public record Geo(double lat, double lon) {}"),
        source(
            "com.example.shop.Site",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Document;",
            "import io.dynamap.annotations.Flatten;",
            "",
            "@Document",
            "public record Site(String name, @Flatten(prefix = \"geo_\") Geo geo) {}"),
        source(
            "com.example.shop.Warehouse",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Flatten;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.Table;",
            "",
            "@Table(name = \"Warehouses\")",
            "public record Warehouse(",
            "    @PartitionKey String id,",
            "    @Flatten(prefix = \"site_\") Site site,",
            "    Site backup) {}"),
        source(
            "com.example.shop.Warehouses",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Repository;",
            "import java.util.stream.Stream;",
            "",
            "@Repository",
            "public interface Warehouses {",
            "  Stream<Warehouse> scanBySiteGeoLatGreaterThan(double lat);",
            "}"));
  }

  @Test
  void aBeanEntityGeneratesTheGoldenSources() throws IOException {
    assertGolden(
        "bean",
        source(
            "com.example.shop.Customer",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Attribute;",
            "import io.dynamap.annotations.Ignore;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.SortKey;",
            "import io.dynamap.annotations.Table;",
            "import java.time.Instant;",
            "",
            "@Table(name = \"Customers\")",
            "public class Customer {",
            "  @PartitionKey private String region;",
            "  @SortKey private String handle;",
            "  private String name;",
            "  @Attribute(name = \"mail\") private String email;",
            "  private Double creditLimit;",
            "  private short loyaltyLevel;",
            "  private boolean vip;",
            "  private Instant since;",
            "  @Ignore private String sessionToken;",
            "",
            "  public String getRegion() { return region; }",
            "  public void setRegion(String region) { this.region = region; }",
            "  public String getHandle() { return handle; }",
            "  public void setHandle(String handle) { this.handle = handle; }",
            "  public String getName() { return name; }",
            "  public void setName(String name) { this.name = name; }",
            "  public String getEmail() { return email; }",
            "  public void setEmail(String email) { this.email = email; }",
            "  public Double getCreditLimit() { return creditLimit; }",
            "  public void setCreditLimit(Double creditLimit) { this.creditLimit = creditLimit; }",
            "  public short getLoyaltyLevel() { return loyaltyLevel; }",
            "  public void setLoyaltyLevel(short loyaltyLevel) { this.loyaltyLevel = loyaltyLevel;"
                + " }",
            "  public boolean isVip() { return vip; }",
            "  public void setVip(boolean vip) { this.vip = vip; }",
            "  public Instant getSince() { return since; }",
            "  public void setSince(Instant since) { this.since = since; }",
            "  public String getSessionToken() { return sessionToken; }",
            "  public void setSessionToken(String sessionToken) { this.sessionToken = sessionToken;"
                + " }",
            "}"));
  }

  @Test
  void anImmutableClassEntityGeneratesTheGoldenSources() throws IOException {
    assertGolden(
        "immutable",
        ORDER_STATUS,
        source(
            "com.example.shop.Shipment",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.Attribute;",
            "import io.dynamap.annotations.Ignore;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.SortKey;",
            "import io.dynamap.annotations.Table;",
            "import java.math.BigInteger;",
            "import java.time.Instant;",
            "import java.util.UUID;",
            "",
            "@Table(name = \"Shipments\")",
            "public final class Shipment {",
            "  @PartitionKey private final UUID shipmentId;",
            "  @SortKey private final int leg;",
            "  @Attribute(name = \"carrier_code\") private final String carrier;",
            "  private final OrderStatus status;",
            "  private final float weightKg;",
            "  private final BigInteger trackingNumber;",
            "  private final Instant departedAt;",
            "  @Ignore private final String label;",
            "",
            "  public Shipment(",
            "      UUID shipmentId,",
            "      int leg,",
            "      String carrier,",
            "      OrderStatus status,",
            "      float weightKg,",
            "      BigInteger trackingNumber,",
            "      Instant departedAt) {",
            "    this.shipmentId = shipmentId;",
            "    this.leg = leg;",
            "    this.carrier = carrier;",
            "    this.status = status;",
            "    this.weightKg = weightKg;",
            "    this.trackingNumber = trackingNumber;",
            "    this.departedAt = departedAt;",
            "    this.label = carrier + \"/\" + leg;",
            "  }",
            "",
            "  public UUID getShipmentId() { return shipmentId; }",
            "  public int getLeg() { return leg; }",
            "  public String getCarrier() { return carrier; }",
            "  public OrderStatus getStatus() { return status; }",
            "  public float getWeightKg() { return weightKg; }",
            "  public BigInteger getTrackingNumber() { return trackingNumber; }",
            "  public Instant getDepartedAt() { return departedAt; }",
            "  public String getLabel() { return label; }",
            "}"));
  }

  @Test
  void anEntityWithGeneratedValuesGeneratesTheGoldenSources() throws IOException {
    assertGolden(
        "generated",
        source(
            "com.example.shop.Ticket",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.AtomicCounter;",
            "import io.dynamap.annotations.AutoTimestamp;",
            "import io.dynamap.annotations.AutoUuid;",
            "import io.dynamap.annotations.PartitionKey;",
            "import io.dynamap.annotations.Table;",
            "import java.time.Instant;",
            "import java.time.LocalDate;",
            "import java.util.UUID;",
            "",
            "@Table(name = \"Tickets\")",
            "public record Ticket(",
            "    @PartitionKey @AutoUuid UUID id,",
            "    String title,",
            "    @AutoUuid String correlationId,",
            "    @AutoTimestamp(on = AutoTimestamp.When.CREATE) Instant createdAt,",
            "    @AutoTimestamp(on = AutoTimestamp.When.EVERY_WRITE) LocalDate updatedOn,",
            "    @AtomicCounter Long views,",
            "    @AtomicCounter(start = 10, delta = -2) int credits) {}"));
  }

  /**
   * Collections on an overloaded index, after AWS's online shop model: the shipment and its items
   * by shipment id (sort prefixes apart), a customer's invoices and order items by date (one
   * shared format, filtered on the type, with ranges); named index key builders; sort fields the
   * partition fixes, taken from it (an invoice by invoice id, a visit's day under its customer).
   */
  @Test
  void indexCollectionsAndNamedIndexKeysGenerateTheGoldenSources() throws IOException {
    assertGolden(
        "index-collections",
        name -> name.endsWith("Keys.java"),
        source(
            "com.example.shop.OnlineShop",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.SingleTable;",
            "",
            "@SingleTable(name = \"OnlineShop\", partitionKey = \"PK\", sortKey = \"SK\","
                + " typeAttribute = \"EntityType\", indexes = {",
            "    @SingleTable.GlobalIndex(name = \"GSI1\", partitionKey = \"GSI1-PK\","
                + " sortKey = \"GSI1-SK\"),",
            "    @SingleTable.GlobalIndex(name = \"GSI2\", partitionKey = \"GSI2-PK\","
                + " sortKey = \"GSI2-SK\")})",
            "public interface OnlineShop {}"),
        source(
            "com.example.shop.Shipment",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.IndexKeys;",
            "import io.dynamap.annotations.Item;",
            "",
            "@Item(table = OnlineShop.class, type = \"shipment\", partition = \"o#{orderId}\","
                + " sort = \"sh#{shipmentId}\")",
            "@IndexKeys(index = \"GSI1\", name = \"byShipment\", partition = \"sh#{shipmentId}\","
                + " sort = \"sh#{shipmentId}\")",
            "public record Shipment(String orderId, String shipmentId, String type)"
                + " implements ShipmentDetails {}"),
        source(
            "com.example.shop.ShipmentItem",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.IndexKeys;",
            "import io.dynamap.annotations.Item;",
            "",
            "@Item(table = OnlineShop.class, type = \"shipmentItem\", partition = \"o#{orderId}\","
                + " sort = \"shp#{shipmentItemId}\")",
            "@IndexKeys(index = \"GSI1\", name = \"byShipment\", partition = \"sh#{shipmentId}\","
                + " sort = \"p#{productId}\")",
            "public record ShipmentItem(String orderId, String shipmentItemId, String shipmentId,"
                + " String productId, int quantity) implements ShipmentDetails {}"),
        source(
            "com.example.shop.ShipmentDetails",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.ItemCollection;",
            "",
            "@ItemCollection(value = OnlineShop.class, index = \"GSI1\")",
            "public sealed interface ShipmentDetails permits Shipment, ShipmentItem {}"),
        source(
            "com.example.shop.Invoice",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.IndexKeys;",
            "import io.dynamap.annotations.Item;",
            "import java.time.LocalDateTime;",
            "",
            "@Item(table = OnlineShop.class, type = \"invoice\", partition = \"o#{orderId}\","
                + " sort = \"i#{invoiceId}\")",
            "@IndexKeys(index = \"GSI1\", name = \"byInvoice\", partition = \"i#{invoiceId}\","
                + " sort = \"i#{invoiceId}\")",
            "@IndexKeys(index = \"GSI2\", name = \"byCustomer\", partition = \"c#{customerId}\","
                + " sort = \"{date}\")",
            "public record Invoice(String orderId, String invoiceId, String customerId,"
                + " LocalDateTime date, String amount) implements CustomerActivity {}"),
        source(
            "com.example.shop.OrderItem",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.IndexKeys;",
            "import io.dynamap.annotations.Item;",
            "import java.time.LocalDateTime;",
            "",
            "@Item(table = OnlineShop.class, type = \"orderItem\", partition = \"o#{orderId}\","
                + " sort = \"p#{productId}\")",
            "@IndexKeys(index = \"GSI2\", name = \"byCustomer\", partition = \"c#{customerId}\","
                + " sort = \"{date}\")",
            "public record OrderItem(String orderId, String productId, String customerId,"
                + " LocalDateTime date, int quantity) implements CustomerActivity {}"),
        source(
            "com.example.shop.CustomerActivity",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.ItemCollection;",
            "",
            "@ItemCollection(value = OnlineShop.class, index = \"GSI2\", typeFilter = true)",
            "public sealed interface CustomerActivity permits Invoice, OrderItem {}"),
        source(
            "com.example.shop.Visit",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.IndexKeys;",
            "import io.dynamap.annotations.Item;",
            "import java.time.LocalDate;",
            "",
            "@Item(table = OnlineShop.class, type = \"visit\", partition = \"v#{visitId}\","
                + " sort = \"v#{visitId}\")",
            "@IndexKeys(index = \"GSI2\", partition = \"c#{customerId}\","
                + " sort = \"c#{customerId}#{day}\")",
            "public record Visit(String visitId, String customerId, LocalDate day)"
                + " implements ContactHistory, VisitAlone {}"),
        source(
            "com.example.shop.Call",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.IndexKeys;",
            "import io.dynamap.annotations.Item;",
            "import java.time.LocalDate;",
            "",
            "@Item(table = OnlineShop.class, type = \"call\", partition = \"k#{callId}\","
                + " sort = \"k#{callId}\")",
            "@IndexKeys(index = \"GSI2\", partition = \"c#{customerId}\","
                + " sort = \"c#{customerId}#{day}\")",
            "public record Call(String callId, String customerId, LocalDate day)"
                + " implements ContactHistory {}"),
        source(
            "com.example.shop.ContactHistory",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.ItemCollection;",
            "",
            "@ItemCollection(value = OnlineShop.class, index = \"GSI2\", typeFilter = true)",
            "public sealed interface ContactHistory permits Visit, Call {}"),
        source(
            "com.example.shop.VisitAlone",
            "package com.example.shop;",
            "",
            "import io.dynamap.annotations.ItemCollection;",
            "",
            "@ItemCollection(OnlineShop.class)",
            "public sealed interface VisitAlone permits Visit {}"));
  }

  /** An item collection whose member has generated values: the collection asks the member. */
  @Test
  void aCollectionMemberWithGeneratedValuesGeneratesTheGoldenSources() throws IOException {
    assertGolden(
        "generated-single",
        source(
            "com.example.board.BoardTable",
            "package com.example.board;",
            "",
            "import io.dynamap.annotations.SingleTable;",
            "",
            "@SingleTable(name = \"Board\")",
            "public interface BoardTable {}"),
        source(
            "com.example.board.BoardItem",
            "package com.example.board;",
            "",
            "import io.dynamap.annotations.ItemCollection;",
            "",
            "@ItemCollection(BoardTable.class)",
            "public sealed interface BoardItem permits Post, Pin {}"),
        source(
            "com.example.board.Post",
            "package com.example.board;",
            "",
            "import io.dynamap.annotations.AtomicCounter;",
            "import io.dynamap.annotations.AutoTimestamp;",
            "import io.dynamap.annotations.Item;",
            "import java.time.OffsetDateTime;",
            "",
            "@Item(table = BoardTable.class, type = \"POST\", partition = \"BOARD#{board}\","
                + " sort = \"POST#{slug}\")",
            "public record Post(String board, String slug,",
            "    @AutoTimestamp(on = AutoTimestamp.When.CREATE) OffsetDateTime postedAt,",
            "    @AtomicCounter(start = 1) long likes) implements BoardItem {}"),
        source(
            "com.example.board.Pin",
            "package com.example.board;",
            "",
            "import io.dynamap.annotations.Item;",
            "",
            "@Item(table = BoardTable.class, type = \"PIN\", partition = \"BOARD#{board}\","
                + " sort = \"PIN#{slug}\")",
            "public record Pin(String board, String slug) implements BoardItem {}"));
  }

  /**
   * Compiles the sources and compares every generated source with the file of the same name in
   * {@code golden/<directory>/}; or, with {@code -Ddynamap.golden.update=true}, rewrites that
   * directory.
   */
  /**
   * Keys of an existing table: text not escaped (by the table), a date-time pattern, a converter
   * in the partition key and last in a sort key (which then gets no conditions), key fields kept
   * only in the keys, read back from them.
   */
  @Test
  void existingKeyFormatsGenerateTheGoldenSources() throws IOException {
    assertGolden(
        "key-formats",
        name -> !name.endsWith("Repository.java"),
        source(
            "com.example.legacy.LegacyTable",
            "package com.example.legacy;",
            "",
            "import io.dynamap.annotations.SingleTable;",
            "",
            "@SingleTable(name = \"Legacy\", partitionKey = \"PK\", sortKey = \"SK\","
                + " typeAttribute = \"EntityType\", escapeKeys = false,"
                + " indexes = @SingleTable.GlobalIndex(name = \"GSI1\", partitionKey = \"GSI1PK\","
                + " sortKey = \"GSI1SK\"))",
            "public interface LegacyTable {}"),
        source(
            "com.example.legacy.Sku",
            "package com.example.legacy;",
            "",
            "public record Sku(String code) {}"),
        source(
            "com.example.legacy.SkuConverter",
            "package com.example.legacy;",
            "",
            "import io.dynamap.runtime.schema.AttributeConverter;",
            "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
            "",
            "public final class SkuConverter implements AttributeConverter<Sku> {",
            "  @Override",
            "  public AttributeValue toAttributeValue(Sku sku) {",
            "    return AttributeValue.fromS(sku.code());",
            "  }",
            "",
            "  @Override",
            "  public Sku fromAttributeValue(AttributeValue value) {",
            "    return new Sku(value.s());",
            "  }",
            "}"),
        source(
            "com.example.legacy.Invoice",
            "package com.example.legacy;",
            "",
            "import io.dynamap.annotations.IndexKeys;",
            "import io.dynamap.annotations.Item;",
            "import io.dynamap.annotations.KeyFormat;",
            "import java.math.BigDecimal;",
            "import java.time.LocalDateTime;",
            "",
            "@Item(table = LegacyTable.class, type = \"invoice\", partition = \"INVOICE#{invoiceId}\","
                + " sort = \"INVOICE#{invoiceId}\", storeKeyFields = false)",
            "@IndexKeys(index = \"GSI1\", partition = \"CUSTOMER#{customerId}\","
                + " sort = \"INVOICE#{issuedAt}\")",
            "public record Invoice(String invoiceId, String customerId,",
            "    @KeyFormat(pattern = \"yyyy-MM-dd'T'HH:mm:ss\") LocalDateTime issuedAt,"
                + " BigDecimal amount) {}"),
        source(
            "com.example.legacy.Stock",
            "package com.example.legacy;",
            "",
            "import io.dynamap.annotations.Convert;",
            "import io.dynamap.annotations.Item;",
            "import io.dynamap.annotations.KeyFormat;",
            "",
            "@Item(table = LegacyTable.class, type = \"stock\", partition = \"WAREHOUSE#{warehouse}#{row}\","
                + " sort = \"STOCK#{sku}\")",
            "public record Stock(@KeyFormat(escape = false) String warehouse, String row,"
                + " @Convert(SkuConverter.class) Sku sku, int count) {}"));
  }

  private static void assertGolden(String directory, JavaFileObject... sources) throws IOException {
    assertGolden(directory, name -> true, sources);
  }

  /** Like the above, for the generated files whose names {@code kept} accepts. */
  private static void assertGolden(
      String directory, Predicate<String> kept, JavaFileObject... sources) throws IOException {
    Compilation compilation = Compilations.compile(Compilations.STRICT, sources);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (kept.test(name)) {
        generated.put(name, file.getCharContent(true).toString());
      }
    }
    Path goldenDirectory = ROOT.resolve(directory);

    if (UPDATE) {
      Files.createDirectories(goldenDirectory);
      for (String stale : goldenFileNames(goldenDirectory)) {
        if (!generated.containsKey(stale)) {
          Files.delete(goldenDirectory.resolve(stale));
        }
      }
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Files.writeString(goldenDirectory.resolve(file.getKey()), file.getValue(), UTF_8);
      }
      System.out.println("Rewrote golden files in " + goldenDirectory.toAbsolutePath());
      return;
    }

    assertWithMessage(
            "generated files vs golden files in %s (rerun with -Ddynamap.golden.update=true to"
                + " accept what is generated now)",
            goldenDirectory.toAbsolutePath())
        .that(generated.keySet())
        .containsExactlyElementsIn(goldenFileNames(goldenDirectory));
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path golden = goldenDirectory.resolve(file.getKey());
      String expected = Files.readString(golden, UTF_8);
      if (!expected.equals(file.getValue())) {
        differences.add(
            "--- "
                + golden
                + "\n+++ generated "
                + file.getKey()
                + "\n"
                + LineDiff.unified(expected, file.getValue()));
      }
    }
    if (!differences.isEmpty()) {
      fail(
          "generated sources differ from the golden files (rerun with"
              + " -Ddynamap.golden.update=true to accept them, then review the diff):\n"
              + String.join("\n", differences));
    }
  }

  private static Set<String> goldenFileNames(Path directory) throws IOException {
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.list(directory)) {
        files
            .map(f -> f.getFileName().toString())
            .filter(name -> name.endsWith(".java"))
            .forEach(names::add);
      }
    }
    return names;
  }
}
