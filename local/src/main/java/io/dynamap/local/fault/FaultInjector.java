package io.dynamap.local.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.api.ApiHandler;
import io.dynamap.local.api.ApiRequest;
import io.dynamap.local.api.ApiResponse;
import io.dynamap.local.api.Json;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Injects faults into the requests of Dynamap Local's fronts, HTTP and in-process alike, and logs
 * every fault injected ({@link #faults()}), so a test can compare what a client saw and counted
 * with what was done to it. Thread-safe.
 *
 * <pre>{@code
 * try (DynamapLocal local =
 *     DynamapLocal.builder().faults(FaultPlan.builder().seed(42).rate(Fault.THROTTLING, 0.2).build())
 *         .start()) {
 *   ...
 *   assertEquals(local.faults().count(Fault.THROTTLING), retryStatistics.throttleRetries());
 * }
 * }</pre>
 *
 * <p><b>Which requests.</b> Faults queued with {@link #injectNext} are used first, one per request,
 * in order. Otherwise each request draws its fault from the {@linkplain FaultPlan#rate rates} of
 * the current {@linkplain #plan() plan}; {@link Fault#UNPROCESSED} is drawn separately, for batch
 * requests that drew no other fault. The draws come from one {@link Random} seeded by {@link
 * FaultPlan#seed}, taken in the order requests arrive, so a single-threaded client sees the same
 * faults on every run. {@link FaultPlan#operations} and {@link FaultPlan#tables} limit faults to
 * some requests; {@link FaultPlan#maxFaults} stops drawing them after a number.
 *
 * <p>Injected error answers carry the request id {@code injected-fault-<request number>}.
 */
public final class FaultInjector {
  private static final System.Logger LOG = System.getLogger(FaultInjector.class.getName());

  private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
  private static final String BATCH_WRITE = "BatchWriteItem";
  private static final String BATCH_GET = "BatchGetItem";

  private final Object decisions = new Object();
  private FaultPlan plan;
  private Random random;
  private int faultsDrawn;
  private long requestsReceived;
  private final Deque<Fault> script = new ArrayDeque<>();

  private final List<InjectedFault> log = new ArrayList<>();
  private final AtomicLong served = new AtomicLong();

  /** An injector following this plan. */
  public FaultInjector(FaultPlan plan) {
    plan(plan);
  }

  /**
   * Replaces the plan: from the next request on, faults are drawn by the new plan's rates, from its
   * seed, and up to its {@link FaultPlan#maxFaults} anew. Queued faults, the log and the request
   * numbers stay.
   */
  public void plan(FaultPlan newPlan) {
    Objects.requireNonNull(newPlan, "plan");
    synchronized (decisions) {
      this.plan = newPlan;
      this.random = new Random(newPlan.seed());
      this.faultsDrawn = 0;
    }
  }

  /** The current plan. */
  public FaultPlan plan() {
    synchronized (decisions) {
      return plan;
    }
  }

  /** The seed of the current plan's draws, to quote when a test fails. */
  public long seed() {
    return plan().seed();
  }

  /**
   * Queues faults for the next requests (of the plan's operations and tables), one per request,
   * ahead of the random draws. {@link Fault#NONE} lets a request through; {@link Fault#UNPROCESSED}
   * reaching a request that is not a batch lets it through unlogged.
   */
  public void injectNext(Fault... faults) {
    synchronized (decisions) {
      for (Fault fault : faults) {
        script.add(Objects.requireNonNull(fault, "fault"));
      }
    }
  }

  /** Every fault injected so far, in the order injected. */
  public List<InjectedFault> faults() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  /** How many faults of a kind were injected. */
  public long count(Fault fault) {
    synchronized (log) {
      return log.stream().filter(f -> f.fault() == fault).count();
    }
  }

  /** How many faults of a kind were injected into one operation's requests. */
  public long count(Fault fault, String operation) {
    synchronized (log) {
      return log.stream()
          .filter(f -> f.fault() == fault && f.operation().equals(operation))
          .count();
    }
  }

  /**
   * How many faults of the kinds that fail an attempt were injected: all but {@link
   * Fault#UNPROCESSED}, counting {@link Fault#DELAY} as one (it fails the attempt when the delay is
   * longer than the client's timeout).
   */
  public long failedAttempts() {
    synchronized (log) {
      return log.stream()
          .filter(f -> f.fault() != Fault.UNPROCESSED && f.fault() != Fault.NONE)
          .count();
    }
  }

  /** How many requests the injector has received. */
  public long requests() {
    synchronized (decisions) {
      return requestsReceived;
    }
  }

  /** How many requests (whole or partial) were run by the operations, the others being faulted. */
  public long served() {
    return served.get();
  }

  /** Forgets the faults injected so far and any queued ones; the draws go on where they were. */
  public void clearLog() {
    synchronized (decisions) {
      script.clear();
    }
    synchronized (log) {
      log.clear();
    }
  }

  /** A handler that applies this injector's faults to requests before, or around, {@code api}. */
  public ApiHandler wrap(ApiHandler api) {
    Objects.requireNonNull(api, "api");
    return request -> handle(request, api);
  }

  @Override
  public String toString() {
    return "FaultInjector[" + plan() + "]";
  }

  private ApiResponse handle(ApiRequest request, ApiHandler api) {
    Decision decision = decide(request);
    switch (decision.fault) {
      case THROTTLING:
        return answerError(
            request, decision, 400, throttlingType(decision), throttlingMessage(decision));
      case SERVER_ERROR:
        return answerError(
            request, decision, 500, DYNAMODB + "InternalServerError", "Internal server error");
      case SERVICE_UNAVAILABLE:
        return answerError(
            request,
            decision,
            503,
            "com.amazon.coral.availability#ServiceUnavailableException",
            "Service unavailable");
      case CLOSE_CONNECTION:
        record(decision, request, null, 0, 0);
        return ApiResponse.dropConnection();
      case DELAY:
        // The tables are read before the operation runs, in case it changes the parsed request.
        List<String> tables = tablesOf(request);
        ApiResponse delayed = serve(api, request);
        record(decision, request.operationName(), tables, null, 0, 0);
        try {
          Thread.sleep(decision.plan.delay().toMillis());
        } catch (InterruptedException e) {
          // The front is closing or the client gave up: there is no one to answer.
          Thread.currentThread().interrupt();
          return ApiResponse.dropConnection();
        }
        return delayed;
      case UNPROCESSED:
        return unprocessed(request, decision, api);
      case NONE:
      default:
        return serve(api, request);
    }
  }

  private ApiResponse serve(ApiHandler api, ApiRequest request) {
    served.incrementAndGet();
    return api.handle(request);
  }

  private Decision decide(ApiRequest request) {
    String operation = request.operationName();
    synchronized (decisions) {
      long number = ++requestsReceived;
      FaultPlan current = plan;
      if (!current.operations().isEmpty() && !current.operations().contains(operation)) {
        return new Decision(number, Fault.NONE, null, current);
      }
      if (!current.tables().isEmpty() && !namesAny(request, current.tables())) {
        return new Decision(number, Fault.NONE, null, current);
      }
      Fault fault = Fault.NONE;
      if (!script.isEmpty()) {
        fault = script.poll();
      } else if (faultsDrawn < current.maxFaults()) {
        double draw = random.nextDouble();
        double bound = 0;
        for (Fault candidate : FaultPlan.DRAWN_FAULTS) {
          bound += current.rate(candidate);
          if (draw < bound) {
            fault = candidate;
            break;
          }
        }
        if (fault == Fault.NONE && isBatch(operation)) {
          if (random.nextDouble() < current.rate(Fault.UNPROCESSED)) {
            fault = Fault.UNPROCESSED;
          }
        }
        if (fault != Fault.NONE) {
          faultsDrawn++;
        }
      }
      if (fault == Fault.UNPROCESSED && !isBatch(operation)) {
        fault = Fault.NONE;
      }
      // Item choices get a Random of their own, seeded from the draws, so they stay
      // deterministic though they are made outside this lock.
      Random items = fault == Fault.UNPROCESSED ? new Random(random.nextLong()) : null;
      return new Decision(number, fault, items, current);
    }
  }

  private static boolean namesAny(ApiRequest request, Set<String> tables) {
    for (String table : tablesOf(request)) {
      if (tables.contains(table)) {
        return true;
      }
    }
    return false;
  }

  private ApiResponse answerError(
      ApiRequest request, Decision decision, int status, String type, String message) {
    String requestId = "injected-fault-" + decision.number;
    record(decision, request, requestId, 0, 0);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("__type", type);
    body.put("message", message);
    return ApiResponse.of(status, requestId, ApiResponse.AMZ_JSON, Json.write(body));
  }

  private static String throttlingType(Decision decision) {
    String code = decision.plan.throttlingErrorCode();
    // DynamoDB's ThrottlingException comes from the service framework, not the DynamoDB namespace.
    return code.equals("ThrottlingException")
        ? "com.amazon.coral.availability#ThrottlingException"
        : DYNAMODB + code;
  }

  private static String throttlingMessage(Decision decision) {
    switch (decision.plan.throttlingErrorCode()) {
      case "ProvisionedThroughputExceededException":
        return "The level of configured provisioned throughput for the table was exceeded."
            + " Consider increasing your provisioning level with the UpdateTable API.";
      case "ThrottlingException":
        return "Rate of requests exceeds the allowed throughput.";
      case "RequestLimitExceeded":
        return "Throughput exceeds the current throughput limit for your account. Please contact"
            + " AWS Support at https://aws.amazon.com/support request a limit increase";
      default:
        return decision.plan.throttlingErrorCode() + " (injected)";
    }
  }

  /**
   * Runs part of a batch and answers as if DynamoDB had left the rest unprocessed. The batch is run
   * through the operation's partial execution, which validates it whole, when the handler offers
   * it; otherwise the request is split, and the part kept run. A request that cannot be split (not
   * JSON, no items) is run whole and nothing is logged.
   */
  private ApiResponse unprocessed(ApiRequest request, Decision decision, ApiHandler api) {
    boolean isWrite = BATCH_WRITE.equals(request.operationName());
    ObjectNode body = request.jsonOrNull();
    JsonNode requestItems = body == null ? null : body.get("RequestItems");
    int total = requestItems instanceof ObjectNode items ? countEntries(items, isWrite) : 0;
    if (total == 0) {
      return serve(api, request);
    }
    boolean[] leave = chooseLeftOut(total, decision.items);
    int leftCount = 0;
    for (boolean left : leave) {
      leftCount += left ? 1 : 0;
    }
    List<String> tables = tablesOf(request);
    ApiResponse partial = api.handlePartially(request, index -> !leave[index]);
    if (partial != null) {
      served.incrementAndGet();
      if (partial.status() == 200 && !partial.dropsConnection()) {
        record(decision, request.operationName(), tables, null, leftCount, total);
      }
      return partial;
    }
    Split split = split((ObjectNode) requestItems, isWrite, leave);
    String unprocessedName = isWrite ? "UnprocessedItems" : "UnprocessedKeys";
    ApiResponse answer;
    if (split.kept.isEmpty()) {
      // Nothing to run: DynamoDB refuses a batch without items.
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      if (!isWrite) {
        result.putObject("Responses");
      }
      result.set(unprocessedName, split.left);
      answer = ApiResponse.json(200, Json.write(result));
    } else {
      ObjectNode reduced = body.deepCopy();
      reduced.set("RequestItems", split.kept);
      ApiResponse response = serve(api, request.withJson(reduced));
      if (response.status() != 200 || response.dropsConnection()) {
        return response;
      }
      ObjectNode result = Json.parseObject(response.body());
      JsonNode existing = result.get(unprocessedName);
      ObjectNode merged =
          existing instanceof ObjectNode object ? object : result.putObject(unprocessedName);
      mergeUnprocessed(merged, split.left, isWrite);
      result.set(unprocessedName, merged);
      answer = response.withBody(Json.write(result));
    }
    record(decision, request.operationName(), tables, null, leftCount, total);
    return answer;
  }

  /** How many writes or keys a batch holds; 0 if it is not shaped as a batch. */
  private static int countEntries(ObjectNode requestItems, boolean isWrite) {
    int total = 0;
    Iterator<Map.Entry<String, JsonNode>> tables = requestItems.fields();
    while (tables.hasNext()) {
      JsonNode entries = entries(tables.next().getValue(), isWrite);
      if (entries == null) {
        return 0;
      }
      total += entries.size();
    }
    return total;
  }

  /** Chooses the entries to leave unprocessed: each with even odds, at least one. */
  private static boolean[] chooseLeftOut(int total, Random random) {
    boolean[] leave = new boolean[total];
    boolean any = false;
    for (int i = 0; i < total; i++) {
      leave[i] = random.nextBoolean();
      any |= leave[i];
    }
    if (!any) {
      leave[random.nextInt(total)] = true;
    }
    return leave;
  }

  /** Splits a batch's entries into those kept and those left, by table. */
  private static Split split(ObjectNode requestItems, boolean isWrite, boolean[] leave) {
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    ObjectNode left = JsonNodeFactory.instance.objectNode();
    int index = 0;
    Iterator<Map.Entry<String, JsonNode>> tables = requestItems.fields();
    while (tables.hasNext()) {
      Map.Entry<String, JsonNode> table = tables.next();
      ArrayNode keptEntries = JsonNodeFactory.instance.arrayNode();
      ArrayNode leftEntries = JsonNodeFactory.instance.arrayNode();
      for (JsonNode entry : entries(table.getValue(), isWrite)) {
        (leave[index++] ? leftEntries : keptEntries).add(entry);
      }
      // DynamoDB refuses a table without items, so empty sides are left out.
      if (!keptEntries.isEmpty()) {
        kept.set(table.getKey(), isWrite ? keptEntries : withKeys(table.getValue(), keptEntries));
      }
      if (!leftEntries.isEmpty()) {
        left.set(table.getKey(), isWrite ? leftEntries : withKeys(table.getValue(), leftEntries));
      }
    }
    return new Split(kept, left);
  }

  /** A table's write requests, or its keys to read; null if the request is not shaped so. */
  private static ArrayNode entries(JsonNode tableRequest, boolean isWrite) {
    JsonNode entries = isWrite ? tableRequest : tableRequest.get("Keys");
    return entries instanceof ArrayNode array ? array : null;
  }

  /** A table's read request (projection, consistency...) with other keys. */
  private static ObjectNode withKeys(JsonNode tableRequest, ArrayNode keys) {
    ObjectNode copy = ((ObjectNode) tableRequest).deepCopy();
    copy.set("Keys", keys);
    return copy;
  }

  private static void mergeUnprocessed(ObjectNode into, ObjectNode more, boolean isWrite) {
    Iterator<Map.Entry<String, JsonNode>> tables = more.fields();
    while (tables.hasNext()) {
      Map.Entry<String, JsonNode> table = tables.next();
      JsonNode existing = into.get(table.getKey());
      if (existing == null) {
        into.set(table.getKey(), table.getValue());
      } else if (isWrite && existing instanceof ArrayNode writes) {
        writes.addAll((ArrayNode) table.getValue());
      } else if (!isWrite && existing.get("Keys") instanceof ArrayNode keys) {
        keys.addAll((ArrayNode) table.getValue().get("Keys"));
      }
    }
  }

  private void record(
      Decision decision, ApiRequest request, String requestId, int unprocessed, int total) {
    record(decision, request.operationName(), tablesOf(request), requestId, unprocessed, total);
  }

  private void record(
      Decision decision,
      String operation,
      List<String> tables,
      String requestId,
      int unprocessed,
      int total) {
    InjectedFault fault =
        new InjectedFault(
            decision.number, operation, tables, decision.fault, requestId, unprocessed, total);
    synchronized (log) {
      log.add(fault);
    }
    LOG.log(Level.DEBUG, () -> "injected " + fault);
  }

  /** The tables a request names: its TableName, RequestItems' or TransactItems' tables. */
  private static List<String> tablesOf(ApiRequest request) {
    ObjectNode body = request.jsonOrNull();
    if (body == null) {
      return List.of();
    }
    Set<String> tables = new LinkedHashSet<>();
    JsonNode tableName = body.get("TableName");
    if (tableName != null && tableName.isTextual()) {
      tables.add(tableName.asText());
    }
    JsonNode requestItems = body.get("RequestItems");
    if (requestItems instanceof ObjectNode items) {
      items.fieldNames().forEachRemaining(tables::add);
    }
    JsonNode transactItems = body.get("TransactItems");
    if (transactItems instanceof ArrayNode items) {
      for (JsonNode wrapper : items) {
        for (JsonNode action : wrapper) {
          JsonNode name = action.get("TableName");
          if (name != null && name.isTextual()) {
            tables.add(name.asText());
          }
        }
      }
    }
    return List.copyOf(tables);
  }

  private static boolean isBatch(String operation) {
    return BATCH_WRITE.equals(operation) || BATCH_GET.equals(operation);
  }

  private static final class Decision {
    final long number;
    final Fault fault;
    final Random items;
    final FaultPlan plan;

    Decision(long number, Fault fault, Random items, FaultPlan plan) {
      this.number = number;
      this.fault = fault;
      this.items = items;
      this.plan = plan;
    }
  }

  private static final class Split {
    final ObjectNode kept;
    final ObjectNode left;

    Split(ObjectNode kept, ObjectNode left) {
      this.kept = kept;
      this.left = left;
    }
  }
}
