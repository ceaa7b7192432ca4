package io.dynamap.local.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.FakeOperations;
import io.dynamap.local.api.ApiResponse;
import io.dynamap.local.api.DynamoApi;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP front on the JDK's server: routing, limits, bad requests, keep-alive, Nagle, close. */
class HttpFrontTest {
  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=local/20150101/us-east-1/dynamodb/aws4_request,"
          + " SignedHeaders=host, Signature=x";

  private final HttpFront front = HttpFront.start(new DynamoApi(new FakeOperations().all()));
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void close() {
    front.close();
  }

  private HttpResponse<String> post(URI uri, String target, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri)
            .header("X-Amz-Target", target)
            .header("Content-Type", ApiResponse.AMZ_JSON)
            .header("Authorization", AUTHORIZATION)
            .header("X-Amz-Date", "20150101T000000Z")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnLoopbackOnAFreePort() {
    assertEquals("127.0.0.1", front.endpoint().getHost());
    assertTrue(front.port() > 0);
    assertEquals(front.port(), front.endpoint().getPort());
  }

  @Test
  void postToRootIsTheApiWithDynamoDbsHeaders() throws Exception {
    HttpResponse<String> response =
        post(front.endpoint().resolve("/"), "DynamoDB_20120810.Echo", "{\"x\":1}");

    assertEquals(200, response.statusCode());
    assertEquals("{\"x\":1}", response.body());
    assertEquals(ApiResponse.AMZ_JSON, response.headers().firstValue("Content-Type").orElseThrow());
    CRC32 crc = new CRC32();
    crc.update(response.body().getBytes(StandardCharsets.UTF_8));
    assertEquals(
        Long.toString(crc.getValue()), response.headers().firstValue("x-amz-crc32").orElseThrow());
    assertEquals(52, response.headers().firstValue("x-amzn-RequestId").orElseThrow().length());
  }

  @Test
  void errorsKeepTheirStatusAndBody() throws Exception {
    HttpResponse<String> unknown = post(front.endpoint(), "DynamoDB_20120810.Nope", "{}");
    HttpResponse<String> bug = post(front.endpoint(), "DynamoDB_20120810.Boom", "{}");

    assertEquals(400, unknown.statusCode());
    assertEquals(
        "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}", unknown.body());
    assertEquals(500, bug.statusCode());
    assertTrue(bug.body().contains("InternalFailure"), bug.body());
  }

  @Test
  void getOfRootAnswersTheHealthCheck() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(front.endpoint().resolve("/")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    assertEquals("healthy: dynamodb.us-east-1.amazonaws.com ", response.body());
  }

  @Test
  void otherMethodsAndPathsAreUnknownOperationsIn404() throws Exception {
    HttpResponse<String> put =
        client.send(
            HttpRequest.newBuilder(front.endpoint().resolve("/"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> otherPath =
        post(front.endpoint().resolve("/tables"), "DynamoDB_20120810.Echo", "{}");

    assertEquals(404, put.statusCode());
    assertEquals("<UnknownOperationException/>\n", put.body());
    assertEquals(404, otherPath.statusCode());
  }

  @Test
  void bodiesOver16MibAreRefusedWith413() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", front.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.0\r\n"
                  + "Content-Length: "
                  + (16 * 1024 * 1024 + 1)
                  + "\r\n\r\n{")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();

      assertTrue(
          readHead(new BufferedInputStream(socket.getInputStream())).startsWith("HTTP/1.1 413 "));
    }
  }

  @Test
  void aBodyOfExactly16MibIsRead() throws Exception {
    String body = "{\"x\":\"" + "a".repeat(16 * 1024 * 1024 - 10) + "\"}";

    HttpResponse<String> response = post(front.endpoint(), "DynamoDB_20120810.Invalid", body);

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("always invalid"), response.body());
  }

  @Test
  void chunkedBodiesAreRead() throws Exception {
    byte[] body = "{\"chunked\":true}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(front.endpoint())
                .header("X-Amz-Target", "DynamoDB_20120810.Echo")
                .header("Content-Type", ApiResponse.AMZ_JSON)
                .header("Authorization", AUTHORIZATION)
                .header("X-Amz-Date", "20150101T000000Z")
                // A publisher of unknown length is sent chunked.
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    assertEquals("{\"chunked\":true}", response.body());
  }

  @Test
  void malformedHttpGets400AndTheServerGoesOn() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", front.port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write("GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();

      String head = readHead(new BufferedInputStream(socket.getInputStream()));
      assertTrue(head.startsWith("HTTP/1.1 400 "), head);
    }
    try (Socket socket = new Socket("127.0.0.1", front.port())) {
      // Binary junk, then the connection is dropped mid-request.
      socket.getOutputStream().write(new byte[] {0, 1, 2, (byte) 0xff, '\n', 'x'});
    }

    assertEquals(200, post(front.endpoint(), "DynamoDB_20120810.Echo", "{}").statusCode());
  }

  @Test
  void droppedConnectionIsClosedWithoutAnAnswer() throws Exception {
    try (HttpFront dropping = HttpFront.start(request -> ApiResponse.dropConnection());
        Socket socket = new Socket("127.0.0.1", dropping.port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(request("{}"));
      socket.getOutputStream().flush();

      assertEquals(-1, socket.getInputStream().read(), "closed, nothing answered");
    }
  }

  @Test
  void aFailingHandlerStillAnswersInternalFailure() throws Exception {
    try (HttpFront failing =
        HttpFront.start(
            request -> {
              throw new IllegalStateException("a bug in the front's pipeline");
            })) {
      HttpResponse<String> response = post(failing.endpoint(), "DynamoDB_20120810.Echo", "{}");

      assertEquals(500, response.statusCode());
      assertTrue(response.body().contains("com.amazon.coral.service#InternalFailure"));
    }
  }

  /**
   * With Nagle's algorithm on, each answer's body waits for the client's delayed ACK of its head:
   * about 40 ms a request on Linux. With TCP_NODELAY, a small request takes well under 1 ms.
   */
  @Test
  void nagleIsOffSoSequentialRequestsOnOneConnectionAreFast() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", front.port())) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      byte[] request = request("{\"n\":1}");
      // Warm up the server's code paths first.
      for (int i = 0; i < 20; i++) {
        exchange(out, in, request);
      }

      long start = System.nanoTime();
      for (int i = 0; i < 200; i++) {
        exchange(out, in, request);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      // 200 x 40 ms would be 8 s (9.6 s measured with nodelay off); without Nagle, 0.1 to 0.5 s,
      // so even a heavily loaded machine stays far below 5 s.
      assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "200 requests took " + took);
    }
  }

  @Test
  void requestsBeyondThePoolWaitForAFreeThread() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    DynamoApi api = new DynamoApi(new FakeOperations().all());
    try (HttpFront single =
        HttpFront.start(
            request -> {
              mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
              try {
                Thread.sleep(100);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              running.decrementAndGet();
              return api.handle(request);
            },
            InetAddress.getLoopbackAddress(),
            0,
            1)) {
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(
            client.sendAsync(
                HttpRequest.newBuilder(single.endpoint())
                    .header("X-Amz-Target", "DynamoDB_20120810.Echo")
                    .header("Content-Type", ApiResponse.AMZ_JSON)
                    .header("Authorization", AUTHORIZATION)
                    .header("X-Amz-Date", "20150101T000000Z")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
      }

      for (CompletableFuture<HttpResponse<String>> answer : answers) {
        assertEquals(200, answer.get(10, TimeUnit.SECONDS).statusCode());
      }
      assertEquals(1, mostAtOnce.get(), "one thread serves one request at a time");
    }
  }

  @Test
  void closeFreesThePortAndEndsTheThreads() throws Exception {
    HttpFront another = HttpFront.start(new DynamoApi(new FakeOperations().all()));
    int port = another.port();
    assertEquals(200, post(another.endpoint(), "DynamoDB_20120810.Echo", "{}").statusCode());

    another.close();
    another.close();

    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("dynamap-local-http-" + port + "-")) {
        thread.join(2000);
        assertFalse(thread.isAlive(), thread.getName() + " still running");
      }
    }
  }

  private static byte[] request(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return ("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: DynamoDB_20120810.Echo\r\n"
            + "Content-Type: application/x-amz-json-1.0\r\nAuthorization: "
            + AUTHORIZATION
            + "\r\nX-Amz-Date: 20150101T000000Z\r\nContent-Length: "
            + bytes.length
            + "\r\n\r\n"
            + body)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Sends a request and reads its whole answer, keeping the connection. */
  private static void exchange(OutputStream out, InputStream in, byte[] request)
      throws IOException {
    out.write(request);
    out.flush();
    String head = readHead(in);
    assertTrue(head.startsWith("HTTP/1.1 200 "), head);
    int length = -1;
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    assertEquals(length, in.readNBytes(length).length);
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed after " + head);
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }
}
