package io.dynamap.benchmarks;

import io.dynamap.benchmarks.model.MixedItemRepository;
import io.dynamap.runtime.client.DynamapClients;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Cold starts: {@link ColdStart} in a fresh JVM per run, the anchors taking turns run after run so
 * that a disturbance of the machine hits them all alike.
 */
public final class ColdStartBenchmark {
  static final List<String> ANCHORS = List.of("dynamap", "handWritten", "fromBean");
  static final List<String> MODES = List.of("map", "put");
  static final String TABLE = "cold_start_mixed";

  /** The times of one mode and anchor, in milliseconds, in run order. */
  public record Result(String mode, String anchor, List<Double> millis) {}

  private ColdStartBenchmark() {}

  public static List<Result> run(int runs, URI endpoint) {
    try (DynamoDbClient client =
        DynamapClients.builder()
            .endpoint(endpoint)
            .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
            .build()) {
      new MixedItemRepository(client, TABLE).createTable();
    }
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (String mode : MODES) {
      for (String anchor : ANCHORS) {
        times.put(mode + " " + anchor, new ArrayList<>());
      }
    }
    for (int run = 0; run < runs; run++) {
      for (String mode : MODES) {
        for (String anchor : ANCHORS) {
          times.get(mode + " " + anchor).add(once(mode, anchor, endpoint));
        }
      }
    }
    List<Result> results = new ArrayList<>();
    for (String mode : MODES) {
      for (String anchor : ANCHORS) {
        results.add(new Result(mode, anchor, times.get(mode + " " + anchor)));
      }
    }
    return results;
  }

  private static double once(String mode, String anchor, URI endpoint) {
    List<String> command = new ArrayList<>(Jvm.command(List.of(), ColdStart.class));
    command.addAll(List.of(mode, anchor, endpoint.toString(), TABLE));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      Double millis = null;
      StringBuilder output = new StringBuilder();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          output.append(line).append('\n');
          if (line.startsWith(ColdStart.PREFIX)) {
            millis = Long.parseLong(line.substring(ColdStart.PREFIX.length()).split(" ")[0]) / 1e6;
          }
        }
      }
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0 || millis == null) {
        throw new IllegalStateException("Cold start " + mode + " " + anchor + " failed:\n" + output);
      }
      return millis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
