package io.dynamap.example.it.types;

import io.dynamap.runtime.schema.ItemSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Lets tests in other packages write random {@link Tree}s. */
public final class TreeTestAccess {
  private TreeTestAccess() {}

  public static ItemSchema<Tree> schema() {
    return TreeSchema.INSTANCE;
  }

  /** Writes random trees, with numbers boto3 can read, and returns the items Dynamap made of them. */
  public static List<Map<String, AttributeValue>> writeRandomTrees(
      DynamoDbClient client, String table, int count, long seed) {
    TreeRepository trees = new TreeRepository(client, table);
    TreeGenerator generator = new TreeGenerator(seed, 30);
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Tree tree = generator.tree("t" + i);
      trees.put(tree);
      items.add(TreeSchema.INSTANCE.toItem(tree));
    }
    return items;
  }
}
