package io.dynamap.testing.fault;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault-injecting HTTP proxy for DynamoDB's JSON protocol, on a free port of 127.0.0.1, in front
 * of DynamoDB Local (or any endpoint): point a client at {@link #endpoint()} and some of its
 * requests get throttling errors, server errors, delays, reset connections or partly unprocessed
 * batches instead of, or besides, DynamoDB's answer. Every fault injected is logged ({@link
 * #faults()}), so a test can compare what a client saw and counted with what was done to it.
 *
 * <pre>{@code
 * try (FaultProxy proxy =
 *     FaultProxy.builder(LocalDynamoDb.shared().endpoint())
 *         .seed(42)
 *         .rate(Fault.THROTTLING, 0.2)
 *         .rate(Fault.SERVER_ERROR, 0.05)
 *         .start()) {
 *   DynamoDbClient client = DynamapClients.builder().endpoint(proxy.endpoint())...build();
 *   ...
 *   assertEquals(proxy.count(Fault.THROTTLING), retryStatistics.throttleRetries());
 * }
 * }</pre>
 *
 * <p><b>Which requests.</b> Faults queued with {@link #injectNext} are used first, one per request,
 * in order. Otherwise each request draws its fault from the configured {@linkplain Builder#rate
 * rates}; {@link Fault#UNPROCESSED} is drawn separately, for batch requests that drew no other
 * fault. The draws come from one {@link Random} seeded by {@link Builder#seed}, taken in the order
 * requests arrive, so a single-threaded client sees the same faults on every run. {@link
 * Builder#operations} limits faults to some operations; {@link Builder#maxFaults} stops drawing
 * them after a number.
 *
 * <p><b>Bounds.</b> Each connection is served by one of {@link Builder#maxConnections} threads
 * (more connections wait for a free one); requests over 16 MiB are refused; a delay holds its
 * thread for {@link Builder#delay} at most. The proxy never closes a connection except to inject
 * {@link Fault#CLOSE_CONNECTION} (or after a delayed answer the client no longer reads), so a
 * client never retries because of it beyond the faults logged. {@link #close()} stops everything.
 *
 * <p>Requests are forwarded with their headers, signature included (DynamoDB Local does not check
 * it); answers whose body the proxy rewrites get a new {@code Content-Length} and {@code
 * x-amz-crc32}.
 */
public final class FaultProxy implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FaultProxy.class);

  private static final int MAX_BODY = 16 * 1024 * 1024;
  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_HEADERS = 200;
  private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(30);
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "host",
          "connection",
          "content-length",
          "expect",
          "upgrade",
          "transfer-encoding",
          "keep-alive",
          "te",
          "trailer",
          "proxy-connection",
          "accept-encoding");
  private static final Set<String> NOT_RETURNED =
      Set.of("content-length", "transfer-encoding", "connection", "keep-alive");

  /** The error faults, in the order their rates are laid on [0, 1) for the draw. */
  private static final List<Fault> DRAWN_FAULTS =
      List.of(
          Fault.THROTTLING,
          Fault.SERVER_ERROR,
          Fault.SERVICE_UNAVAILABLE,
          Fault.DELAY,
          Fault.CLOSE_CONNECTION);

  private static final String JSON_CONTENT_TYPE = "application/x-amz-json-1.0";
  private static final String BATCH_WRITE = "BatchWriteItem";
  private static final String BATCH_GET = "BatchGetItem";

  private final URI target;
  private final long seed;
  private final Map<Fault, Double> rates;
  private final Duration delay;
  private final String throttlingErrorCode;
  private final Set<String> operations;
  private final int maxFaults;

  private final ServerSocket server;
  private final URI endpoint;
  private final ExecutorService connectionThreads;
  private final ExecutorService forwardThreads;
  private final HttpClient forwarder;
  private final Thread acceptor;
  private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private final Object decisions = new Object();
  private final Random random;
  private final Deque<Fault> script = new ArrayDeque<>();
  private long requestsReceived;
  private int faultsDrawn;

  private final List<InjectedFault> log = new ArrayList<>();
  private final AtomicLong forwarded = new AtomicLong();

  private FaultProxy(Builder builder) throws IOException {
    this.target = builder.target;
    this.seed = builder.seed;
    this.rates = new EnumMap<>(builder.rates);
    this.delay = builder.delay;
    this.throttlingErrorCode = builder.throttlingErrorCode;
    this.operations = Set.copyOf(builder.operations);
    this.maxFaults = builder.maxFaults;
    this.random = new Random(seed);

    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.endpoint = URI.create("http://127.0.0.1:" + server.getLocalPort());
    this.connectionThreads =
        Executors.newFixedThreadPool(
            builder.maxConnections, daemonThreads("fault-proxy-" + server.getLocalPort()));
    this.forwardThreads =
        Executors.newCachedThreadPool(
            daemonThreads("fault-proxy-forward-" + server.getLocalPort()));
    this.forwarder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(forwardThreads)
            .build();
    this.acceptor = new Thread(this::acceptLoop, "fault-proxy-accept-" + server.getLocalPort());
    this.acceptor.setDaemon(true);
    this.acceptor.start();
  }

  /**
   * A builder for a proxy in front of {@code target}, such as {@code
   * LocalDynamoDb.shared().endpoint()}.
   */
  public static Builder builder(URI target) {
    return new Builder(target);
  }

  /** Where clients should send requests: {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return endpoint;
  }

  /** The seed of the fault draws, to quote when a test fails. */
  public long seed() {
    return seed;
  }

  /**
   * Queues faults for the next requests (of the configured operations), one per request, ahead of
   * the random draws. {@link Fault#NONE} lets a request through; {@link Fault#UNPROCESSED} reaching
   * a request that is not a batch lets it through unlogged.
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
   * longer than the client's read timeout).
   */
  public long failedAttempts() {
    synchronized (log) {
      return log.stream()
          .filter(f -> f.fault() != Fault.UNPROCESSED && f.fault() != Fault.NONE)
          .count();
    }
  }

  /** How many requests the proxy has received. */
  public long requests() {
    synchronized (decisions) {
      return requestsReceived;
    }
  }

  /** How many requests (whole or partial) were forwarded to the target. */
  public long forwarded() {
    return forwarded.get();
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

  /**
   * Stops accepting, closes every connection and ends the proxy's threads. Calling it again does
   * nothing.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // Closing anyway.
    }
    for (Socket socket : openSockets) {
      closeQuietly(socket);
    }
    connectionThreads.shutdownNow();
    acceptor.interrupt();
    try {
      connectionThreads.awaitTermination(5, TimeUnit.SECONDS);
      acceptor.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    forwardThreads.shutdownNow();
  }

  @Override
  public String toString() {
    return "FaultProxy[" + endpoint + " -> " + target + ", seed " + seed + "]";
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("{} stopped accepting connections", this, e);
        }
        return;
      }
      openSockets.add(socket);
      try {
        connectionThreads.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        openSockets.remove(socket);
        closeQuietly(socket);
      }
    }
  }

  /**
   * Serves the requests of one keep-alive connection until the client closes it or a fault does.
   */
  private void serve(Socket socket) {
    try {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      while (!closed) {
        Request request = Request.read(in, out);
        if (request == null || !handle(request, socket, out)) {
          return;
        }
      }
    } catch (IOException e) {
      // The client went away, or a fault closed the connection: nothing to answer.
    } finally {
      openSockets.remove(socket);
      closeQuietly(socket);
    }
  }

  /** Handles one request; returns whether the connection stays open. */
  private boolean handle(Request request, Socket socket, OutputStream out) throws IOException {
    String operation = request.operation();
    Decision decision = decide(operation);
    switch (decision.fault) {
      case THROTTLING:
        return answerError(
            request,
            decision,
            out,
            400,
            throttlingErrorCode,
            "com.amazonaws.dynamodb.v20120810#" + throttlingErrorCode,
            "The level of configured provisioned throughput for the table was exceeded (injected by"
                + " FaultProxy)");
      case SERVER_ERROR:
        return answerError(
            request,
            decision,
            out,
            500,
            "InternalServerError",
            "com.amazonaws.dynamodb.v20120810#InternalServerError",
            "Internal server error (injected by FaultProxy)");
      case SERVICE_UNAVAILABLE:
        return answerError(
            request,
            decision,
            out,
            503,
            "ServiceUnavailable",
            "com.amazon.coral.service#ServiceUnavailableException",
            "Service unavailable (injected by FaultProxy)");
      case CLOSE_CONNECTION:
        record(decision, request, null, 0, 0);
        // SO_LINGER 0 makes close() send a reset: the client sees "connection reset" at once.
        socket.setSoLinger(true, 0);
        socket.close();
        return false;
      case DELAY:
        Response delayed = forward(request, request.body);
        record(decision, request, null, 0, 0);
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("closed while delaying");
        }
        delayed.write(out);
        return request.keepAlive();
      case UNPROCESSED:
        return unprocessed(request, decision, out);
      case NONE:
      default:
        forward(request, request.body).write(out);
        return request.keepAlive();
    }
  }

  private Decision decide(String operation) {
    synchronized (decisions) {
      long number = ++requestsReceived;
      if (!operations.isEmpty() && !operations.contains(operation)) {
        return new Decision(number, Fault.NONE, null);
      }
      Fault fault = Fault.NONE;
      if (!script.isEmpty()) {
        fault = script.poll();
      } else if (faultsDrawn < maxFaults) {
        double draw = random.nextDouble();
        double bound = 0;
        for (Fault candidate : DRAWN_FAULTS) {
          bound += rates.getOrDefault(candidate, 0.0);
          if (draw < bound) {
            fault = candidate;
            break;
          }
        }
        if (fault == Fault.NONE && isBatch(operation)) {
          if (random.nextDouble() < rates.getOrDefault(Fault.UNPROCESSED, 0.0)) {
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
      // deterministic even though they are made outside this lock.
      Random items = fault == Fault.UNPROCESSED ? new Random(random.nextLong()) : null;
      return new Decision(number, fault, items);
    }
  }

  private boolean answerError(
      Request request,
      Decision decision,
      OutputStream out,
      int status,
      String code,
      String type,
      String message)
      throws IOException {
    String requestId = "FaultProxy-" + decision.number;
    record(decision, request, requestId, 0, 0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("__type", type);
    body.put("message", message);
    new Response(
            status, jsonHeaders(requestId, code), Json.write(body).getBytes(StandardCharsets.UTF_8))
        .write(out);
    return request.keepAlive();
  }

  /**
   * Forwards part of a batch and answers as if DynamoDB had left the rest unprocessed. A request
   * that cannot be split (unreadable, no items) is forwarded whole and nothing is logged.
   */
  @SuppressWarnings("unchecked")
  private boolean unprocessed(Request request, Decision decision, OutputStream out)
      throws IOException {
    Map<String, Object> body;
    Map<String, Object> requestItems;
    try {
      body = Json.parseObject(request.bodyText());
      requestItems = (Map<String, Object>) body.get("RequestItems");
    } catch (RuntimeException e) {
      requestItems = null;
      body = null;
    }
    boolean isWrite = BATCH_WRITE.equals(request.operation());
    Split split = requestItems == null ? null : split(requestItems, isWrite, decision.items);
    if (split == null) {
      forward(request, request.body).write(out);
      return request.keepAlive();
    }
    String unprocessedName = isWrite ? "UnprocessedItems" : "UnprocessedKeys";
    String requestId = "FaultProxy-" + decision.number;
    Response answer;
    if (split.kept.isEmpty()) {
      Map<String, Object> result = new LinkedHashMap<>();
      if (!isWrite) {
        result.put("Responses", new LinkedHashMap<>());
      }
      result.put(unprocessedName, split.left);
      answer =
          new Response(
              200,
              jsonHeaders(requestId, null),
              Json.write(result).getBytes(StandardCharsets.UTF_8));
    } else {
      body.put("RequestItems", split.kept);
      Response response = forward(request, Json.write(body).getBytes(StandardCharsets.UTF_8));
      if (response.status != 200) {
        response.write(out);
        return request.keepAlive();
      }
      Map<String, Object> result =
          Json.parseObject(new String(response.body, StandardCharsets.UTF_8));
      Object existing = result.get(unprocessedName);
      Map<String, Object> merged =
          existing instanceof Map ? (Map<String, Object>) existing : new LinkedHashMap<>();
      mergeUnprocessed(merged, split.left, isWrite);
      result.put(unprocessedName, merged);
      answer = response.withBody(Json.write(result).getBytes(StandardCharsets.UTF_8));
    }
    record(decision, request, null, split.leftCount, split.total);
    answer.write(out);
    return request.keepAlive();
  }

  /** Chooses the items (or keys) to leave unprocessed: each with even odds, at least one. */
  @SuppressWarnings("unchecked")
  private static Split split(Map<String, Object> requestItems, boolean isWrite, Random random) {
    int total = 0;
    for (Object value : requestItems.values()) {
      List<Object> entries =
          isWrite ? (List<Object>) value : (List<Object>) ((Map<String, Object>) value).get("Keys");
      total += entries == null ? 0 : entries.size();
    }
    if (total == 0) {
      return null;
    }
    boolean[] leave = new boolean[total];
    int leftCount = 0;
    for (int i = 0; i < total; i++) {
      leave[i] = random.nextBoolean();
      leftCount += leave[i] ? 1 : 0;
    }
    if (leftCount == 0) {
      leave[random.nextInt(total)] = true;
      leftCount = 1;
    }
    Map<String, Object> kept = new LinkedHashMap<>();
    Map<String, Object> left = new LinkedHashMap<>();
    int index = 0;
    for (Map.Entry<String, Object> table : requestItems.entrySet()) {
      Map<String, Object> tableRequest = isWrite ? null : (Map<String, Object>) table.getValue();
      List<Object> entries =
          isWrite ? (List<Object>) table.getValue() : (List<Object>) tableRequest.get("Keys");
      if (entries == null) {
        continue;
      }
      List<Object> keptEntries = new ArrayList<>();
      List<Object> leftEntries = new ArrayList<>();
      for (Object entry : entries) {
        (leave[index++] ? leftEntries : keptEntries).add(entry);
      }
      // DynamoDB rejects a table with no items, so empty sides are left out.
      if (!keptEntries.isEmpty()) {
        kept.put(table.getKey(), isWrite ? keptEntries : withKeys(tableRequest, keptEntries));
      }
      if (!leftEntries.isEmpty()) {
        left.put(table.getKey(), isWrite ? leftEntries : withKeys(tableRequest, leftEntries));
      }
    }
    return new Split(kept, left, leftCount, total);
  }

  private static Map<String, Object> withKeys(Map<String, Object> tableRequest, List<Object> keys) {
    Map<String, Object> copy = new LinkedHashMap<>(tableRequest);
    copy.put("Keys", keys);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static void mergeUnprocessed(
      Map<String, Object> into, Map<String, Object> more, boolean isWrite) {
    for (Map.Entry<String, Object> table : more.entrySet()) {
      Object existing = into.get(table.getKey());
      if (existing == null) {
        into.put(table.getKey(), table.getValue());
      } else if (isWrite) {
        ((List<Object>) existing).addAll((List<Object>) table.getValue());
      } else {
        ((List<Object>) ((Map<String, Object>) existing).get("Keys"))
            .addAll((List<Object>) ((Map<String, Object>) table.getValue()).get("Keys"));
      }
    }
  }

  private Response forward(Request request, byte[] body) throws IOException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target.resolve(request.path))
            .timeout(FORWARD_TIMEOUT)
            .method(request.method, HttpRequest.BodyPublishers.ofByteArray(body));
    for (String[] header : request.headers) {
      if (!NOT_FORWARDED.contains(header[0].toLowerCase(Locale.ROOT))) {
        builder.header(header[0], header[1]);
      }
    }
    forwarded.incrementAndGet();
    HttpResponse<byte[]> response;
    try {
      response = forwarder.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("closed while forwarding");
    } catch (IOException e) {
      LOG.warn("{} could not forward {} to {}", this, request.operation(), target, e);
      return new Response(
          502,
          List.<String[]>of(new String[] {"Content-Type", "text/plain"}),
          ("FaultProxy could not reach " + target + ": " + e).getBytes(StandardCharsets.UTF_8));
    }
    List<String[]> headers = new ArrayList<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!name.startsWith(":") && !NOT_RETURNED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : values) {
                  headers.add(new String[] {name, value});
                }
              }
            });
    return new Response(response.statusCode(), headers, response.body());
  }

  private void record(
      Decision decision, Request request, String requestId, int unprocessed, int total) {
    InjectedFault fault =
        new InjectedFault(
            decision.number,
            request.operation(),
            tablesOf(request),
            decision.fault,
            requestId,
            unprocessed,
            total);
    synchronized (log) {
      log.add(fault);
    }
    LOG.debug("{} injected {}", this, fault);
  }

  @SuppressWarnings("unchecked")
  private static List<String> tablesOf(Request request) {
    Set<String> tables = new LinkedHashSet<>();
    try {
      Map<String, Object> body = Json.parseObject(request.bodyText());
      if (body.get("TableName") instanceof String name) {
        tables.add(name);
      }
      if (body.get("RequestItems") instanceof Map<?, ?> items) {
        for (Object name : items.keySet()) {
          tables.add((String) name);
        }
      }
      if (body.get("TransactItems") instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof Map<?, ?> wrapper) {
            for (Object inner : wrapper.values()) {
              if (inner instanceof Map<?, ?> action
                  && action.get("TableName") instanceof String name) {
                tables.add(name);
              }
            }
          }
        }
      }
    } catch (RuntimeException e) {
      // Not JSON: no tables to report.
    }
    return List.copyOf(tables);
  }

  private static List<String[]> jsonHeaders(String requestId, String errorCode) {
    List<String[]> headers = new ArrayList<>();
    headers.add(new String[] {"Content-Type", JSON_CONTENT_TYPE});
    headers.add(new String[] {"x-amzn-RequestId", requestId});
    if (errorCode != null) {
      headers.add(new String[] {"x-amzn-ErrorType", errorCode});
    }
    return headers;
  }

  private static boolean isBatch(String operation) {
    return BATCH_WRITE.equals(operation) || BATCH_GET.equals(operation);
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing anyway.
    }
  }

  private record Decision(long number, Fault fault, Random items) {}

  private record Split(
      Map<String, Object> kept, Map<String, Object> left, int leftCount, int total) {}

  /** One HTTP/1.1 request as read from a client connection. */
  private static final class Request {
    final String method;
    final String path;
    final List<String[]> headers;
    final byte[] body;

    private Request(String method, String path, List<String[]> headers, byte[] body) {
      this.method = method;
      this.path = path;
      this.headers = headers;
      this.body = body;
    }

    /** Reads the next request, or returns {@code null} if the client closed the connection. */
    static Request read(InputStream in, OutputStream out) throws IOException {
      String line = readLine(in);
      while (line != null && line.isEmpty()) {
        line = readLine(in);
      }
      if (line == null) {
        return null;
      }
      String[] parts = line.split(" ");
      if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
        throw new IOException("not an HTTP/1.x request line: " + line);
      }
      List<String[]> headers = new ArrayList<>();
      for (String header = readLine(in);
          header != null && !header.isEmpty();
          header = readLine(in)) {
        int colon = header.indexOf(':');
        if (colon <= 0 || headers.size() >= MAX_HEADERS) {
          throw new IOException("bad or too many headers");
        }
        headers.add(
            new String[] {header.substring(0, colon).trim(), header.substring(colon + 1).trim()});
      }
      Request request = new Request(parts[0], parts[1], headers, new byte[0]);
      if ("100-continue".equalsIgnoreCase(request.header("Expect"))) {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
      String length = request.header("Content-Length");
      byte[] body;
      if ("chunked".equalsIgnoreCase(request.header("Transfer-Encoding"))) {
        body = readChunked(in);
      } else if (length != null) {
        long size = Long.parseLong(length.trim());
        if (size < 0 || size > MAX_BODY) {
          throw new IOException("request body of " + size + " bytes refused");
        }
        body = in.readNBytes((int) size);
        if (body.length != size) {
          throw new IOException("connection closed inside a request body");
        }
      } else {
        body = new byte[0];
      }
      return new Request(request.method, request.path, headers, body);
    }

    String header(String name) {
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase(name)) {
          return header[1];
        }
      }
      return null;
    }

    /** The operation named by {@code X-Amz-Target: DynamoDB_20120810.PutItem}. */
    String operation() {
      String target = header("X-Amz-Target");
      return target == null ? "unknown" : target.substring(target.lastIndexOf('.') + 1);
    }

    boolean keepAlive() {
      return !"close".equalsIgnoreCase(header("Connection"));
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String sizeLine = readLine(in);
        if (sizeLine == null) {
          throw new IOException("connection closed inside a chunked body");
        }
        int semicolon = sizeLine.indexOf(';');
        int size =
            Integer.parseInt(
                (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
        if (size == 0) {
          for (String trailer = readLine(in);
              trailer != null && !trailer.isEmpty();
              trailer = readLine(in)) {
            // Trailers are not forwarded.
          }
          return body.toByteArray();
        }
        if (body.size() + size > MAX_BODY) {
          throw new IOException("request body over " + MAX_BODY + " bytes refused");
        }
        body.write(in.readNBytes(size));
        readLine(in);
      }
    }

    private static String readLine(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          byte[] bytes = line.toByteArray();
          int length =
              bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
          return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
        if (line.size() >= MAX_LINE) {
          throw new IOException("header line over " + MAX_LINE + " bytes");
        }
        line.write(b);
      }
      if (line.size() > 0) {
        throw new SocketException("connection closed inside a header line");
      }
      return null;
    }
  }

  /** An answer to write back to the client. */
  private static final class Response {
    final int status;
    final List<String[]> headers;
    final byte[] body;

    Response(int status, List<String[]> headers, byte[] body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    /** This answer with another body, and the CRC32 DynamoDB sends recomputed if it was there. */
    Response withBody(byte[] newBody) {
      List<String[]> newHeaders = new ArrayList<>();
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase("x-amz-crc32")) {
          CRC32 crc = new CRC32();
          crc.update(newBody);
          newHeaders.add(new String[] {header[0], Long.toString(crc.getValue())});
        } else {
          newHeaders.add(header);
        }
      }
      return new Response(status, newHeaders, newBody);
    }

    void write(OutputStream out) throws IOException {
      StringBuilder head = new StringBuilder();
      head.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
      for (String[] header : headers) {
        head.append(header[0]).append(": ").append(header[1]).append("\r\n");
      }
      head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
    }

    private static String reason(int status) {
      switch (status) {
        case 200:
          return "OK";
        case 400:
          return "Bad Request";
        case 500:
          return "Internal Server Error";
        case 502:
          return "Bad Gateway";
        case 503:
          return "Service Unavailable";
        default:
          return "Status";
      }
    }
  }

  /**
   * Configures a {@link FaultProxy}. By default it injects nothing until rates or scripted faults
   * say so.
   */
  public static final class Builder {
    private final URI target;
    private long seed = new Random().nextLong();
    private final Map<Fault, Double> rates = new EnumMap<>(Fault.class);
    private Duration delay = Duration.ofSeconds(2);
    private String throttlingErrorCode = "ProvisionedThroughputExceededException";
    private final Set<String> operations = new LinkedHashSet<>();
    private int maxFaults = Integer.MAX_VALUE;
    private int maxConnections = 64;

    private Builder(URI target) {
      this.target = Objects.requireNonNull(target, "target");
    }

    /**
     * Seeds the fault draws, so that the same requests in the same order get the same faults.
     * Default: random.
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The chance, from 0 to 1, that a request gets this fault. The rates of the error faults (all
     * but {@link Fault#UNPROCESSED}) add up to at most 1; {@code UNPROCESSED} applies to batch
     * requests that drew no other fault.
     */
    public Builder rate(Fault fault, double rate) {
      Objects.requireNonNull(fault, "fault");
      if (fault == Fault.NONE) {
        throw new IllegalArgumentException("NONE has no rate");
      }
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("rate must be within 0 and 1, was " + rate);
      }
      rates.put(fault, rate);
      return this;
    }

    /**
     * How long {@link Fault#DELAY} holds an answer; make it longer than the client's read timeout.
     * Default 2 s, at most 60 s.
     */
    public Builder delay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative() || delay.compareTo(Duration.ofSeconds(60)) > 0) {
        throw new IllegalArgumentException("delay must be within 0 and 60 s, was " + delay);
      }
      this.delay = delay;
      return this;
    }

    /**
     * The error code {@link Fault#THROTTLING} answers with: {@code
     * ProvisionedThroughputExceededException} (default), {@code ThrottlingException}, {@code
     * RequestLimitExceeded}, or any other code to see how a client treats it.
     */
    public Builder throttlingErrorCode(String code) {
      this.throttlingErrorCode = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Injects faults only into these operations' requests (such as {@code "PutItem"}); others pass.
     * Default: all.
     */
    public Builder operations(String... operations) {
      this.operations.addAll(Arrays.asList(operations));
      return this;
    }

    /** Stops drawing faults after this many; queued faults still apply. Default: no limit. */
    public Builder maxFaults(int maxFaults) {
      if (maxFaults < 0) {
        throw new IllegalArgumentException("maxFaults must not be negative, was " + maxFaults);
      }
      this.maxFaults = maxFaults;
      return this;
    }

    /**
     * How many connections are served at once; more wait. Default 64, above the client's pool of
     * 50.
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException(
            "maxConnections must be at least 1, was " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * Starts the proxy on a free port of 127.0.0.1.
     *
     * @throws IllegalArgumentException if the error rates add up to more than 1
     * @throws UncheckedIOException if no port can be bound
     */
    public FaultProxy start() {
      double errorRates = 0;
      for (Fault fault : DRAWN_FAULTS) {
        errorRates += rates.getOrDefault(fault, 0.0);
      }
      if (errorRates > 1 + 1e-9) {
        throw new IllegalArgumentException(
            "the error fault rates add up to " + errorRates + ", over 1");
      }
      try {
        return new FaultProxy(this);
      } catch (IOException e) {
        throw new UncheckedIOException("FaultProxy could not bind a port on 127.0.0.1", e);
      }
    }
  }
}
