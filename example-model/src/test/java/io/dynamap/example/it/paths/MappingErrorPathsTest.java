package io.dynamap.example.it.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamap.example.it.paths.Household.Geo;
import io.dynamap.example.it.paths.Household.Node;
import io.dynamap.example.it.paths.Household.Place;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * A value that does not fit, deep inside an item, is named by its whole path from the item's top
 * level, as DynamoDB writes document paths: in reading and in writing.
 */
@DynamapLocalTest
class MappingErrorPathsTest {
  private static final AttributeValue TEXT = AttributeValue.fromS("north");

  private static AttributeValue list(AttributeValue... elements) {
    return AttributeValue.fromL(List.of(elements));
  }

  private static AttributeValue geo(AttributeValue lat) {
    return AttributeValue.fromM(Map.of("lat", lat, "lon", AttributeValue.fromN("2.35")));
  }

  private static AttributeValue place(AttributeValue geo) {
    return AttributeValue.fromM(Map.of("street", AttributeValue.fromS("Rue"), "geo", geo));
  }

  private static AttributeValue line(AttributeValue sku) {
    return AttributeValue.fromM(Map.of("sku", sku, "quantity", AttributeValue.fromN("1")));
  }

  private static AttributeValue node(String name, AttributeValue... children) {
    return AttributeValue.fromM(
        Map.of("name", AttributeValue.fromS(name), "children", list(children)));
  }

  private static String readError(Map<String, AttributeValue> attributes) {
    Map<String, AttributeValue> item = new HashMap<>(attributes);
    item.put("id", AttributeValue.fromS("h-1"));
    return assertThrows(ItemMappingException.class, () -> HouseholdSchema.INSTANCE.fromItem(item))
        .getMessage();
  }

  private static ItemMappingException writeError(Household household) {
    return assertThrows(ItemMappingException.class, () -> HouseholdSchema.INSTANCE.toItem(household));
  }

  @Test
  void theSameDocumentTypeIsNamedByWhereItIs() {
    AttributeValue good = place(geo(AttributeValue.fromN("48.85")));
    AttributeValue bad = place(geo(TEXT));
    assertEquals(
        "attribute 'home.geo.lat' should be N (number) but the item holds S (string)",
        readError(Map.of("home", bad, "work", good)));
    assertEquals(
        "attribute 'work.geo.lat' should be N (number) but the item holds S (string)",
        readError(Map.of("home", good, "work", bad)));
  }

  @Test
  void aDocumentInAListIsNamedByItsIndex() {
    AttributeValue lines =
        list(
            line(AttributeValue.fromS("a")), line(AttributeValue.fromS("b")), line(AttributeValue.fromN("3")));
    assertEquals(
        "attribute 'lines[2].sku' should be S (string) but the item holds N (number)",
        readError(Map.of("lines", lines)));
  }

  @Test
  void aRecursiveDocumentIsNamedAllTheWayDown() {
    AttributeValue tree =
        node("root", node("a"), node("b", node("b0"), AttributeValue.fromM(Map.of("name", TEXT, "children", TEXT))));
    assertEquals(
        "attribute 'tree.children[1].children[1].children' should be L (list) but the item holds"
            + " S (string)",
        readError(Map.of("tree", tree)));
    assertEquals(
        "attribute 'tree.children[0]' should be M (map) but the item holds S (string)",
        readError(Map.of("tree", AttributeValue.fromM(
            Map.of("name", TEXT, "children", list(TEXT))))));
  }

  @Test
  void mapValuesAndListsOfListsAreNamedByKeyAndIndexes() {
    AttributeValue regions =
        AttributeValue.fromM(
            Map.of(
                "north",
                list(geo(AttributeValue.fromN("1")), geo(AttributeValue.fromBool(true)))));
    assertEquals(
        "attribute 'regions.north[1].lat' should be N (number) but the item holds BOOL (boolean)",
        readError(Map.of("regions", regions)));
    AttributeValue matrix =
        list(
            list(AttributeValue.fromN("1")),
            list(AttributeValue.fromN("2"), AttributeValue.fromN("1E+400")));
    assertEquals(
        "attribute 'matrix[1][1]' holds 1E+400, which does not fit a double",
        readError(Map.of("matrix", matrix)));
  }

  @Test
  void writingNamesTheWholePathToo() {
    Household nan =
        new Household(
            "h-1", new Place("Rue", new Geo(1, 2)), new Place("Rue", new Geo(Double.NaN, 2)),
            null, null, null, null, null);
    assertEquals(
        "attribute 'work.geo.lat' is NaN, which DynamoDB cannot store as a number",
        writeError(nan).getMessage());
    assertEquals("work.geo.lat", writeError(nan).attributePath().orElseThrow());

    Household regions =
        new Household(
            "h-1", null, null, null,
            Map.of("south", List.of(new Geo(1, 2), new Geo(3, Double.POSITIVE_INFINITY))),
            null, null, null);
    assertEquals(
        "attribute 'regions.south[1].lon' is Infinity, which DynamoDB cannot store as a number",
        writeError(regions).getMessage());

    List<Node> children = new ArrayList<>();
    children.add(new Node("a", List.of()));
    children.add(new Node("b", List.of(new Node("b0", List.of()), new Node("b1", null))));
    Household matrix =
        new Household(
            "h-1", null, null, null, null, List.of(List.of(1.0), List.of(2.0, Double.NaN)),
            new Node("root", children), null);
    assertEquals(
        "attribute 'matrix[1][1]' is NaN, which DynamoDB cannot store as a number",
        writeError(matrix).getMessage());

    Map<String, List<Geo>> emptyKey = new HashMap<>();
    emptyKey.put("", List.of());
    assertEquals(
        "attribute 'regions' is a map with an empty key, which DynamoDB cannot store",
        writeError(new Household("h-1", null, null, null, emptyKey, null, null, null))
            .getMessage());

    Set<BigDecimal> twice = new LinkedHashSet<>(List.of(new BigDecimal("1.0"), new BigDecimal("1")));
    assertEquals(
        "attribute 'amounts[1]' is a set with 1 twice (as DynamoDB compares members); a set's"
            + " members must be distinct",
        writeError(
                new Household(
                    "h-1", null, null, null, null, null, null, List.of(Set.of(BigDecimal.ONE), twice)))
            .getMessage());
  }

  @Test
  void aRepositoryReadNamesTableKeyAndWholePath(DynamoDbClient client, TestTables tables) {
    String table = tables.create(HouseholdSchema.INSTANCE);
    client.putItem(
        PutItemRequest.builder()
            .tableName(table)
            .item(
                Map.of(
                    "id", AttributeValue.fromS("h-1"),
                    "lines", list(line(AttributeValue.fromS("a")), line(TEXT)),
                    "home", place(geo(TEXT))))
            .build());
    ItemMappingException e =
        assertThrows(
            ItemMappingException.class, () -> new HouseholdRepository(client, table).get("h-1"));
    assertEquals(
        "table " + table + ", item {id=\"h-1\"}: attribute 'home.geo.lat' should be N (number) but"
            + " the item holds S (string)",
        e.getMessage());
    assertEquals("home.geo.lat", e.attributePath().orElseThrow());
    assertEquals(Map.of("id", AttributeValue.fromS("h-1")), e.itemKey());
  }
}
