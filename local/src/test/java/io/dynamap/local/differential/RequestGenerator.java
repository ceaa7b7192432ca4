package io.dynamap.local.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.differential.TableSpec.IndexSpec;
import io.dynamap.local.differential.TableSpec.KeyAttribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Seeded random requests over the {@linkplain TableSpec#ALL test tables}. Values come from a small
 * domain so that keys collide and conditions both hit and miss; the domain holds DynamoDB's edge
 * values (empty strings, characters above U+FFFF, the largest and smallest numbers, nested
 * documents). About one request in eight is invalid on purpose.
 */
final class RequestGenerator {
  private static final String[] STRINGS = {
    "", "a", "ab", "abc", "b", "B", "é", "\uD83D\uDE00", "a\uD83D\uDE00", "a b", "\u00ff\u0100"
  };
  private static final String[] KEY_STRINGS = {"a", "ab", "b", "B", "é", "\uD83D\uDE00", "z"};
  private static final String[] NUMBERS = {
    "0", "1", "-1", "1.5", "10", "1e1", "100", "-0.5", "0.001", "2",
    "12345678901234567890123456789012345678", "1E-130", "-1E-130",
    "9.9999999999999999999999999999999999999E+125", "-9.9999999999999999999999999999999999999E+125"
  };
  private static final String[] KEY_NUMBERS = {"0", "1", "-1", "1.5", "10", "1e1", "-0.5", "1E-130"};
  private static final byte[][] BINARIES = {
    {}, {0}, {1}, {(byte) 0xff}, {0, 1}, {1, 0}, {(byte) 0x80, 0}
  };
  /** Numbers DynamoDB refuses: too large, too small, too precise, not numbers. */
  private static final String[] BAD_NUMBERS = {
    "1E+126", "-1E+126", "1E-131", "123456789012345678901234567890123456789", "abc", "", " 1",
    "0x10", "Infinity", "NaN", "1e", "--1", "1.2.3"
  };
  private static final String[] PLAIN_ATTRIBUTES = {
    "s", "n", "b", "t", "z", "ss", "ns", "bs", "m", "l", "u", "status"
  };
  private static final String[] TYPES = {"S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"};
  /** Words DynamoDB reserves, used unescaped on purpose. */
  private static final Set<String> RESERVED = Set.of("status");

  private final Random random;

  RequestGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** The next step of the sequence. */
  Step next() {
    int roll = random.nextInt(100);
    if (roll < 20) {
      return putItem();
    } else if (roll < 40) {
      return updateItem();
    } else if (roll < 47) {
      return deleteItem();
    } else if (roll < 56) {
      return getItem();
    } else if (roll < 70) {
      return query();
    } else if (roll < 76) {
      return scan();
    } else if (roll < 81) {
      return batchWrite();
    } else if (roll < 86) {
      return batchGet();
    } else if (roll < 91) {
      return legacy();
    } else {
      return invalid();
    }
  }

  /**
   * The next step, now and then asking for the consumed capacity, which both servers compute from
   * item sizes.
   */
  Step nextWithCapacity() {
    Step step = next();
    if (chance(8) && !step.target().equals("CreateTable")) {
      step.request().put("ReturnConsumedCapacity", pick("TOTAL", "INDEXES", "NONE"));
    }
    return step;
  }

  /** A put without condition, to fill the tables before the mix starts. */
  Step fill() {
    TableSpec table = table();
    return Step.single(
        "fill", "PutItem", Json.object().put("TableName", table.name()).set("Item", item(table)));
  }

  // ---------------------------------------------------------------- writes and reads of one item

  private Step putItem() {
    TableSpec table = table();
    ObjectNode request = Json.object().put("TableName", table.name());
    request.set("Item", item(table));
    Placeholders placeholders = new Placeholders();
    if (chance(40)) {
      request.put("ConditionExpression", condition(table, placeholders, 0));
      returnValuesOnConditionCheckFailure(request);
    }
    if (chance(40)) {
      request.put("ReturnValues", pick("NONE", "ALL_OLD"));
    }
    placeholders.attach(request);
    return Step.single("put", "PutItem", request);
  }

  private Step updateItem() {
    TableSpec table = table();
    ObjectNode request = Json.object().put("TableName", table.name());
    request.set("Key", key(table));
    Placeholders placeholders = new Placeholders();
    if (chance(95)) {
      request.put("UpdateExpression", update(table, placeholders));
    }
    if (chance(35)) {
      request.put("ConditionExpression", condition(table, placeholders, 0));
      returnValuesOnConditionCheckFailure(request);
    }
    if (chance(60)) {
      request.put("ReturnValues", pick("NONE", "ALL_OLD", "ALL_NEW", "UPDATED_OLD", "UPDATED_NEW"));
    }
    placeholders.attach(request);
    return Step.single("update", "UpdateItem", request);
  }

  private Step deleteItem() {
    TableSpec table = table();
    ObjectNode request = Json.object().put("TableName", table.name());
    request.set("Key", key(table));
    Placeholders placeholders = new Placeholders();
    if (chance(40)) {
      request.put("ConditionExpression", condition(table, placeholders, 0));
      returnValuesOnConditionCheckFailure(request);
    }
    if (chance(50)) {
      request.put("ReturnValues", pick("NONE", "ALL_OLD"));
    }
    placeholders.attach(request);
    return Step.single("delete", "DeleteItem", request);
  }

  private void returnValuesOnConditionCheckFailure(ObjectNode request) {
    if (chance(15)) {
      request.put("ReturnValuesOnConditionCheckFailure", pick("ALL_OLD", "NONE"));
    }
  }

  private Step getItem() {
    TableSpec table = table();
    ObjectNode request = Json.object().put("TableName", table.name());
    request.set("Key", key(table));
    Placeholders placeholders = new Placeholders();
    if (chance(40)) {
      request.put("ProjectionExpression", projection(table, placeholders));
    }
    if (chance(30)) {
      request.put("ConsistentRead", random.nextBoolean());
    }
    placeholders.attach(request);
    return Step.single("get", "GetItem", request);
  }

  // ---------------------------------------------------------------------------- query and scan

  private Step query() {
    TableSpec table = table();
    IndexSpec index = chance(40) && !table.indexes().isEmpty() ? pick(table.indexes()) : null;
    KeyAttribute hash = index == null ? table.hash() : index.hash();
    KeyAttribute range = index == null ? table.range() : index.range();
    ObjectNode request = Json.object().put("TableName", table.name());
    if (index != null) {
      request.put("IndexName", index.name());
    }
    Placeholders placeholders = new Placeholders();
    String keyCondition = placeholders.name(hash.name()) + " = " + placeholders.value(keyValue(hash.type()));
    if (range != null && chance(70)) {
      String sortCondition = sortCondition(range, placeholders);
      keyCondition = chance(85) ? keyCondition + " AND " + sortCondition : sortCondition + " AND " + keyCondition;
    }
    request.put("KeyConditionExpression", keyCondition);
    if (chance(30)) {
      request.put("FilterExpression", condition(table, placeholders, 0, nonKeyAttributes(table, index)));
    }
    selectAndProjection(table, index, request, placeholders);
    if (chance(50)) {
      request.put("Limit", 1 + random.nextInt(4));
    }
    if (chance(40)) {
      request.put("ScanIndexForward", random.nextBoolean());
    }
    if (chance(15)) {
      request.put("ConsistentRead", index == null || !index.global() || chance(30));
    }
    placeholders.attach(request);
    if (index == null) {
      return new Step("query", "Query", request, Step.Paging.ORDERED_PAGES, null, 0);
    }
    return new Step(
        "query " + index.name(),
        "Query",
        request,
        Step.Paging.UNORDERED_PAGES,
        range == null ? null : range.name(),
        0);
  }

  private String sortCondition(KeyAttribute range, Placeholders placeholders) {
    String name = placeholders.name(range.name());
    switch (random.nextInt(8)) {
      case 0:
        return name + " = " + placeholders.value(keyValue(range.type()));
      case 1:
        return name + " < " + placeholders.value(keyValue(range.type()));
      case 2:
        return name + " <= " + placeholders.value(keyValue(range.type()));
      case 3:
        return name + " > " + placeholders.value(keyValue(range.type()));
      case 4:
        return name + " >= " + placeholders.value(keyValue(range.type()));
      case 5:
        return name + " BETWEEN " + placeholders.value(keyValue(range.type()))
            + " AND " + placeholders.value(keyValue(range.type()));
      default:
        // Numbers cannot begins_with: an error the servers must agree on.
        String type = "N".equals(range.type()) && chance(70) ? pick("S", "B") : range.type();
        return "begins_with(" + name + ", " + placeholders.value(keyValue(type)) + ")";
    }
  }

  private Step scan() {
    TableSpec table = table();
    IndexSpec index = chance(20) && !table.indexes().isEmpty() ? pick(table.indexes()) : null;
    ObjectNode request = Json.object().put("TableName", table.name());
    if (index != null) {
      request.put("IndexName", index.name());
    }
    Placeholders placeholders = new Placeholders();
    if (chance(40)) {
      request.put("FilterExpression", condition(table, placeholders, 0));
    }
    selectAndProjection(table, index, request, placeholders);
    if (chance(40)) {
      request.put("Limit", 1 + random.nextInt(7));
    }
    placeholders.attach(request);
    if (chance(20)) {
      int totalSegments = 1 + random.nextInt(4);
      request.put("TotalSegments", totalSegments);
      return new Step("scan segments", "Scan", request, Step.Paging.SEGMENTS, null, totalSegments);
    }
    return new Step("scan", "Scan", request, Step.Paging.UNORDERED_PAGES, null, 0);
  }

  private void selectAndProjection(
      TableSpec table, IndexSpec index, ObjectNode request, Placeholders placeholders) {
    int roll = random.nextInt(100);
    if (roll < 15) {
      request.put("Select", "COUNT");
    } else if (roll < 30) {
      request.put("ProjectionExpression", projection(table, placeholders));
      if (chance(50)) {
        request.put("Select", "SPECIFIC_ATTRIBUTES");
      }
    } else if (roll < 38) {
      request.put("Select", index != null ? "ALL_PROJECTED_ATTRIBUTES" : "ALL_ATTRIBUTES");
    } else if (roll < 42 && index != null) {
      request.put("Select", "ALL_ATTRIBUTES");
    }
  }

  // ------------------------------------------------------------------------------------ batches

  private Step batchWrite() {
    ObjectNode request = Json.object();
    ObjectNode requestItems = request.putObject("RequestItems");
    for (TableSpec table : distinctTables(1 + random.nextInt(3))) {
      ArrayNode writes = requestItems.putArray(table.name());
      Set<String> keys = new HashSet<>();
      int count = 1 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        ObjectNode item = item(table);
        if (!keys.add(Json.compact(keyOf(table, item)))) {
          continue; // DynamoDB refuses two writes of one key; the invalid mix covers that.
        }
        if (chance(70)) {
          writes.addObject().putObject("PutRequest").set("Item", item);
        } else {
          writes.addObject().putObject("DeleteRequest").set("Key", keyOf(table, item));
        }
      }
    }
    return Step.single("batch write", "BatchWriteItem", request);
  }

  private Step batchGet() {
    ObjectNode request = Json.object();
    ObjectNode requestItems = request.putObject("RequestItems");
    for (TableSpec table : distinctTables(1 + random.nextInt(3))) {
      ObjectNode entry = requestItems.putObject(table.name());
      ArrayNode keys = entry.putArray("Keys");
      Set<String> seen = new HashSet<>();
      int count = 1 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        ObjectNode key = key(table);
        if (seen.add(Json.compact(key))) {
          keys.add(key);
        }
      }
      Placeholders placeholders = new Placeholders();
      if (chance(30)) {
        entry.put("ProjectionExpression", projection(table, placeholders));
      }
      if (chance(20)) {
        entry.put("ConsistentRead", random.nextBoolean());
      }
      placeholders.attach(entry);
    }
    return Step.single("batch get", "BatchGetItem", request);
  }

  // ------------------------------------------------------------------ legacy (non-expression) API

  private static final String[] LEGACY_OPERATORS = {
    "EQ", "NE", "LT", "LE", "GT", "GE", "BETWEEN", "IN", "NULL", "NOT_NULL", "CONTAINS",
    "NOT_CONTAINS", "BEGINS_WITH"
  };

  /** DynamoDB's parameters from before expressions: still part of the API, still used. */
  private Step legacy() {
    TableSpec table = table();
    ObjectNode request = Json.object().put("TableName", table.name());
    switch (random.nextInt(6)) {
      case 0: {
        request.set("Key", key(table));
        ArrayNode attributes = request.putArray("AttributesToGet");
        new java.util.LinkedHashSet<>(List.of(pick(PLAIN_ATTRIBUTES), pick(PLAIN_ATTRIBUTES), "pk"))
            .forEach(attributes::add);
        return Step.single("legacy get", "GetItem", request);
      }
      case 1:
        request.set("Item", item(table));
        request.set("Expected", expected(table));
        return Step.single("legacy put", "PutItem", request);
      case 2:
        request.set("Key", key(table));
        request.set("Expected", expected(table));
        if (chance(50)) {
          request.put("ReturnValues", "ALL_OLD");
        }
        return Step.single("legacy delete", "DeleteItem", request);
      case 3: {
        request.set("Key", key(table));
        ObjectNode updates = request.putObject("AttributeUpdates");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
          String attribute = pick("s", "n", "ss", "ns", "l", "m", "t");
          ObjectNode update = updates.putObject(attribute);
          String action = pick("PUT", "ADD", "DELETE");
          update.put("Action", action);
          if (!action.equals("DELETE") || chance(50)) {
            update.set("Value", valueLike(table, attribute));
          }
        }
        if (chance(40)) {
          request.set("Expected", expected(table));
        }
        if (chance(50)) {
          request.put("ReturnValues", pick("ALL_NEW", "UPDATED_OLD", "UPDATED_NEW", "ALL_OLD"));
        }
        return Step.single("legacy update", "UpdateItem", request);
      }
      case 4: {
        ObjectNode conditions = request.putObject("KeyConditions");
        ArrayNode hash = conditions.putObject(table.hash().name()).put("ComparisonOperator", "EQ")
            .putArray("AttributeValueList");
        hash.add(keyValue(table.hash().type()));
        if (table.range() != null && chance(60)) {
          String operator = pick("EQ", "LT", "LE", "GT", "GE", "BETWEEN", "BEGINS_WITH");
          ArrayNode values = conditions.putObject(table.range().name())
              .put("ComparisonOperator", operator).putArray("AttributeValueList");
          values.add(keyValue(table.range().type()));
          if (operator.equals("BETWEEN")) {
            values.add(keyValue(table.range().type()));
          }
        }
        if (chance(40)) {
          request.set("QueryFilter", legacyFilter(table));
          if (chance(50)) {
            request.put("ConditionalOperator", pick("AND", "OR"));
          }
        }
        if (chance(40)) {
          request.put("Limit", 1 + random.nextInt(3));
        }
        return new Step("legacy query", "Query", request, Step.Paging.ORDERED_PAGES, null, 0);
      }
      default:
        request.set("ScanFilter", legacyFilter(table));
        if (chance(50)) {
          request.put("ConditionalOperator", pick("AND", "OR"));
        }
        return new Step("legacy scan", "Scan", request, Step.Paging.UNORDERED_PAGES, null, 0);
    }
  }

  private ObjectNode expected(TableSpec table) {
    ObjectNode expected = Json.object();
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      String attribute = pick("pk", "s", "n", "ss", "t");
      ObjectNode condition = expected.putObject(attribute);
      switch (random.nextInt(3)) {
        case 0:
          condition.put("Exists", false);
          break;
        case 1:
          condition.set("Value", valueLike(table, attribute));
          break;
        default:
          legacyCondition(table, attribute, condition);
      }
    }
    return expected;
  }

  private ObjectNode legacyFilter(TableSpec table) {
    ObjectNode filter = Json.object();
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      String attribute = pick("s", "n", "ss", "t", "b", "l");
      legacyCondition(table, attribute, filter.putObject(attribute));
    }
    return filter;
  }

  private void legacyCondition(TableSpec table, String attribute, ObjectNode condition) {
    String operator = pick(LEGACY_OPERATORS);
    condition.put("ComparisonOperator", operator);
    int arguments;
    switch (operator) {
      case "NULL":
      case "NOT_NULL":
        arguments = 0;
        break;
      case "BETWEEN":
        arguments = 2;
        break;
      case "IN":
        arguments = 1 + random.nextInt(3);
        break;
      default:
        arguments = 1;
    }
    if (arguments > 0) {
      ArrayNode values = condition.putArray("AttributeValueList");
      for (int i = 0; i < arguments; i++) {
        values.add(random.nextInt(4) == 0 ? anyValue(1)
            : operator.equals("CONTAINS") || operator.equals("NOT_CONTAINS") || operator.equals("BEGINS_WITH")
                ? stringValue(pick(STRINGS)) : valueLike(table, attribute));
      }
    }
  }

  // ----------------------------------------------------------------------- invalid on purpose

  private Step invalid() {
    List<Supplier<Step>> kinds = new ArrayList<>();
    kinds.add(this::unusedValue);
    kinds.add(this::unusedName);
    kinds.add(this::undefinedPlaceholder);
    kinds.add(this::syntaxError);
    kinds.add(this::missingKeyAttribute);
    kinds.add(this::extraKeyAttribute);
    kinds.add(this::wrongKeyType);
    kinds.add(this::emptySet);
    kinds.add(this::duplicateSetMembers);
    kinds.add(this::badNumber);
    kinds.add(this::reservedWord);
    kinds.add(this::emptyKeyValue);
    kinds.add(this::tableNotFound);
    kinds.add(this::badReturnValues);
    kinds.add(this::badTableName);
    kinds.add(this::emptyExpressionValues);
    kinds.add(this::badLimit);
    kinds.add(this::badSegment);
    kinds.add(this::badAttributeValue);
    kinds.add(this::badKeyCondition);
    kinds.add(this::filterOnKey);
    kinds.add(this::countWithProjection);
    kinds.add(this::unknownIndex);
    kinds.add(this::badExclusiveStartKey);
    kinds.add(this::batchDuplicates);
    kinds.add(this::batchTooMany);
    kinds.add(this::updateKeyAttribute);
    kinds.add(this::wrongIndexKeyType);
    kinds.add(this::legacyAndExpression);
    kinds.add(this::missingRequiredField);
    kinds.add(this::wrongJsonType);
    kinds.add(this::unknownOperation);
    kinds.add(this::itemTooLarge);
    return pick(kinds).get();
  }

  private Step withLabel(String label, Step step) {
    return new Step("invalid: " + label, step.target(), step.request(), step.paging(),
        step.orderAttribute(), step.totalSegments());
  }

  private Step anyWithExpressions() {
    switch (random.nextInt(5)) {
      case 0:
        return putItem();
      case 1:
        return updateItem();
      case 2:
        return deleteItem();
      case 3:
        return getItem();
      default:
        return query();
    }
  }

  private Step unusedValue() {
    Step step = anyWithExpressions();
    ObjectNode values = step.request().has("ExpressionAttributeValues")
        ? (ObjectNode) step.request().get("ExpressionAttributeValues")
        : step.request().putObject("ExpressionAttributeValues");
    values.set(":unused", anyValue(0));
    return withLabel("unused value", step);
  }

  private Step unusedName() {
    Step step = anyWithExpressions();
    ObjectNode names = step.request().has("ExpressionAttributeNames")
        ? (ObjectNode) step.request().get("ExpressionAttributeNames")
        : step.request().putObject("ExpressionAttributeNames");
    names.put("#unused", "s");
    return withLabel("unused name", step);
  }

  private Step undefinedPlaceholder() {
    TableSpec table = table();
    ObjectNode request = Json.object().put("TableName", table.name());
    request.set("Key", key(table));
    String expression = pick(
        "SET s = :missing", "SET #missing = :v", "REMOVE #missing", "SET s = :v, n = :missing");
    request.put("UpdateExpression", expression);
    if (expression.contains(":v")) {
      request.putObject("ExpressionAttributeValues").set(":v", stringValue("a"));
    }
    return Step.single("invalid: undefined placeholder", "UpdateItem", request);
  }

  private Step syntaxError() {
    TableSpec table = table();
    ObjectNode request = Json.object().put("TableName", table.name());
    request.set("Key", key(table));
    request.putObject("ExpressionAttributeValues").set(":v", stringValue("a"));
    String target;
    if (random.nextBoolean()) {
      target = "UpdateItem";
      request.put("UpdateExpression", pick(
          "SET", "SET s =", "SET s = :v,", "s = :v", "SET s = :v SET n = :v", "ADD s", "REMOVE",
          "SET s = :v REMOVE", "SET s == :v", "SET s = (:v", "SET s = :v + ", "DELETE s :v :v",
          "SET s[0x1] = :v", "SET s.1 = :v", "SET s = foo(:v)", "SET s = size(:v)", "set s = :v"));
    } else {
      target = "DeleteItem";
      request.put("ConditionExpression", pick(
          "s =", "s = :v AND", "(s = :v", "s = :v)", "s :v", "s IN ()", "s BETWEEN :v", "NOT",
          "attribute_exists(s", "attribute_exists()", "foo(s)", "size(s)", "s = :v OR OR s = :v",
          "s <> :v <> s", "begins_with(s)", "contains(s, :v, :v)", "s > :v AND n", "s = :v and s = :v",
          "attribute_exists(s) = :v", "s IN (:v, :v)", "SET s = :v", ":v = :v", "s[-1] = :v"));
    }
    return Step.single("invalid: syntax", target, request);
  }

  private Step missingKeyAttribute() {
    TableSpec table = table();
    ObjectNode key = key(table);
    if (table.range() != null && random.nextBoolean()) {
      key.remove("sk");
    } else {
      key.remove("pk");
    }
    ObjectNode request = Json.object().put("TableName", table.name()).set("Key", key);
    return Step.single("invalid: missing key", pick("GetItem", "DeleteItem", "UpdateItem"), request);
  }

  private Step extraKeyAttribute() {
    TableSpec table = table();
    ObjectNode key = key(table);
    key.set(pick("s", "n", "sk"), random.nextBoolean() ? stringValue("a") : numberValue("1"));
    ObjectNode request = Json.object().put("TableName", table.name()).set("Key", key);
    return Step.single("invalid: extra key attribute", pick("GetItem", "DeleteItem"), request);
  }

  private Step wrongKeyType() {
    TableSpec table = table();
    boolean inItem = random.nextBoolean();
    ObjectNode holder = inItem ? item(table) : key(table);
    KeyAttribute attribute = table.range() != null && random.nextBoolean() ? table.range() : table.hash();
    holder.set(attribute.name(), valueOfType(pick(otherThan(attribute.type(), "S", "N", "B", "BOOL", "SS", "NULL")), 0));
    ObjectNode request = Json.object().put("TableName", table.name());
    if (inItem) {
      request.set("Item", holder);
      return Step.single("invalid: wrong key type", "PutItem", request);
    }
    request.set("Key", holder);
    return Step.single("invalid: wrong key type", pick("GetItem", "UpdateItem"), request);
  }

  private Step emptySet() {
    TableSpec table = table();
    ObjectNode item = item(table);
    item.set(pick("ss", "ns", "bs", "m"), emptyOf(pick("SS", "NS", "BS")));
    ObjectNode request = Json.object().put("TableName", table.name()).set("Item", item);
    if (chance(40)) {
      ObjectNode inMap = Json.object();
      inMap.putObject("M").set("x", emptyOf(pick("SS", "NS", "BS")));
      item.set("m", inMap);
    }
    return Step.single("invalid: empty set", "PutItem", request);
  }

  private static ObjectNode emptyOf(String type) {
    ObjectNode value = Json.object();
    value.putArray(type);
    return value;
  }

  private Step duplicateSetMembers() {
    TableSpec table = table();
    ObjectNode item = item(table);
    ObjectNode set = Json.object();
    switch (random.nextInt(3)) {
      case 0:
        set.putArray("SS").add("a").add("b").add("a");
        break;
      case 1:
        set.putArray("NS").add("10").add(pick("1e1", "10.0", "10"));
        break;
      default:
        set.putArray("BS").add("AAE=").add("AAE=");
    }
    item.set(pick("ss", "ns", "bs"), set);
    ObjectNode request = Json.object().put("TableName", table.name()).set("Item", item);
    return Step.single("invalid: duplicate set members", "PutItem", request);
  }

  private Step badNumber() {
    TableSpec table = table();
    ObjectNode item = item(table);
    String bad = pick(BAD_NUMBERS);
    switch (random.nextInt(3)) {
      case 0:
        item.set("n", numberValue(bad));
        break;
      case 1:
        ObjectNode set = Json.object();
        set.putArray("NS").add("1").add(bad);
        item.set("ns", set);
        break;
      default:
        ObjectNode map = Json.object();
        map.putObject("M").set("x", numberValue(bad));
        item.set("m", map);
    }
    ObjectNode request = Json.object().put("TableName", table.name()).set("Item", item);
    return Step.single("invalid: bad number", "PutItem", request);
  }

  private Step reservedWord() {
    TableSpec table = table();
    ObjectNode request = Json.object().put("TableName", table.name());
    request.set("Key", key(table));
    request.putObject("ExpressionAttributeValues").set(":v", stringValue("a"));
    String word = pick("status", "name", "size", "data", "value", "count", "Key", "TABLE");
    if (random.nextBoolean()) {
      request.put("UpdateExpression", "SET " + word + " = :v");
      return Step.single("invalid: reserved word", "UpdateItem", request);
    }
    request.put("ConditionExpression", word + " = :v");
    return Step.single("invalid: reserved word", "DeleteItem", request);
  }

  private Step emptyKeyValue() {
    TableSpec table = table();
    ObjectNode key = key(table);
    KeyAttribute attribute = table.range() != null && random.nextBoolean() ? table.range() : table.hash();
    key.set(attribute.name(), "B".equals(attribute.type()) ? binaryValue(new byte[0]) : stringValue(""));
    ObjectNode request = Json.object().put("TableName", table.name());
    if (random.nextBoolean()) {
      request.set("Key", key);
      return Step.single("invalid: empty key", "GetItem", request);
    }
    ObjectNode item = item(table);
    item.setAll(key);
    request.set("Item", item);
    return Step.single("invalid: empty key", "PutItem", request);
  }

  private Step tableNotFound() {
    Step step = pick(List.<Supplier<Step>>of(this::putItem, this::getItem, this::query, this::scan)).get();
    step.request().put("TableName", "no_such_table");
    return withLabel("table not found", step);
  }

  private Step badReturnValues() {
    Step step = pick(List.<Supplier<Step>>of(this::putItem, this::deleteItem, this::updateItem)).get();
    step.request().put("ReturnValues", pick("ALL_NEW", "UPDATED_OLD", "all_old", "NOTHING", ""));
    return withLabel("return values", step);
  }

  private Step badTableName() {
    Step step = pick(List.<Supplier<Step>>of(this::getItem, this::query, this::scan)).get();
    step.request().put("TableName", pick("ab", "", "bad name", "x".repeat(256), "é_table"));
    return withLabel("table name", step);
  }

  private Step emptyExpressionValues() {
    Step step = anyWithExpressions();
    step.request().putObject(random.nextBoolean() ? "ExpressionAttributeValues" : "ExpressionAttributeNames");
    return withLabel("empty placeholders", step);
  }

  private Step badLimit() {
    Step step = random.nextBoolean() ? query() : scan();
    step.request().put("Limit", pick(0, -1));
    return withLabel("limit", step);
  }

  private Step badSegment() {
    TableSpec table = table();
    ObjectNode request = Json.object().put("TableName", table.name());
    switch (random.nextInt(4)) {
      case 0:
        request.put("Segment", 2).put("TotalSegments", 2);
        break;
      case 1:
        request.put("Segment", 0);
        break;
      case 2:
        request.put("TotalSegments", 3);
        break;
      default:
        request.put("Segment", 0).put("TotalSegments", pick(0, 1000001));
    }
    return Step.single("invalid: segment", "Scan", request);
  }

  private Step badAttributeValue() {
    TableSpec table = table();
    ObjectNode item = item(table);
    ObjectNode bad = Json.object();
    switch (random.nextInt(6)) {
      case 0:
        bad.put("S", "a").put("N", "1");
        break;
      case 1:
        break; // no type at all
      case 2:
        bad.put("NULL", false);
        break;
      case 3:
        bad.put("B", "not base64!");
        break;
      case 4:
        bad.put("X", "a");
        break;
      default:
        bad.putObject("M").putObject("x");
    }
    item.set(pick("s", "m", "l"), bad);
    ObjectNode request = Json.object().put("TableName", table.name()).set("Item", item);
    return Step.single("invalid: attribute value", "PutItem", request);
  }

  private Step badKeyCondition() {
    TableSpec table = pick(TableSpec.ALL.subList(3, TableSpec.ALL.size()));
    ObjectNode request = Json.object().put("TableName", table.name());
    Placeholders placeholders = new Placeholders();
    String p = placeholders.value(keyValue(table.hash().type()));
    String s = placeholders.value(keyValue(table.range().type()));
    request.put("KeyConditionExpression", pick(
        "pk = " + p + " OR sk = " + s,
        "sk = " + s,
        "pk < " + p,
        "pk = " + p + " AND s = " + s,
        "pk = " + p + " AND sk <> " + s,
        "pk = " + p + " AND sk = " + s + " AND sk = " + s,
        "pk = " + p + " AND NOT sk = " + s,
        "pk = " + p + " AND sk IN (" + s + ")",
        "pk = " + p + " AND attribute_exists(sk)",
        "pk = " + p + " AND (sk = " + s + ")",
        p + " = pk",
        "pk = " + p + " AND size(sk) = " + s,
        "pk = " + p + " AND pk = " + p,
        "begins_with(pk, " + p + ")"));
    placeholders.keepOnlyUsedIn(request.get("KeyConditionExpression").asText());
    placeholders.attach(request);
    if (chance(20)) {
      request.remove("KeyConditionExpression");
    }
    return Step.single("invalid: key condition", "Query", request);
  }

  private Step filterOnKey() {
    Step step = query();
    Placeholders placeholders = continuing(step.request());
    step.request().put("FilterExpression",
        placeholders.name(pick("pk", "sk")) + " = " + placeholders.value(keyValue("S")));
    placeholders.attach(step.request());
    return withLabel("filter on key", step);
  }

  private Step countWithProjection() {
    Step step = random.nextBoolean() ? query() : scan();
    Placeholders placeholders = continuing(step.request());
    step.request().put("ProjectionExpression", placeholders.name("s"));
    step.request().put("Select", pick("COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"));
    placeholders.attach(step.request());
    return withLabel("select with projection", step);
  }

  private Step unknownIndex() {
    Step step = random.nextBoolean() ? query() : scan();
    step.request().put("IndexName", pick("no_such_index", "by_lr", "by_g", "x"));
    return withLabel("unknown index", step);
  }

  private Step badExclusiveStartKey() {
    Step step = random.nextBoolean() ? query() : scan();
    TableSpec table = tableNamed(step.request().path("TableName").asText());
    ObjectNode key = key(table);
    switch (random.nextInt(3)) {
      case 0:
        key.remove("pk");
        break;
      case 1:
        key.set("s", stringValue("a"));
        break;
      default:
        key.set("pk", numberValue("1")); // wrong type on S and B tables
    }
    step.request().set("ExclusiveStartKey", key);
    return withLabel("exclusive start key", step);
  }

  private Step batchDuplicates() {
    TableSpec table = table();
    ObjectNode request = Json.object();
    ObjectNode key = key(table);
    if (random.nextBoolean()) {
      ArrayNode writes = request.putObject("RequestItems").putArray(table.name());
      ObjectNode item = item(table);
      item.setAll(key);
      writes.addObject().putObject("PutRequest").set("Item", item);
      writes.addObject().putObject("DeleteRequest").set("Key", key);
      return Step.single("invalid: batch duplicates", "BatchWriteItem", request);
    }
    ArrayNode keys = request.putObject("RequestItems").putObject(table.name()).putArray("Keys");
    keys.add(key).add(key.deepCopy());
    return Step.single("invalid: batch duplicates", "BatchGetItem", request);
  }

  private Step batchTooMany() {
    ObjectNode request = Json.object();
    switch (random.nextInt(3)) {
      case 0:
        request.putObject("RequestItems");
        return Step.single("invalid: empty batch", pick("BatchWriteItem", "BatchGetItem"), request);
      case 1:
        ArrayNode writes = request.putObject("RequestItems").putArray("diff_n");
        for (int i = 0; i < 26; i++) {
          ObjectNode item = Json.object();
          item.set("pk", numberValue(Integer.toString(1000 + i)));
          writes.addObject().putObject("PutRequest").set("Item", item);
        }
        return Step.single("invalid: batch too large", "BatchWriteItem", request);
      default:
        ArrayNode keys = request.putObject("RequestItems").putObject("diff_n").putArray("Keys");
        for (int i = 0; i < 101; i++) {
          keys.addObject().set("pk", numberValue(Integer.toString(1000 + i)));
        }
        return Step.single("invalid: batch too large", "BatchGetItem", request);
    }
  }

  private Step updateKeyAttribute() {
    TableSpec table = table();
    ObjectNode request = Json.object().put("TableName", table.name());
    request.set("Key", key(table));
    Placeholders placeholders = new Placeholders();
    String attribute = table.range() != null && random.nextBoolean() ? "sk" : "pk";
    request.put("UpdateExpression", random.nextBoolean()
        ? "SET " + placeholders.name(attribute) + " = " + placeholders.value(keyValue(table.keyTypeOf(attribute)))
        : "REMOVE " + placeholders.name(attribute));
    placeholders.attach(request);
    return Step.single("invalid: update key", "UpdateItem", request);
  }

  private Step wrongIndexKeyType() {
    TableSpec table = pick(TableSpec.ALL.stream().filter(t -> !t.indexes().isEmpty()).toList());
    IndexSpec index = pick(table.indexes());
    KeyAttribute attribute = index.range() != null && random.nextBoolean() ? index.range() : index.hash();
    ObjectNode item = item(table);
    if (!attribute.name().equals("pk")) {
      item.set(attribute.name(), random.nextInt(4) == 0
          ? ("B".equals(attribute.type()) ? binaryValue(new byte[0]) : stringValue(""))
          : valueOfType(pick(otherThan(attribute.type(), "S", "N", "B", "BOOL")), 0));
    }
    ObjectNode request = Json.object().put("TableName", table.name()).set("Item", item);
    return Step.single("invalid: index key type", "PutItem", request);
  }

  private Step legacyAndExpression() {
    Step step = random.nextBoolean() ? getItem() : query();
    Placeholders placeholders = continuing(step.request());
    step.request().put("ProjectionExpression", placeholders.name("s"));
    step.request().putArray("AttributesToGet").add("s");
    placeholders.attach(step.request());
    return withLabel("legacy and expression", step);
  }

  /** A field of the wrong JSON type: the SDK could not send it, a raw client can. */
  private Step wrongJsonType() {
    Step step = pick(List.<Supplier<Step>>of(this::putItem, this::getItem, this::query, this::scan)).get();
    ObjectNode request = step.request();
    switch (random.nextInt(7)) {
      case 0:
        request.put("TableName", 5);
        break;
      case 1:
        request.put("Limit", "x");
        break;
      case 2:
        request.putArray("Key");
        break;
      case 3:
        request.put("ConsistentRead", "yes");
        break;
      case 4:
        request.putObject("ExpressionAttributeValues").put(":v", "a");
        break;
      case 5:
        request.putObject("ExpressionAttributeValues").putObject(":v").put("S", 5);
        break;
      default:
        request.putObject("ExpressionAttributeValues").putObject(":v").putArray("SS").add(1);
    }
    return withLabel("JSON type", step);
  }

  /** An item of exactly DynamoDB's 400 KB, or a byte more: names and UTF-8 values count. */
  private Step itemTooLarge() {
    TableSpec table = TableSpec.ALL.get(0); // pk S: its size is its UTF-8 length
    ObjectNode item = key(table);
    int keySize = "pk".length() + item.get("pk").get("S").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    int valueSize = 400 * 1024 - keySize - "s".length() + random.nextInt(2);
    item.set("s", stringValue("x".repeat(valueSize)));
    ObjectNode request = Json.object().put("TableName", table.name()).set("Item", item);
    return Step.single("invalid: item size", "PutItem", request);
  }

  private Step unknownOperation() {
    return Step.single("invalid: unknown operation", pick("GetItems", "putItem", "Foo"), Json.object());
  }

  private Step missingRequiredField() {
    switch (random.nextInt(5)) {
      case 0:
        return Step.single("invalid: missing field", "PutItem", Json.object().put("TableName", "diff_s"));
      case 1:
        return Step.single("invalid: missing field", "GetItem", Json.object().put("TableName", "diff_s"));
      case 2:
        ObjectNode key = Json.object();
        key.set("pk", stringValue("a"));
        return Step.single("invalid: missing field", "GetItem", Json.object().set("Key", key));
      case 3:
        return Step.single("invalid: missing field", "Query", Json.object().put("TableName", "diff_s"));
      default:
        return Step.single("invalid: missing field", "Scan", Json.object());
    }
  }

  // -------------------------------------------------------------------------------- expressions

  private String condition(TableSpec table, Placeholders placeholders, int depth) {
    List<String> attributes = new ArrayList<>(List.of(PLAIN_ATTRIBUTES));
    attributes.addAll(table.keyTypes().keySet());
    attributes.add("gr");
    attributes.add("lr");
    return condition(table, placeholders, depth, attributes);
  }

  private String condition(TableSpec table, Placeholders placeholders, int depth, List<String> attributes) {
    int roll = random.nextInt(100);
    if (depth < 2 && roll < 20) {
      String left = condition(table, placeholders, depth + 1, attributes);
      String right = condition(table, placeholders, depth + 1, attributes);
      String joined = left + (random.nextBoolean() ? " AND " : " OR ") + right;
      return random.nextBoolean() ? "(" + joined + ")" : joined;
    }
    if (depth < 2 && roll < 25) {
      return "NOT " + condition(table, placeholders, depth + 1, attributes);
    }
    String attribute = pick(attributes);
    String path = path(attribute, placeholders);
    switch (random.nextInt(11)) {
      case 0:
        return "attribute_exists(" + path + ")";
      case 1:
        return "attribute_not_exists(" + path + ")";
      case 2:
        return "attribute_type(" + path + ", " + placeholders.value(stringValue(pick(TYPES))) + ")";
      case 3:
        return "begins_with(" + path + ", " + placeholders.value(
            random.nextInt(5) == 0 ? binaryValue(pick(BINARIES)) : stringValue(pick(STRINGS))) + ")";
      case 4:
        return "contains(" + path + ", " + placeholders.value(
            random.nextBoolean() ? stringValue(pick(STRINGS)) : valueLike(table, attribute)) + ")";
      case 5:
        return "size(" + path + ") " + comparator() + " " + placeholders.value(numberValue(pick("0", "1", "2", "3")));
      case 6:
        return path + " BETWEEN " + placeholders.value(valueLike(table, attribute)) + " AND "
            + placeholders.value(valueLike(table, attribute));
      case 7:
        return path + " IN (" + placeholders.value(valueLike(table, attribute)) + ", "
            + placeholders.value(valueLike(table, attribute)) + ")";
      case 8:
        return path + " " + comparator() + " " + path(pick(attributes), placeholders);
      default:
        return path + " " + comparator() + " " + placeholders.value(valueLike(table, attribute));
    }
  }

  private String comparator() {
    return pick("=", "<>", "<", "<=", ">", ">=");
  }

  /** An attribute, or a path into a document attribute. */
  private String path(String attribute, Placeholders placeholders) {
    String name = placeholders.name(attribute);
    if ("m".equals(attribute) && chance(50)) {
      switch (random.nextInt(3)) {
        case 0:
          return name + "." + placeholders.name("x");
        case 1:
          return name + "." + placeholders.name("y") + "." + placeholders.name("z");
        default:
          return name + "." + placeholders.name("l") + "[0]";
      }
    }
    if ("l".equals(attribute) && chance(50)) {
      String element = name + "[" + random.nextInt(3) + "]";
      return chance(20) ? element + "." + placeholders.name("x") : element;
    }
    return name;
  }

  private String update(TableSpec table, Placeholders placeholders) {
    List<String> clauses = new ArrayList<>();
    Set<String> used = new HashSet<>();
    List<String> sets = new ArrayList<>();
    int setCount = random.nextInt(3);
    for (int i = 0; i < setCount; i++) {
      String attribute = freshAttribute(table, used);
      String path = path(attribute, placeholders);
      switch (random.nextInt(7)) {
        case 0:
          sets.add(path + " = " + placeholders.name("n") + " + " + placeholders.value(numberValue(pick(NUMBERS))));
          break;
        case 1:
          sets.add(path + " = if_not_exists(" + path + ", " + placeholders.value(numberValue("0")) + ") "
              + pick("+", "-") + " " + placeholders.value(numberValue(pick("1", "2.5", "-1"))));
          break;
        case 2:
          ObjectNode list = Json.object();
          list.putArray("L").add(anyValue(1));
          sets.add(path + " = list_append(" + (random.nextBoolean()
              ? "if_not_exists(" + placeholders.name("l") + ", " + placeholders.value(emptyList()) + "), " + placeholders.value(list)
              : placeholders.value(list) + ", " + placeholders.name("l")) + ")");
          break;
        case 3:
          String sourceAttribute = pick(PLAIN_ATTRIBUTES);
          String source = path(sourceAttribute, placeholders);
          // A value that may hold its own target (SET l[1] = l) makes dynalite recurse until it
          // dies: a constant instead, drawing nothing more from the random sequence.
          boolean nestedInSource = sourceAttribute.equals(attribute)
              && (path.contains("[") || path.contains("."));
          sets.add(path + " = " + (nestedInSource ? placeholders.value(stringValue("a")) : source));
          break;
        default:
          sets.add(path + " = " + placeholders.value(valueLike(table, attribute)));
      }
    }
    if (!sets.isEmpty()) {
      clauses.add("SET " + String.join(", ", sets));
    }
    if (chance(35)) {
      clauses.add("REMOVE " + path(freshAttribute(table, used), placeholders));
    }
    if (chance(30)) {
      String attribute = pick("n", "ss", "ns", "bs", "s", "newset");
      used.add(attribute);
      ObjectNode operand;
      switch (attribute) {
        case "n":
          operand = numberValue(pick(NUMBERS));
          break;
        case "ns":
          operand = valueOfType("NS", 0);
          break;
        case "bs":
          operand = valueOfType("BS", 0);
          break;
        default:
          operand = random.nextInt(6) == 0 ? numberValue("1") : valueOfType("SS", 0);
      }
      clauses.add("ADD " + placeholders.name(attribute) + " " + placeholders.value(operand));
    }
    if (chance(15)) {
      String attribute = pick("ss", "ns", "bs");
      clauses.add("DELETE " + placeholders.name(attribute) + " " + placeholders.value(
          valueOfType(random.nextInt(5) == 0 ? "SS" : attribute.toUpperCase(), 0)));
    }
    if (clauses.isEmpty()) {
      clauses.add("SET " + placeholders.name("s") + " = " + placeholders.value(stringValue(pick(STRINGS))));
    }
    java.util.Collections.shuffle(clauses, random);
    return String.join(" ", clauses);
  }

  private String freshAttribute(TableSpec table, Set<String> used) {
    List<String> candidates = new ArrayList<>(List.of(PLAIN_ATTRIBUTES));
    candidates.add("g");
    candidates.add("gr");
    candidates.add("lr");
    for (int attempt = 0; attempt < 5; attempt++) {
      String attribute = pick(candidates);
      if (used.add(attribute)) {
        return attribute;
      }
    }
    return pick(candidates); // Now and then two actions on one path: an error to agree on.
  }

  private String projection(TableSpec table, Placeholders placeholders) {
    List<String> paths = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    List<String> attributes = new ArrayList<>(List.of(PLAIN_ATTRIBUTES));
    attributes.addAll(table.keyTypes().keySet());
    for (int i = 0; i < count; i++) {
      paths.add(path(pick(attributes), placeholders));
    }
    return String.join(", ", paths);
  }

  private List<String> nonKeyAttributes(TableSpec table, IndexSpec index) {
    List<String> attributes = new ArrayList<>(List.of(PLAIN_ATTRIBUTES));
    for (String attribute : table.keyTypes().keySet()) {
      boolean isKey = attribute.equals(table.hash().name())
          || (table.range() != null && attribute.equals(table.range().name()))
          || (index != null && (attribute.equals(index.hash().name())
              || (index.range() != null && attribute.equals(index.range().name()))));
      if (!isKey) {
        attributes.add(attribute);
      }
    }
    return attributes;
  }

  // ---------------------------------------------------------------------------- items and keys

  private ObjectNode item(TableSpec table) {
    ObjectNode item = key(table);
    for (Map.Entry<String, String> entry : table.keyTypes().entrySet()) {
      if (item.has(entry.getKey())) {
        continue;
      }
      int roll = random.nextInt(100);
      if (roll < 70) {
        item.set(entry.getKey(), keyValue(entry.getValue()));
      }
    }
    for (String attribute : PLAIN_ATTRIBUTES) {
      if (chance(45)) {
        item.set(attribute, valueLike(table, attribute));
      }
    }
    for (String attribute : List.of("g", "gr", "lr")) {
      if (!item.has(attribute) && table.keyTypeOf(attribute) == null && chance(30)) {
        item.set(attribute, anyValue(1));
      }
    }
    return item;
  }

  private ObjectNode key(TableSpec table) {
    ObjectNode key = Json.object();
    key.set(table.hash().name(), keyValue(table.hash().type()));
    if (table.range() != null) {
      key.set(table.range().name(), keyValue(table.range().type()));
    }
    return key;
  }

  private static ObjectNode keyOf(TableSpec table, ObjectNode item) {
    ObjectNode key = Json.object();
    key.set(table.hash().name(), item.get(table.hash().name()));
    if (table.range() != null) {
      key.set(table.range().name(), item.get(table.range().name()));
    }
    return key;
  }

  private ObjectNode keyValue(String type) {
    switch (type) {
      case "S":
        return stringValue(pick(KEY_STRINGS));
      case "N":
        return numberValue(pick(KEY_NUMBERS));
      default:
        byte[] bytes = pick(BINARIES);
        return binaryValue(bytes.length == 0 ? new byte[] {2} : bytes);
    }
  }

  /** A value of the type an attribute usually has, now and then of another. */
  private ObjectNode valueLike(TableSpec table, String attribute) {
    if (chance(10)) {
      return anyValue(1);
    }
    String keyType = table.keyTypeOf(attribute);
    if (keyType != null) {
      return keyValue(keyType);
    }
    switch (attribute) {
      case "s":
      case "status":
        return stringValue(pick(STRINGS));
      case "u":
        return stringValue(pick("\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE01", "\u00e9t\u00e9", "\u4e2d\u6587", "\uFFFF", "\uD800\uDC00"));
      case "n":
        return numberValue(pick(NUMBERS));
      case "b":
        return binaryValue(pick(BINARIES));
      case "t":
        return valueOfType("BOOL", 0);
      case "z":
        return valueOfType("NULL", 0);
      case "ss":
        return valueOfType("SS", 0);
      case "ns":
        return valueOfType("NS", 0);
      case "bs":
        return valueOfType("BS", 0);
      case "m":
        return valueOfType("M", 0);
      case "l":
        return valueOfType("L", 0);
      default:
        return anyValue(1);
    }
  }

  private ObjectNode anyValue(int depth) {
    return valueOfType(pick(TYPES), depth);
  }

  private ObjectNode valueOfType(String type, int depth) {
    ObjectNode value = Json.object();
    switch (type) {
      case "S":
        return stringValue(pick(STRINGS));
      case "N":
        return numberValue(pick(NUMBERS));
      case "B":
        return binaryValue(pick(BINARIES));
      case "BOOL":
        return value.put("BOOL", random.nextBoolean());
      case "NULL":
        return value.put("NULL", true);
      case "SS": {
        ArrayNode members = value.putArray("SS");
        distinct(() -> pick(STRINGS), s -> s).forEach(members::add);
        return value;
      }
      case "NS": {
        ArrayNode members = value.putArray("NS");
        distinct(() -> pick(NUMBERS), n -> new BigDecimal(n).stripTrailingZeros().toString()).forEach(members::add);
        return value;
      }
      case "BS": {
        ArrayNode members = value.putArray("BS");
        distinct(() -> Base64.getEncoder().encodeToString(pick(BINARIES)), b -> b).forEach(members::add);
        return value;
      }
      case "M": {
        ObjectNode members = value.putObject("M");
        if (chance(70)) {
          members.set("x", random.nextBoolean() ? stringValue(pick(STRINGS)) : numberValue(pick(NUMBERS)));
        }
        if (depth < 2 && chance(50)) {
          ObjectNode inner = Json.object();
          inner.putObject("M").set("z", numberValue(pick(NUMBERS)));
          members.set("y", inner);
        }
        if (depth < 2 && chance(30)) {
          members.set("l", valueOfType("L", depth + 1));
        }
        return value;
      }
      default: {
        ArrayNode members = value.putArray("L");
        int count = random.nextInt(depth < 2 ? 4 : 2);
        for (int i = 0; i < count; i++) {
          members.add(depth < 2 ? anyValue(depth + 1) : stringValue(pick(STRINGS)));
        }
        return value;
      }
    }
  }

  private List<String> distinct(Supplier<String> member, java.util.function.Function<String, String> identity) {
    Map<String, String> members = new LinkedHashMap<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      String candidate = member.get();
      members.putIfAbsent(identity.apply(candidate), candidate);
    }
    return new ArrayList<>(members.values());
  }

  private static ObjectNode emptyList() {
    ObjectNode value = Json.object();
    value.putArray("L");
    return value;
  }

  static ObjectNode stringValue(String text) {
    return Json.object().put("S", text);
  }

  static ObjectNode numberValue(String text) {
    return Json.object().put("N", text);
  }

  static ObjectNode binaryValue(byte[] bytes) {
    return Json.object().put("B", Base64.getEncoder().encodeToString(bytes));
  }

  // ---------------------------------------------------------------------------------- choosing

  private TableSpec table() {
    return pick(TableSpec.ALL);
  }

  private static TableSpec tableNamed(String name) {
    return TableSpec.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElse(TableSpec.ALL.get(0));
  }

  private List<TableSpec> distinctTables(int count) {
    List<TableSpec> tables = new ArrayList<>(TableSpec.ALL);
    java.util.Collections.shuffle(tables, random);
    return tables.subList(0, count);
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static String[] otherThan(String excluded, String... types) {
    return java.util.Arrays.stream(types).filter(t -> !t.equals(excluded)).toArray(String[]::new);
  }

  /** Placeholders that add to those a request already has. */
  private Placeholders continuing(ObjectNode request) {
    ObjectNode names = request.has("ExpressionAttributeNames")
        ? (ObjectNode) request.get("ExpressionAttributeNames") : Json.object();
    ObjectNode values = request.has("ExpressionAttributeValues")
        ? (ObjectNode) request.get("ExpressionAttributeValues") : Json.object();
    return new Placeholders(names, values);
  }

  /**
   * The placeholders of one request's expressions: each attribute name is written literally or
   * through {@code #n}, each value always through {@code :v}. Reserved words are always escaped,
   * except by the generator of reserved-word errors.
   */
  private final class Placeholders {
    private final ObjectNode names;
    private final ObjectNode values;
    private final Map<String, String> nameOf = new LinkedHashMap<>();

    Placeholders() {
      this(Json.object(), Json.object());
    }

    private Placeholders(ObjectNode names, ObjectNode values) {
      this.names = names;
      this.values = values;
    }


    String name(String attribute) {
      if (!RESERVED.contains(attribute) && random.nextInt(100) < 50) {
        return attribute;
      }
      return nameOf.computeIfAbsent(attribute, a -> {
        String placeholder = "#n" + names.size();
        names.put(placeholder, a);
        return placeholder;
      });
    }

    String value(JsonNode value) {
      String placeholder = ":v" + values.size();
      values.set(placeholder, value);
      return placeholder;
    }

    /** Forgets the values {@code expression} does not use (its variants use some of them). */
    void keepOnlyUsedIn(String expression) {
      List<String> unused = new ArrayList<>();
      values.fieldNames().forEachRemaining(placeholder -> {
        if (!expression.matches(".*" + placeholder + "(?![0-9]).*")) {
          unused.add(placeholder);
        }
      });
      values.remove(unused);
    }

    void attach(ObjectNode request) {
      if (!names.isEmpty()) {
        request.set("ExpressionAttributeNames", names);
      }
      if (!values.isEmpty()) {
        request.set("ExpressionAttributeValues", values);
      }
    }
  }
}
