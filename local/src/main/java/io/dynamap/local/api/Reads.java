package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.IndexDefinition;
import io.dynamap.local.engine.KeySchema;
import io.dynamap.local.engine.ProjectionType;
import io.dynamap.local.engine.SecondaryIndex;
import io.dynamap.local.engine.Table;
import io.dynamap.local.expr.Condition;
import io.dynamap.local.expr.Projection;
import io.dynamap.local.value.ItemSize;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What Query and Scan share: the index read and its Select rules, the page (Limit counts items
 * read before the filter, a page stops after 1 MB read), the start and last evaluated keys, the
 * filter, the projection and the consumed capacity.
 */
final class Reads {
  /** DynamoDB's page size: a Query or Scan stops once it has read 1 MB. */
  static final long MAX_PAGE_BYTES = 1024 * 1024;

  private Reads() {}

  /** What a read targets: a table, or one of its indexes. */
  static final class Target {
    final Table table;
    final IndexDefinition index;
    final SecondaryIndex indexData;

    private Target(Table table, IndexDefinition index, SecondaryIndex indexData) {
      this.table = table;
      this.index = index;
      this.indexData = indexData;
    }

    static Target of(Table table, String indexName, boolean consistentRead) {
      if (indexName == null) {
        return new Target(table, null, null);
      }
      IndexDefinition index = table.definition().index(indexName);
      SecondaryIndex data = table.index(indexName);
      if (index == null || data == null) {
        throw DynamoException.validation(
            "The table does not have the specified index: " + indexName);
      }
      if (index.global() && consistentRead) {
        throw DynamoException.validation(
            "Consistent reads are not supported on global secondary indexes");
      }
      if (index.global() && data.status() == io.dynamap.local.engine.TableStatus.CREATING) {
        throw DynamoException.validation(
            "Cannot read from backfilling global secondary index: " + indexName);
      }
      return new Target(table, index, data);
    }

    /** The key schema the read walks: the index's or the table's. */
    KeySchema keySchema() {
      return index == null ? table.keySchema() : index.keySchema();
    }

    /** The attributes of a last evaluated key: the table's key, then the index's. */
    List<String> startKeyNames() {
      List<String> names = new ArrayList<>();
      names.add(table.keySchema().partitionKey());
      if (table.keySchema().hasSortKey()) {
        names.add(table.keySchema().sortKey());
      }
      if (index != null) {
        for (String name : index.keySchema().attributeNames()) {
          if (!names.contains(name)) {
            names.add(name);
          }
        }
      }
      return names;
    }
  }

  /** How items are returned, from Select and the projection. */
  enum Returned {
    /** Whole items (for a local index, fetched from the table). */
    ALL,
    /** The index's entries. */
    PROJECTED,
    /** The projection's attributes. */
    SPECIFIC,
    /** Only counts. */
    COUNT
  }

  /**
   * DynamoDB's rules combining Select, ProjectionExpression/AttributesToGet and the index.
   *
   * @param projectionParameter the projection parameter given, or null
   */
  static Returned returned(String select, String projectionParameter, Target target) {
    if (select == null) {
      if (projectionParameter != null) {
        return Returned.SPECIFIC;
      }
      return target.index == null ? Returned.ALL : Returned.PROJECTED;
    }
    switch (select) {
      case "COUNT":
        if (projectionParameter != null) {
          throw DynamoException.validation("Cannot specify the " + projectionParameter
              + " when choosing to get only the Count");
        }
        return Returned.COUNT;
      case "ALL_ATTRIBUTES":
        // The index's refusal comes first, as in dynalite (checked against DynamoDB).
        if (target.index != null && target.index.global()
            && target.index.projectionType() != ProjectionType.ALL) {
          throw DynamoException.validation("One or more parameter values were invalid: Select type"
              + " ALL_ATTRIBUTES is not supported for global secondary index "
              + target.index.name() + " because its projection type is not ALL");
        }
        if (projectionParameter != null) {
          throw DynamoException.validation("Cannot specify the " + projectionParameter
              + " when choosing to get ALL_ATTRIBUTES");
        }
        return Returned.ALL;
      case "ALL_PROJECTED_ATTRIBUTES":
        if (projectionParameter != null) {
          throw DynamoException.validation("Cannot specify the " + projectionParameter
              + " when choosing to get ALL_PROJECTED_ATTRIBUTES");
        }
        if (target.index == null) {
          throw DynamoException.validation("One or more parameter values were invalid:"
              + " ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        }
        return Returned.PROJECTED;
      default: // SPECIFIC_ATTRIBUTES
        if (projectionParameter == null) {
          throw DynamoException.validation(
              "Must specify the AttributesToGet when choosing to get SPECIFIC_ATTRIBUTES");
        }
        return Returned.SPECIFIC;
    }
  }

  /**
   * Refuses document paths into key attributes ({@code id.x}, {@code id[0]}) of the table, then of
   * its indexes, as DynamoDB does for projections, filters and updates.
   */
  static void checkKeyPaths(Table table, java.util.Set<String> nested) {
    if (nested.isEmpty()) {
      return;
    }
    KeySchema key = table.keySchema();
    for (String name : new String[] {key.partitionKey(), key.sortKey()}) {
      if (name != null && nested.contains(name)) {
        throw DynamoException.validation("Key attributes must be scalars; list random access '[]'"
            + " and map lookup '.' are not allowed: Key: " + name);
      }
    }
    for (IndexDefinition index : table.definition().indexes()) {
      KeySchema indexKey = index.keySchema();
      List<String> indexKeyNames = index.global() ? indexKey.attributeNames()
          : List.of(indexKey.sortKey());
      for (String name : indexKeyNames) {
        if (nested.contains(name)) {
          throw DynamoException.validation("Key attributes must be scalars; list random access"
              + " '[]' and map lookup '.' are not allowed: IndexKey: " + name);
        }
      }
    }
  }

  /** Refuses a projection naming attributes a global index does not hold. */
  static void checkGlobalProjection(Target target, Projection projection) {
    if (target.index == null || !target.index.global() || projection == null) {
      return;
    }
    TreeSet<String> missing = new TreeSet<>();
    for (String attribute : projection.topLevelAttributes()) {
      if (!target.index.projects(attribute, target.table.keySchema())) {
        missing.add(attribute);
      }
    }
    if (!missing.isEmpty()) {
      throw DynamoException.validation("One or more parameter values were invalid: Global"
          + " secondary index " + target.index.name() + " does not project "
          + new ArrayList<>(missing));
    }
  }

  /** One page read: the items read (before the filter), in order, and where it stopped. */
  static final class Page {
    final List<Map<String, Value>> read = new ArrayList<>();
    long bytesRead;
    Map<String, Value> lastEvaluatedKey;
  }

  /**
   * Reads entries (already matching the key condition and segment) until the limit of items or
   * 1 MB read; the last evaluated key is set when the read stopped for either.
   */
  static Page readPage(Iterator<Map<String, Value>> entries, Integer limit, Target target) {
    Page page = new Page();
    Map<String, Value> last = null;
    while (entries.hasNext() && (limit == null || page.read.size() < limit)
        && page.bytesRead < MAX_PAGE_BYTES) {
      Map<String, Value> entry = entries.next();
      page.read.add(entry);
      page.bytesRead += ItemSize.of(entry);
      last = entry;
    }
    boolean stopped = (limit != null && page.read.size() >= limit)
        || page.bytesRead >= MAX_PAGE_BYTES;
    if (stopped && last != null) {
      Map<String, Value> key = new LinkedHashMap<>();
      for (String name : target.startKeyNames()) {
        Value value = last.get(name);
        if (value != null) {
          key.put(name, value);
        }
      }
      page.lastEvaluatedKey = key;
    }
    return page;
  }

  /**
   * Filters and shapes a page into the response: Items (unless COUNT), Count, ScannedCount,
   * LastEvaluatedKey, ConsumedCapacity.
   */
  static ObjectNode respond(ObjectNode request, Page page, Target target, Returned returned,
      Condition filter, Projection projection) {
    boolean consistent = Requests.flag(request, "ConsistentRead");
    long tableBytes = 0;
    List<Map<String, Value>> items = new ArrayList<>();
    boolean localIndex = target.index != null && !target.index.global();
    for (Map<String, Value> entry : page.read) {
      Map<String, Value> item = entry;
      boolean fetch = localIndex && (returned == Returned.ALL || filter != null
          || (returned == Returned.SPECIFIC && !projectsAll(target, projection)));
      if (fetch) {
        // A local index reads attributes it does not hold from the table.
        Map<String, Value> full = target.table.get(
            target.table.keySchema().keyOfKey(target.table.keySchema().keyAttributes(entry)));
        if (full == null) {
          continue; // deleted meanwhile
        }
        if (returned == Returned.PROJECTED) {
          item = entry;
        } else {
          item = full;
        }
        tableBytes += ItemSize.of(full);
        if (filter != null && !filter.test(full)) {
          continue;
        }
      } else if (filter != null && !filter.test(item)) {
        continue;
      }
      items.add(returned == Returned.SPECIFIC ? projection.apply(item) : item);
    }

    ObjectNode response = Requests.JSON.objectNode();
    if (returned != Returned.COUNT) {
      ArrayNode array = response.putArray("Items");
      for (Map<String, Value> item : items) {
        array.add(ValueJson.writeItem(item));
      }
    }
    response.put("Count", items.size());
    response.put("ScannedCount", page.read.size());
    if (page.lastEvaluatedKey != null) {
      response.set("LastEvaluatedKey", ValueJson.writeItem(page.lastEvaluatedKey));
    }
    if (Capacity.requested(request)) {
      double readUnits = Capacity.readUnits(page.bytesRead, consistent);
      double fetchUnits = tableBytes == 0 ? 0 : Capacity.readUnits(tableBytes, consistent);
      Map<String, Double> globals = new LinkedHashMap<>();
      Map<String, Double> locals = new LinkedHashMap<>();
      double tableUnits;
      if (target.index == null) {
        tableUnits = readUnits;
      } else {
        tableUnits = fetchUnits;
        (target.index.global() ? globals : locals).put(target.index.name(), readUnits);
      }
      response.set("ConsumedCapacity", Capacity.render(request, target.table.name(), tableUnits,
          globals, locals));
    }
    return response;
  }

  private static boolean projectsAll(Target target, Projection projection) {
    for (String attribute : projection.topLevelAttributes()) {
      if (!target.index.projects(attribute, target.table.keySchema())) {
        return false;
      }
    }
    return true;
  }

  /** ExclusiveStartKey values, each checked; a bad one is "The provided starting key is invalid". */
  static Map<String, Value> exclusiveStartKey(ObjectNode request) {
    JsonNode node = request.get("ExclusiveStartKey");
    if (node == null) {
      return null;
    }
    Map<String, Value> key = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      try {
        key.put(field.getKey(), ValueJson.read(field.getValue()));
      } catch (DynamoException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        boolean bare = message.contains("contains duplicates") || message.contains("number set")
            || message.contains("numeric value") || message.contains("significant digits")
            || message.contains("number with magnitude");
        if (!e.type().equals("ValidationException") || bare) {
          throw e;
        }
        throw DynamoException.validation("The provided starting key is invalid: " + message);
      }
    }
    return key;
  }
}
