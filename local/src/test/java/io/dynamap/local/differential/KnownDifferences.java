package io.dynamap.local.differential;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The accepted divergences between Dynamap Local and dynalite: each one a bullet of section
 * "Differential test" of {@code local/KNOWN-DIFFERENCES.md}, which says why (dynalite departs from
 * AWS's documentation, which Dynamap Local follows), and a small rule here that recognises it. A
 * divergence no rule explains fails the test.
 */
final class KnownDifferences {
  private KnownDifferences() {}

  /**
   * One accepted divergence.
   *
   * @param bullet the bullet's key in KNOWN-DIFFERENCES.md, such as {@code [D1]}
   * @param summary what differs, in a few words
   * @param explains whether a divergence is this one
   */
  record Rule(String bullet, String summary, Predicate<Divergence> explains) {
    @Override
    public String toString() {
      return bullet + " " + summary;
    }
  }

  private static final Set<String> WRITES =
      Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem");
  private static final Pattern ORDERING = Pattern.compile("<(?!>)|>|\\bBETWEEN\\b");
  /** Errors of applying an update, which dynalite reaches where it misses an overflow first. */
  private static final Pattern UPDATE_ERRORS = Pattern.compile(
      "^(The provided expression refers to an attribute that does not exist in the item"
          + "|An operand in the update expression has an incorrect data type"
          + "|The document path provided in the update expression is invalid for update"
          + "|One or more parameter values were invalid: Type mismatch for Index Key"
          + "|The update expression attempted to update the secondary index key to unsupported type"
          + "|Item size to update has exceeded the maximum allowed size)");
  private static final Pattern EQUALITY = Pattern.compile("(?<![<>])=|<>|\\bIN\\b");

  static final Rule SET_READS_WHAT_ADD_CHANGES =
      new Rule("[D24]", "SET of an attribute that ADD or DELETE changes", KnownDifferences::setSharesAddedSet);

  static final List<Rule> RULES =
      List.of(
          new Rule("[D1]", "ReturnValuesOnConditionCheckFailure ignored by dynalite",
              KnownDifferences::itemOnConditionCheckFailure),
          new Rule("[D2]", "syntax error messages", KnownDifferences::syntaxErrorMessage),
          new Rule("[D3]", "arithmetic beyond DynamoDB's numbers", KnownDifferences::numberOverflow),
          new Rule("[D4]", "write capacity of secondary indexes", KnownDifferences::indexWriteCapacity),
          new Rule("[D5]", "attributes a global index does not project", KnownDifferences::unprojected),
          new Rule("[D6]", "empty string or binary as an index key", KnownDifferences::emptyIndexKey),
          new Rule("[D7]", "size() of a non-ASCII string", d -> outcomeOnly(d) && uses(d, "size(")),
          new Rule("[D8]", "contains() on a list", d -> outcomeOnly(d) && uses(d, "contains(")),
          new Rule("[D9]", "ordering of sets, booleans, nulls, maps and lists", KnownDifferences::orderingSets),
          new Rule("[D10]", "equality of maps and lists", KnownDifferences::documentEquality),
          new Rule("[D11]", "a list index on a map", d -> outcomeOnly(d) && uses(d, "[")),
          new Rule("[D12]", "ProjectionExpression with another Select", KnownDifferences::projectionWithSelect),
          new Rule("[D13]", "Segment 0 without TotalSegments", KnownDifferences::segmentZeroAlone),
          new Rule("[D14]", "string order above U+FFFF", KnownDifferences::supplementaryStringOrder),
          new Rule("[D15]", "local index reads of unprojected attributes", KnownDifferences::localIndexFilter),
          new Rule("[D16]", "maps and lists in BETWEEN messages", KnownDifferences::documentsInBetweenMessage),
          new Rule("[D17]", "TotalSegments above 1000000", KnownDifferences::tooManySegments),
          new Rule("[D18]", "empty UPDATED_OLD/UPDATED_NEW omitted", KnownDifferences::emptyUpdatedAttributes),
          new Rule("[D19]", "minimum read capacity of a page that reads nothing", KnownDifferences::emptyReadCapacity),
          new Rule("[D20]", "legacy ConditionalOperator OR", KnownDifferences::legacyOr),
          new Rule("[D21]", "DeleteItem ReturnValues other than NONE and ALL_OLD", KnownDifferences::deleteReturnValues),
          new Rule("[D22]", "IN and BETWEEN on false or an empty string or binary", KnownDifferences::inOnFalsyValue),
          new Rule("[D23]", "item size of non-ASCII strings", KnownDifferences::utf8ItemSize),
          SET_READS_WHAT_ADD_CHANGES,
          new Rule("[D25]", "Scan's ConsistentRead on a global index", KnownDifferences::consistentScanOfGlobalIndex),
          new Rule("[D26]", "attribute_type of an empty string or binary", KnownDifferences::typeOfEmptyValue));

  /** The rule that explains {@code divergence}, or null if none does. */
  static Rule explaining(Divergence divergence) {
    for (Rule rule : RULES) {
      if (rule.explains().test(divergence)) {
        return rule;
      }
    }
    return null;
  }

  private static boolean itemOnConditionCheckFailure(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    Answer subject = exchange.subject();
    Answer oracle = exchange.oracle();
    return "ALL_OLD".equals(exchange.request().path("ReturnValuesOnConditionCheckFailure").asText())
        && subject.errorName().equals("ConditionalCheckFailedException")
        && oracle.errorName().equals("ConditionalCheckFailedException")
        && Objects.equals(subject.message(), oracle.message())
        && subject.body().has("Item")
        && !oracle.body().has("Item");
  }

  /** Both refuse the same expression for its syntax, each in its own words. */
  private static boolean syntaxErrorMessage(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    String subject = String.valueOf(exchange.subject().message());
    String oracle = String.valueOf(exchange.oracle().message());
    int subjectAt = subject.indexOf("Syntax error;");
    int oracleAt = oracle.indexOf("Syntax error;");
    return exchange.subject().errorName().equals("ValidationException")
        && exchange.oracle().errorName().equals("ValidationException")
        && subjectAt > 0
        && subjectAt == oracleAt
        && subject.substring(0, subjectAt).equals(oracle.substring(0, oracleAt));
  }

  /** An update's result beyond DynamoDB's range or precision: refused here, stored by dynalite. */
  private static boolean numberOverflow(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    String message = String.valueOf(exchange.subject().message());
    return exchange.target().equals("UpdateItem")
        && exchange.subject().errorName().equals("ValidationException")
        && (message.startsWith("Number overflow.")
            || message.equals("Attempting to store more than 38 significant digits in a Number"))
        && (!exchange.oracle().isError() || UPDATE_ERRORS.matcher(String.valueOf(exchange.oracle().message())).find());
  }

  /** Only the consumed capacity differs, by the writes of a table's secondary indexes. */
  private static boolean indexWriteCapacity(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    if (!WRITES.contains(exchange.target())
        || !divergence.differences().stream().allMatch(d -> d.equals("ConsumedCapacity differs"))) {
      return false;
    }
    JsonNode subject = exchange.subject().body().path("ConsumedCapacity");
    JsonNode oracle = exchange.oracle().body().path("ConsumedCapacity");
    if (subject.isArray() && oracle.isArray() && subject.size() == oracle.size()) {
      for (int i = 0; i < subject.size(); i++) {
        if (!indexesExplain(subject.get(i), oracle.get(i))) {
          return false;
        }
      }
      return true;
    }
    return indexesExplain(subject, oracle);
  }

  /** Both ConsumedCapacity nodes agree but for the writes of a table's secondary indexes. */
  private static boolean indexCapacityExplains(Exchange exchange) {
    JsonNode subject = exchange.subject().body().path("ConsumedCapacity");
    JsonNode oracle = exchange.oracle().body().path("ConsumedCapacity");
    return subject.equals(oracle) || indexesExplain(subject, oracle);
  }

  private static boolean indexesExplain(JsonNode subject, JsonNode oracle) {
    TableSpec table = TableSpec.ALL.stream()
        .filter(t -> t.name().equals(subject.path("TableName").asText())).findFirst().orElse(null);
    if (table == null) {
      return false;
    }
    double subjectTotal = subject.path("CapacityUnits").asDouble();
    double oracleTotal = oracle.path("CapacityUnits").asDouble();
    if (subjectTotal == oracleTotal && Normalized.capacity(subject).equals(Normalized.capacity(oracle))) {
      return true;
    }
    boolean tableEqual = !subject.has("Table")
        || subject.path("Table").path("CapacityUnits").asDouble()
            == oracle.path("Table").path("CapacityUnits").asDouble();
    return !table.indexes().isEmpty() && tableEqual && subjectTotal > oracleTotal;
  }

  /**
   * UPDATED_OLD or UPDATED_NEW found none of the updated attributes: Dynamap Local leaves
   * {@code Attributes} out, dynalite sends it empty; the capacity may differ as in [D4] besides.
   */
  private static boolean emptyUpdatedAttributes(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    String returnValues = exchange.request().path("ReturnValues").asText();
    JsonNode oracleAttributes = exchange.oracle().body().path("Attributes");
    return exchange.target().equals("UpdateItem")
        && (returnValues.equals("UPDATED_OLD") || returnValues.equals("UPDATED_NEW"))
        && !exchange.subject().isError()
        && !exchange.subject().body().has("Attributes")
        && oracleAttributes.isObject() && oracleAttributes.isEmpty()
        && divergence.differences().contains("Attributes differs")
        && divergence.differences().stream().allMatch(
            d -> d.equals("Attributes differs") || d.equals("ConsumedCapacity differs"))
        && indexCapacityExplains(exchange);
  }

  /**
   * A query's or scan's page that read nothing: Dynamap Local charges the minimum read (0.5, or
   * 1 strongly consistent), dynalite nothing.
   */
  private static boolean emptyReadCapacity(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    if (!(exchange.target().equals("Query") || exchange.target().equals("Scan"))
        || !divergence.differences().stream().allMatch(
            d -> d.matches("(page \\d+: )?ConsumedCapacity differs"))) {
      return false;
    }
    JsonNode subject = exchange.subject().body();
    JsonNode oracle = exchange.oracle().body();
    double minimum = exchange.request().path("ConsistentRead").asBoolean() ? 1.0 : 0.5;
    JsonNode subjectCapacity = subject.path("ConsumedCapacity");
    JsonNode oracleCapacity = oracle.path("ConsumedCapacity");
    return subject.path("ScannedCount").asInt(-1) == 0
        && oracle.path("ScannedCount").asInt(-1) == 0
        && subjectCapacity.path("CapacityUnits").asDouble() == minimum
        && oracleCapacity.path("CapacityUnits").isNumber()
        && oracleCapacity.path("CapacityUnits").asDouble() == 0
        && subjectCapacity.path("TableName").equals(oracleCapacity.path("TableName"));
  }

  /**
   * Legacy conditions joined by {@code ConditionalOperator: OR}: dynalite stops at the first
   * condition that fails, so the others are never tried.
   */
  private static boolean legacyOr(Divergence divergence) {
    JsonNode request = divergence.exchange().request();
    if (!"OR".equals(request.path("ConditionalOperator").asText())) {
      return false;
    }
    int conditions = 0;
    for (String parameter : new String[] {"ScanFilter", "QueryFilter", "Expected"}) {
      conditions = Math.max(conditions, request.path(parameter).size());
    }
    return conditions > 1 && outcomeOnly(divergence);
  }

  /**
   * DeleteItem with ReturnValues ALL_NEW, UPDATED_OLD or UPDATED_NEW: refused by Dynamap Local
   * before anything is read, run by dynalite.
   */
  private static boolean deleteReturnValues(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    return exchange.target().equals("DeleteItem")
        && Set.of("ALL_NEW", "UPDATED_OLD", "UPDATED_NEW")
            .contains(exchange.request().path("ReturnValues").asText())
        && "ReturnValues can only be ALL_OLD or NONE".equals(exchange.subject().message());
  }

  /**
   * {@code IN} or {@code BETWEEN} where the attribute is {@code false}, {@code ""} or empty
   * binary: dynalite takes such a value for a missing one, so the comparison is false there.
   */
  private static boolean inOnFalsyValue(Divergence divergence) {
    JsonNode request = divergence.exchange().request();
    if (!outcomeOnly(divergence)) {
      return false;
    }
    List<JsonNode> values = new java.util.ArrayList<>();
    request.path("ExpressionAttributeValues").forEach(values::add);
    boolean comparison = Pattern.compile("\\b(IN|BETWEEN)\\b").matcher(expressions(request)).find();
    for (String parameter : new String[] {"Expected", "QueryFilter", "ScanFilter"}) {
      for (JsonNode condition : request.path(parameter)) {
        String operator = condition.path("ComparisonOperator").asText();
        if (operator.equals("IN") || operator.equals("BETWEEN")) {
          comparison = true;
          condition.path("AttributeValueList").forEach(values::add);
        }
      }
    }
    return comparison && values.stream().anyMatch(value ->
        value.path("BOOL").isBoolean() && !value.path("BOOL").asBoolean()
            || "".equals(value.path("S").asText(null)) || "".equals(value.path("B").asText(null)));
  }

  /**
   * An item Dynamap Local finds over 400 KB by its UTF-8 bytes, which dynalite accepts as it
   * counts UTF-16 code units.
   */
  private static boolean utf8ItemSize(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    String message = String.valueOf(exchange.subject().message());
    return (message.equals("Item size has exceeded the maximum allowed size")
            || message.equals("Item size to update has exceeded the maximum allowed size"))
        && !exchange.oracle().isError()
        && Json.compact(exchange.request()).chars().anyMatch(c -> c > 0x7F);
  }

  /**
   * An update that SETs one attribute to another ({@code SET m = ss}) while ADD or DELETE changes
   * that other one: dynalite's SET shares the changed set, so both end up changed.
   */
  private static boolean setSharesAddedSet(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    return exchange.target().equals("UpdateItem")
        && !exchange.subject().isError()
        && !exchange.oracle().isError()
        && divergence.differences().stream().allMatch(
            d -> d.equals("Attributes differs") || d.equals("ConsumedCapacity differs"))
        && indexCapacityExplains(exchange)
        && setReadsWhatAddChanges(exchange.request());
  }

  /**
   * Whether an {@code UpdateItem}'s {@code SET} value reads an attribute that an {@code ADD} or
   * {@code DELETE} of the same update changes ([D24]): the two servers then store different
   * items even when their answers agree (with {@code ReturnValues} NONE or ALL_OLD).
   */
  static boolean setReadsWhatAddChanges(JsonNode request) {
    String update = request.path("UpdateExpression").asText("");
    JsonNode names = request.path("ExpressionAttributeNames");
    java.util.regex.Matcher placeholder = Pattern.compile("#\\w+").matcher(update);
    StringBuilder resolved = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(resolved, java.util.regex.Matcher.quoteReplacement(
          names.path(placeholder.group()).asText(placeholder.group())));
    }
    placeholder.appendTail(resolved);
    List<String> changed = new java.util.ArrayList<>();
    StringBuilder setValues = new StringBuilder();
    java.util.regex.Matcher clause = Pattern.compile(
        "(?i)\\b(SET|ADD|DELETE|REMOVE)\\b(.*?)(?=\\b(?:SET|ADD|DELETE|REMOVE)\\b|$)")
        .matcher(resolved);
    while (clause.find()) {
      String keyword = clause.group(1).toUpperCase(java.util.Locale.ROOT);
      for (String action : clause.group(2).split(",")) {
        if (keyword.equals("ADD") || keyword.equals("DELETE")) {
          changed.add(action.trim().split("\\s+")[0]);
        } else if (keyword.equals("SET") && action.contains("=")) {
          setValues.append(' ').append(action.substring(action.indexOf('=') + 1));
        }
      }
    }
    return changed.stream().anyMatch(name -> Pattern.compile(
        "(?<![.\\w])" + Pattern.quote(name) + "(?![\\w.\\[])").matcher(setValues).find());
  }

  /**
   * An outcome difference of a condition or filter that asks {@code attribute_type(path, :t)}
   * for {@code S} or {@code B}: dynalite answers false for an empty string or binary.
   */
  private static boolean typeOfEmptyValue(Divergence divergence) {
    if (!outcomeOnly(divergence) || !uses(divergence, "attribute_type(")) {
      return false;
    }
    for (JsonNode value : divergence.exchange().request().path("ExpressionAttributeValues")) {
      String type = value.path("S").asText("");
      if (type.equals("S") || type.equals("B")) {
        return true;
      }
    }
    return false;
  }

  /** dynalite drops Scan's ConsistentRead, so it scans a global index consistently. */
  private static boolean consistentScanOfGlobalIndex(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    return exchange.target().equals("Scan")
        && exchange.request().has("ConsistentRead")
        && "Consistent reads are not supported on global secondary indexes"
            .equals(exchange.subject().message())
        && !exchange.oracle().isError();
  }

  private static boolean unprojected(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    return exchange.subject().errorName().equals("ValidationException")
        && String.valueOf(exchange.subject().message())
            .matches("One or more parameter values were invalid: Global secondary index \\S+ does not project \\[.*\\]")
        && !exchange.oracle().isError();
  }

  private static boolean emptyIndexKey(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    return exchange.subject().errorName().equals("ValidationException")
        && String.valueOf(exchange.subject().message()).startsWith(
            "One or more parameter values are not valid. A value specified for a secondary index key is not supported.")
        && !exchange.oracle().isError();
  }

  private static boolean tooManySegments(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    return exchange.request().path("TotalSegments").asLong() > 1_000_000
        && String.valueOf(exchange.subject().message()).contains("at 'totalSegments' failed to satisfy constraint")
        && !exchange.oracle().isError();
  }

  /** The same BETWEEN refusal, dynalite writing a map or list operand as JavaScript does. */
  private static boolean documentsInBetweenMessage(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    String subject = String.valueOf(exchange.subject().message());
    String oracle = String.valueOf(exchange.oracle().message());
    String prefix = "The BETWEEN operator requires same data type for lower and upper bounds;";
    int subjectAt = subject.indexOf(prefix);
    return subjectAt >= 0
        && subjectAt == oracle.indexOf(prefix)
        && subject.substring(0, subjectAt).equals(oracle.substring(0, subjectAt))
        && (oracle.contains("[object Object]") || oracle.contains("{L:}") || oracle.contains("{M:}"));
  }

  private static boolean projectionWithSelect(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    return exchange.subject().errorName().equals("ValidationException")
        && String.valueOf(exchange.subject().message()).matches(
            "Cannot specify the ProjectionExpression when choosing to get (ALL_ATTRIBUTES|ALL_PROJECTED_ATTRIBUTES|only the Count)")
        && !exchange.oracle().isError();
  }

  private static boolean segmentZeroAlone(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    JsonNode request = exchange.request();
    return request.path("Segment").asInt(-1) == 0
        && !request.has("TotalSegments")
        && String.valueOf(exchange.subject().message()).equals(
            "The TotalSegments parameter is required but was not present in the request when Segment parameter is present")
        && !exchange.oracle().isError();
  }

  /** An ordering whose strings may hold characters above U+FFFF or in U+E000-U+FFFF. */
  private static boolean supplementaryStringOrder(Divergence divergence) {
    String expressions = expressions(divergence.exchange().request());
    if (betweenBoundsOrder(divergence.exchange().subject()) || betweenBoundsOrder(divergence.exchange().oracle())) {
      String values = Json.compact(divergence.exchange().request().path("ExpressionAttributeValues"));
      return values.chars().anyMatch(c -> c >= 0xD800);
    }
    return outcomeOnly(divergence)
        && ORDERING.matcher(expressions).find()
        && (comparesPaths(expressions)
            || Json.compact(divergence.exchange().request().path("ExpressionAttributeValues"))
                .chars().anyMatch(c -> c >= 0xD800));
  }

  /** A legacy condition (Expected, QueryFilter, ScanFilter) ordering a value of those types. */
  private static boolean legacyOrderingOf(JsonNode request, String... types) {
    Set<String> ordering = Set.of("LT", "LE", "GT", "GE", "BETWEEN");
    for (String parameter : new String[] {"Expected", "QueryFilter", "ScanFilter"}) {
      for (JsonNode condition : request.path(parameter)) {
        if (!ordering.contains(condition.path("ComparisonOperator").asText())) {
          continue;
        }
        for (JsonNode value : condition.path("AttributeValueList")) {
          for (String type : types) {
            if (value.has(type)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean betweenBoundsOrder(Answer answer) {
    return String.valueOf(answer.message()).contains(
        "The BETWEEN operator requires upper bound to be greater than or equal to lower bound");
  }

  /**
   * A filter or projection on a local index that projects less than all: dynalite does not read
   * the table.
   */
  private static boolean localIndexFilter(Divergence divergence) {
    JsonNode request = divergence.exchange().request();
    String indexName = request.path("IndexName").asText("");
    TableSpec table = TableSpec.ALL.stream()
        .filter(t -> t.name().equals(request.path("TableName").asText())).findFirst().orElse(null);
    boolean partialLocalIndex = table != null && table.indexes().stream().anyMatch(
        index -> index.name().equals(indexName) && !index.global() && !index.projectionType().equals("ALL"));
    boolean readsAttributes = request.has("FilterExpression") || request.has("QueryFilter")
        || request.has("ScanFilter") || request.has("ProjectionExpression")
        || request.has("AttributesToGet") || request.path("Select").asText().equals("ALL_ATTRIBUTES");
    return partialLocalIndex && readsAttributes && outcomeOnly(divergence);
  }

  /** Comparisons that order a set, or a path against a path whose types the generator varies. */
  private static boolean orderingSets(Divergence divergence) {
    if (!outcomeOnly(divergence) && !betweenBoundsOfSets(divergence)) {
      return false;
    }
    if (legacyOrderingOf(divergence.exchange().request(), "SS", "NS", "BS", "BOOL", "NULL", "M", "L")) {
      return true;
    }
    String expressions = expressions(divergence.exchange().request());
    return ORDERING.matcher(expressions).find()
        && (valuesOfType(divergence, "SS", "NS", "BS", "BOOL", "NULL", "M", "L")
            || comparesPaths(expressions));
  }

  /** dynalite refuses BETWEEN bounds it orders, though only strings, numbers, binaries have order. */
  private static boolean betweenBoundsOfSets(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    if (String.valueOf(exchange.oracle().message()).equals("The BETWEEN condition was provided a"
        + " range where the lower bound is greater than the upper bound")) {
      // The same for a legacy condition's bounds.
      return legacyOrderingOf(exchange.request(), "SS", "NS", "BS", "BOOL", "NULL", "M", "L")
          && !String.valueOf(exchange.subject().message()).equals(exchange.oracle().message());
    }
    // Dynamap Local may refuse other bounds of the same expression, which it reaches instead.
    return betweenBoundsOrder(exchange.oracle())
        && !String.valueOf(exchange.subject().message()).equals(exchange.oracle().message())
        && String.valueOf(exchange.oracle().message())
            .matches(".*lower bound operand: AttributeValue: \\{(SS|NS|BS|BOOL|NULL|M|L):.*");
  }

  private static boolean documentEquality(Divergence divergence) {
    String expressions = expressions(divergence.exchange().request());
    return outcomeOnly(divergence)
        && EQUALITY.matcher(expressions).find()
        && (valuesOfType(divergence, "M", "L") || comparesPaths(expressions));
  }

  /**
   * The two answers differ only in a condition's or filter's outcome: one server's condition
   * failed where the other's held, or a query or scan kept other items from the same ones read.
   */
  static boolean outcomeOnly(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    Answer subject = exchange.subject();
    Answer oracle = exchange.oracle();
    if (subject == null || oracle == null) {
      return false;
    }
    boolean subjectFailed = subject.errorName().equals("ConditionalCheckFailedException");
    boolean oracleFailed = oracle.errorName().equals("ConditionalCheckFailedException");
    if (subjectFailed != oracleFailed) {
      // Where the condition held, the update may then have failed as it ran.
      return (subjectFailed || !subject.isError() || updateRunError(exchange, subject))
          && (oracleFailed || !oracle.isError() || updateRunError(exchange, oracle));
    }
    return exchange.target().equals("Query") || exchange.target().equals("Scan")
        ? divergence.differences().stream().allMatch(d -> d.matches(
            "(page \\d+: )?(Items differs|Count differs|LastEvaluatedKey differs|total Count .*|items \\(as multisets\\).*|order of .*)"))
        : false;
  }

  /** An UpdateItem's error from applying its update to the item, after its condition held. */
  private static boolean updateRunError(Exchange exchange, Answer answer) {
    return exchange.target().equals("UpdateItem")
        && answer.errorName().equals("ValidationException")
        && UPDATE_ERRORS.matcher(String.valueOf(answer.message())).find();
  }

  private static boolean uses(Divergence divergence, String text) {
    return expressions(divergence.exchange().request()).contains(text);
  }

  private static String expressions(JsonNode request) {
    return request.path("ConditionExpression").asText("") + " "
        + request.path("FilterExpression").asText("");
  }

  /** A comparison between two document paths, such as {@code a < b}: no placeholder value. */
  private static boolean comparesPaths(String expressions) {
    return Pattern.compile("[#\\w\\]]\\s*(<>|<=|>=|<|>|=)\\s*[#a-zA-Z]").matcher(expressions).find();
  }

  private static boolean valuesOfType(Divergence divergence, String... types) {
    JsonNode values = divergence.exchange().request().path("ExpressionAttributeValues");
    for (JsonNode value : values) {
      for (String type : types) {
        if (value.has(type)) {
          return true;
        }
      }
    }
    return false;
  }
}
