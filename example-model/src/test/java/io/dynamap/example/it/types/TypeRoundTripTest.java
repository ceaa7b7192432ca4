package io.dynamap.example.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/** Random trees of every type, nested three levels, in memory and through Dynamap Local. */
@DynamapLocalTest
class TypeRoundTripTest {
  private static final int TREES = 300;

  @Test
  void randomTreesRoundTripThroughTheSchemaInMemory() {
    TreeGenerator generator = new TreeGenerator(20261123L);
    for (int i = 0; i < TREES * 3; i++) {
      Tree tree = generator.tree("t" + i);
      Tree read = TreeSchema.INSTANCE.fromItem(TreeSchema.INSTANCE.toItem(tree));
      assertEquals(tree, read, "tree " + i);
    }
  }

  @Test
  void randomTreesRoundTripThroughPlainJson() {
    TreeGenerator generator = new TreeGenerator(99L);
    for (int i = 0; i < TREES; i++) {
      Tree tree = generator.tree("t" + i);
      String json = TreeSchema.INSTANCE.toJson(tree);
      assertEquals(tree, TreeSchema.INSTANCE.fromJson(json), "tree " + i + ": " + json);
    }
  }

  @Test
  void plainJsonFromAnotherServiceReadsWithSetsAndBinariesRetyped() {
    String json =
        "{\"id\": \"j1\", \"counts\": [3, 1, 2], \"levels\": [\"LOW\", \"HIGH\"], \"blobs\": [\"AAEC\"],"
            + " \"buffer\": \"/w==\", \"amounts\": [], \"big\": 12345678901234567,"
            + " \"trunk\": {\"girth\": 1.5, \"branches\": [{\"name\": \"b\", \"numbers\": [7],"
            + " \"leaves\": [{\"label\": \"l\", \"blob\": \"AQ==\", \"tags\": [\"x\"]}]}]},"
            + " \"price\": \"EUR 12.50\", \"unknown\": {\"kept\": false}}";
    Tree tree = TreeSchema.INSTANCE.fromJson(json);
    assertEquals(Set.of(1L, 2L, 3L), tree.counts());
    assertEquals(Set.of(Tree.Level.LOW, Tree.Level.HIGH), tree.levels());
    assertEquals(Set.of(software.amazon.awssdk.core.SdkBytes.fromByteArray(new byte[] {0, 1, 2})), tree.blobs());
    assertEquals(java.nio.ByteBuffer.wrap(new byte[] {(byte) 0xff}), tree.buffer());
    assertTrue(tree.amounts().isEmpty(), "an empty array is an empty set");
    assertEquals(OptionalLong.of(12345678901234567L), tree.big());
    Tree.Leaf leaf = tree.trunk().branches().get(0).leaves().get(0);
    assertEquals(software.amazon.awssdk.core.SdkBytes.fromByteArray(new byte[] {1}), leaf.blob());
    assertEquals(Set.of("x"), leaf.tags());
    assertEquals(Set.of(7), tree.trunk().branches().get(0).numbers());
    assertEquals("12.50", tree.price().amount().toPlainString());
  }

  @Test
  void malformedJsonNamesThePath() {
    io.dynamap.runtime.json.DynamoJsonException e = assertThrows(io.dynamap.runtime.json.DynamoJsonException.class,
        () -> TreeSchema.INSTANCE.fromJson(
            "{\"id\": \"x\", \"trunk\": {\"branches\": [{\"leaves\": [{\"blob\": \"not base64!\"}]}]}}"));
    assertEquals("$.trunk.branches[0].leaves[0].blob", e.path());
  }

  @Test
  void randomTreesRoundTripThroughDynamoDbLocal(DynamoDbClient client, TestTables tables) {
    TreeRepository trees = new TreeRepository(client, tables.create(TreeSchema.INSTANCE));
    TreeGenerator generator = new TreeGenerator(42L);
    for (int i = 0; i < TREES; i++) {
      Tree tree = generator.tree("t" + i);
      trees.put(tree);
      assertEquals(tree, trees.get(tree.id()).orElseThrow(), "tree " + i);
    }
    assertEquals(TREES, trees.scan().stream().count());
  }

  @Test
  void emptySetsAreNeverSentAndReadBackEmpty(DynamoDbClient client, TestTables tables) {
    String table = tables.create(TreeSchema.INSTANCE);
    TreeRepository trees = new TreeRepository(client, table);
    Tree bare = bare("bare");
    trees.put(bare);
    Map<String, AttributeValue> stored =
        client.getItem(GetItemRequest.builder().tableName(table).key(TreeSchema.INSTANCE.key("bare")).build()).item();
    assertEquals(Set.of("id"), stored.keySet(), "nothing but the key is stored: " + stored);
    Tree read = trees.get("bare").orElseThrow();
    assertTrue(read.blobs().isEmpty());
    assertTrue(read.levels().isEmpty());
    assertEquals(Optional.empty(), read.spare());
    assertEquals(OptionalLong.empty(), read.big());
  }

  @Test
  void setMembersThatAreEqualAsNumbersAreRefusedBeforeAnyRequest() {
    Set<BigDecimal> amounts = new LinkedHashSet<>(List.of(new BigDecimal("1.0"), new BigDecimal("1")));
    Tree tree = withAmounts(bare("dup"), amounts);
    ItemMappingException e = assertThrows(ItemMappingException.class, () -> TreeSchema.INSTANCE.toItem(tree));
    assertEquals("attribute 'amounts' is a set with 1 twice (as DynamoDB compares members); a set's members"
        + " must be distinct", e.getMessage());
  }

  @Test
  void emptyMapKeysAreRefusedBeforeAnyRequest() {
    Tree tree = withLeafCounters(bare("k"), java.util.Collections.singletonMap("", 1L));
    ItemMappingException e = assertThrows(ItemMappingException.class, () -> TreeSchema.INSTANCE.toItem(tree));
    assertEquals(
        "attribute 'trunk.branches[0].leaves[0].counters' is a map with an empty key, which DynamoDB"
            + " cannot store",
        e.getMessage());
  }

  @Test
  void theConverterKeepsTheScaleThatANumberWouldLose(DynamoDbClient client, TestTables tables) {
    TreeRepository trees = new TreeRepository(client, tables.create(TreeSchema.INSTANCE));
    Tree tree = withPrice(bare("money"), new Money(new BigDecimal("12.50"), Currency.getInstance("EUR")));
    trees.put(tree);
    Money read = trees.get("money").orElseThrow().price();
    assertEquals("12.50", read.amount().toPlainString());
    assertEquals(Currency.getInstance("EUR"), read.currency());
  }

  @Test
  void aDocumentOfTheWrongStoredTypeNamesItsPath() {
    Map<String, AttributeValue> item = new java.util.HashMap<>(TreeSchema.INSTANCE.key("x"));
    item.put("trunk", AttributeValue.fromM(Map.of("branches", AttributeValue.fromL(List.of(
        AttributeValue.fromM(Map.of("leaves", AttributeValue.fromS("oops"))))))));
    ItemMappingException e = assertThrows(ItemMappingException.class, () -> TreeSchema.INSTANCE.fromItem(item));
    assertEquals(
        "attribute 'trunk.branches[0].leaves' should be L (list) but the item holds S (string)",
        e.getMessage());
    assertFalse(e.getMessage().isEmpty());
  }

  private static Tree bare(String id) {
    return new Tree(id, null, Optional.empty(), OptionalLong.empty(), OptionalDouble.empty(), null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, Set.of(), Set.of(), Set.of(),
        Set.of(), null, null, null);
  }

  private static Tree withAmounts(Tree t, Set<BigDecimal> amounts) {
    return new Tree(t.id(), t.trunk(), t.spare(), t.big(), t.ratio(), t.matrix(), t.day(), t.local(), t.time(),
        t.offset(), t.zoned(), t.duration(), t.period(), t.year(), t.month(), t.uri(), t.currency(), t.locale(),
        t.initial(), t.buffer(), t.blobs(), amounts, t.counts(), t.levels(), t.labels(), t.price(), t.category());
  }

  private static Tree withLeafCounters(Tree t, Map<String, Long> counters) {
    Tree.Leaf leaf = new Tree.Leaf("l", 1, 'x', 1.0, Set.of(), counters, null, (byte) 0, (short) 0, null);
    Tree.Branch branch = new Tree.Branch("b", List.of(leaf), null, Set.of());
    return new Tree(t.id(), new Tree.Trunk(List.of(branch), null, 1f), t.spare(), t.big(), t.ratio(), t.matrix(),
        t.day(), t.local(), t.time(), t.offset(), t.zoned(), t.duration(), t.period(), t.year(), t.month(), t.uri(),
        t.currency(), t.locale(), t.initial(), t.buffer(), t.blobs(), t.amounts(), t.counts(), t.levels(), t.labels(),
        t.price(), t.category());
  }

  private static Tree withPrice(Tree t, Money price) {
    return new Tree(t.id(), t.trunk(), t.spare(), t.big(), t.ratio(), t.matrix(), t.day(), t.local(), t.time(),
        t.offset(), t.zoned(), t.duration(), t.period(), t.year(), t.month(), t.uri(), t.currency(), t.locale(),
        t.initial(), t.buffer(), t.blobs(), t.amounts(), t.counts(), t.levels(), t.labels(), price, t.category());
  }
}
