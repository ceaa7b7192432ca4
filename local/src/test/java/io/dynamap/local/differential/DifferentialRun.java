package io.dynamap.local.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a seeded sequence of steps to the subject (Dynamap Local) and the oracle (dynalite),
 * compares each pair of answers, and sorts divergences into known differences and failures. Every
 * exchange goes to a log, one JSON line each, from which a run can be read back and replayed.
 */
final class DifferentialRun {
  /** A scan or query followed further than this is a runaway pagination, itself a divergence. */
  private static final int MAX_PAGES = 500;

  private final long seed;
  private final JsonEndpoint subject;
  private final JsonEndpoint oracle;
  private final BufferedWriter log;

  private int compared;
  private int stepIndex;
  private final List<Divergence> failures = new ArrayList<>();
  private final Map<KnownDifferences.Rule, Integer> known = new HashMap<>();
  private int knownCount;

  DifferentialRun(long seed, JsonEndpoint subject, JsonEndpoint oracle, BufferedWriter log) {
    this.seed = seed;
    this.subject = subject;
    this.oracle = oracle;
    this.log = log;
  }

  int compared() {
    return compared;
  }

  List<Divergence> failures() {
    return failures;
  }

  int knownCount() {
    return knownCount;
  }

  Map<KnownDifferences.Rule, Integer> known() {
    return known;
  }

  /** Runs one step: sends it to both servers, follows its pages, compares, records. */
  void run(Step step) {
    int index = stepIndex++;
    List<Exchange> exchanges = new ArrayList<>();
    List<String> differences;
    switch (step.paging()) {
      case SINGLE:
        differences = single(step, exchanges);
        break;
      case ORDERED_PAGES:
        differences = orderedPages(step, exchanges);
        break;
      default:
        differences = unorderedPages(step, exchanges);
    }
    for (Exchange exchange : exchanges) {
      writeLog(index, step, exchange);
    }
    if (differences.isEmpty()) {
      if (step.target().equals("UpdateItem")
          && exchanges.stream().noneMatch(e -> e.subject().isError() || e.oracle().isError())
          && KnownDifferences.setReadsWhatAddChanges(step.request())) {
        // The answers agree, but the stored items do not ([D24]): count it and start over.
        known.merge(KnownDifferences.SET_READS_WHAT_ADD_CHANGES, 1, Integer::sum);
        knownCount++;
        resynchronize(index, step);
      }
      return;
    }
    Divergence divergence = new Divergence(seed, index, step, differences, exchanges);
    KnownDifferences.Rule rule = KnownDifferences.explaining(divergence);
    if (rule != null) {
      known.merge(rule, 1, Integer::sum);
      knownCount++;
    } else {
      failures.add(divergence);
    }
    resynchronize(index, step);
  }

  /**
   * After a write whose answers differ, the two servers may hold different items under its keys:
   * those keys are deleted on both, so that one divergence is reported once, not again by every
   * later request that reads those items.
   */
  private void resynchronize(int index, Step step) {
    List<ObjectNode> deletes = new ArrayList<>();
    JsonNode request = step.request();
    switch (step.target()) {
      case "PutItem":
        deletes.add(deleteOf(request.path("TableName").asText(), request.path("Item")));
        break;
      case "UpdateItem":
      case "DeleteItem":
        deletes.add(deleteOf(request.path("TableName").asText(), request.path("Key")));
        break;
      case "BatchWriteItem":
        request.path("RequestItems").fields().forEachRemaining(entry -> {
          for (JsonNode write : entry.getValue()) {
            JsonNode item = write.path("PutRequest").path("Item");
            deletes.add(deleteOf(entry.getKey(),
                item.isMissingNode() ? write.path("DeleteRequest").path("Key") : item));
          }
        });
        break;
      default:
        return;
    }
    for (ObjectNode delete : deletes) {
      if (delete == null) {
        continue;
      }
      String body = Json.compact(delete);
      CompletableFuture<Answer> subjectAnswer = subject.send("DeleteItem", body);
      CompletableFuture<Answer> oracleAnswer = oracle.send("DeleteItem", body);
      Exchange resync = new Exchange("DeleteItem", delete, subjectAnswer.join(), delete, oracleAnswer.join());
      writeLog(index, new Step("resynchronize after a divergence", "DeleteItem", delete,
          Step.Paging.SINGLE, null, 0), resync);
    }
  }

  private static ObjectNode deleteOf(String tableName, JsonNode itemOrKey) {
    TableSpec table = TableSpec.ALL.stream().filter(t -> t.name().equals(tableName)).findFirst().orElse(null);
    if (table == null || !itemOrKey.isObject() || !itemOrKey.has(table.hash().name())
        || (table.range() != null && !itemOrKey.has(table.range().name()))) {
      return null;
    }
    ObjectNode request = Json.object().put("TableName", tableName);
    ObjectNode key = request.putObject("Key");
    key.set(table.hash().name(), itemOrKey.path(table.hash().name()));
    if (table.range() != null) {
      key.set(table.range().name(), itemOrKey.path(table.range().name()));
    }
    return request;
  }

  private List<String> single(Step step, List<Exchange> exchanges) {
    Exchange exchange = exchange(step.target(), step.request(), step.request());
    exchanges.add(exchange);
    return AnswerComparison.differences(step.target(), exchange.subject(), exchange.oracle());
  }

  /** A table's query: pages are the same on both servers, so each compares exactly. */
  private List<String> orderedPages(Step step, List<Exchange> exchanges) {
    ObjectNode request = step.request().deepCopy();
    for (int page = 0; page < MAX_PAGES; page++) {
      Exchange exchange = exchange(step.target(), request, request);
      exchanges.add(exchange);
      List<String> differences =
          AnswerComparison.differences(step.target(), exchange.subject(), exchange.oracle());
      if (!differences.isEmpty()) {
        List<String> located = new ArrayList<>();
        differences.forEach(d -> located.add("page " + exchanges.size() + ": " + d));
        return located;
      }
      JsonNode next = exchange.oracle().body().path("LastEvaluatedKey");
      if (exchange.oracle().isError() || next.isMissingNode()) {
        return List.of();
      }
      request = request.deepCopy();
      request.set("ExclusiveStartKey", next);
    }
    return List.of("more than " + MAX_PAGES + " pages");
  }

  /**
   * Scans and index queries: each server is followed to its end on its own; the items of all
   * pages compare as multisets.
   */
  private List<String> unorderedPages(Step step, List<Exchange> exchanges) {
    int segments = step.paging() == Step.Paging.SEGMENTS ? step.totalSegments() : 1;
    Pages subjectPages = new Pages();
    Pages oraclePages = new Pages();
    List<String> differences = new ArrayList<>();
    for (int segment = 0; segment < segments; segment++) {
      ObjectNode subjectRequest = step.request().deepCopy();
      if (step.paging() == Step.Paging.SEGMENTS) {
        subjectRequest.put("Segment", segment);
      }
      ObjectNode oracleRequest = subjectRequest.deepCopy();
      boolean subjectDone = false;
      boolean oracleDone = false;
      for (int page = 0; page < MAX_PAGES && !(subjectDone && oracleDone); page++) {
        Exchange exchange = exchange(step.target(),
            subjectDone ? null : subjectRequest, oracleDone ? null : oracleRequest);
        exchanges.add(exchange);
        if (exchange.subject() != null && exchange.oracle() != null
            && (exchange.subject().isError() || exchange.oracle().isError())) {
          return AnswerComparison.differences(step.target(), exchange.subject(), exchange.oracle());
        }
        if (!subjectDone) {
          subjectRequest = subjectPages.add(exchange.subject(), subjectRequest);
          subjectDone = subjectRequest == null;
        }
        if (!oracleDone) {
          oracleRequest = oraclePages.add(exchange.oracle(), oracleRequest);
          oracleDone = oracleRequest == null;
        }
      }
      if (!(subjectDone && oracleDone)) {
        differences.add("more than " + MAX_PAGES + " pages");
      }
    }
    if (subjectPages.error != null || oraclePages.error != null) {
      differences.add("a later page failed: " + subjectPages.error + " vs " + oraclePages.error);
    }
    if (subjectPages.count != oraclePages.count) {
      differences.add("total Count " + subjectPages.count + " vs " + oraclePages.count);
    }
    if (step.paging() == Step.Paging.SEGMENTS) {
      if (subjectPages.scannedCount != oraclePages.scannedCount) {
        differences.add("total ScannedCount " + subjectPages.scannedCount + " vs " + oraclePages.scannedCount);
      }
    } else {
      if (!subjectPages.scannedCounts.equals(oraclePages.scannedCounts)) {
        differences.add("ScannedCount of the pages " + subjectPages.scannedCounts + " vs " + oraclePages.scannedCounts);
      }
    }
    List<String> subjectItems = subjectPages.sortedItems();
    List<String> oracleItems = oraclePages.sortedItems();
    if (!subjectItems.equals(oracleItems)) {
      List<String> onlySubject = new ArrayList<>(subjectItems);
      oracleItems.forEach(onlySubject::remove);
      List<String> onlyOracle = new ArrayList<>(oracleItems);
      subjectItems.forEach(onlyOracle::remove);
      differences.add("items (as multisets): only in subject " + onlySubject + ", only in oracle " + onlyOracle);
    }
    if (step.orderAttribute() != null) {
      List<String> subjectOrder = subjectPages.sequenceOf(step.orderAttribute());
      List<String> oracleOrder = oraclePages.sequenceOf(step.orderAttribute());
      if (!subjectOrder.equals(oracleOrder)) {
        differences.add("order of " + step.orderAttribute() + ": " + subjectOrder + " vs " + oracleOrder);
      }
    }
    return differences;
  }

  /** The pages one server gave for one scan or query. */
  private static final class Pages {
    final List<JsonNode> items = new ArrayList<>();
    final List<Integer> scannedCounts = new ArrayList<>();
    int count;
    int scannedCount;
    Answer error;

    /** Records a page; returns the request for the next page, or null at the end. */
    ObjectNode add(Answer answer, ObjectNode request) {
      if (answer.isError()) {
        error = answer;
        return null;
      }
      JsonNode body = answer.body();
      body.path("Items").forEach(item -> items.add(Normalized.item(item)));
      count += body.path("Count").asInt();
      scannedCount += body.path("ScannedCount").asInt();
      scannedCounts.add(body.path("ScannedCount").asInt());
      JsonNode next = body.path("LastEvaluatedKey");
      if (next.isMissingNode()) {
        return null;
      }
      ObjectNode nextRequest = request.deepCopy();
      nextRequest.set("ExclusiveStartKey", next);
      return nextRequest;
    }

    List<String> sortedItems() {
      List<String> sorted = new ArrayList<>();
      items.forEach(item -> sorted.add(Normalized.canonical(item)));
      sorted.sort(null);
      return sorted;
    }

    List<String> sequenceOf(String attribute) {
      List<String> sequence = new ArrayList<>();
      items.forEach(item -> sequence.add(Normalized.canonical(item.path(attribute))));
      return sequence;
    }
  }

  /** Sends the requests (null: not sent) to both servers at once. */
  private Exchange exchange(String target, ObjectNode subjectRequest, ObjectNode oracleRequest) {
    CompletableFuture<Answer> subjectAnswer = subjectRequest == null
        ? CompletableFuture.completedFuture(null) : subject.send(target, Json.compact(subjectRequest));
    CompletableFuture<Answer> oracleAnswer = oracleRequest == null
        ? CompletableFuture.completedFuture(null) : oracle.send(target, Json.compact(oracleRequest));
    if (subjectRequest != null && oracleRequest != null) {
      compared++;
    }
    return new Exchange(target, subjectRequest, subjectAnswer.join(), oracleRequest, oracleAnswer.join());
  }

  private void writeLog(int index, Step step, Exchange exchange) {
    ObjectNode line = exchange.toJson();
    line.put("seed", seed).put("index", index).put("label", step.label());
    try {
      log.write(Json.compact(line));
      log.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
