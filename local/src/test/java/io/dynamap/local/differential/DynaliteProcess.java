package io.dynamap.local.differential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * dynalite, the differential oracle, run by Node.js on a free loopback port, in memory. It is the
 * copy that {@code .ci/run} installs with {@code npm ci} in {@code src/test/dynalite}.
 */
final class DynaliteProcess implements AutoCloseable {
  /** The folder holding dynalite's package.json and package-lock.json, relative to the module. */
  static final Path INSTALL_FOLDER = Path.of("src", "test", "dynalite");

  private static final Path CLI =
      INSTALL_FOLDER.resolve(Path.of("node_modules", "dynalite", "cli.js"));

  private final Process process;
  private final JsonEndpoint endpoint;
  private final List<String> output = new ArrayList<>();

  private DynaliteProcess(Process process, JsonEndpoint endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /** Why dynalite cannot run here (no Node.js, dynalite not installed), or empty if it can. */
  static Optional<String> unavailableReason() {
    if (!Files.isRegularFile(CLI)) {
      return Optional.of(
          "dynalite is not installed ("
              + CLI.toAbsolutePath()
              + " is missing): run `npm ci` in "
              + INSTALL_FOLDER.toAbsolutePath()
              + " as .ci/run does");
    }
    if (nodeExecutable().isEmpty()) {
      return Optional.of("Node.js (`node`) is not on the PATH");
    }
    return Optional.empty();
  }

  /** Starts dynalite and waits until it answers; a port taken meanwhile is retried. */
  static DynaliteProcess start(String name) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      ProcessBuilder builder =
          new ProcessBuilder(
              nodeExecutable().orElseThrow(),
              CLI.toString(),
              "--host",
              "127.0.0.1",
              "--port",
              Integer.toString(port),
              // Tables active at once, as Dynamap Local creates them.
              "--createTableMs",
              "0",
              "--deleteTableMs",
              "0",
              "--updateTableMs",
              "0");
      builder.redirectErrorStream(true);
      DynaliteProcess dynalite =
          new DynaliteProcess(
              builder.start(), new JsonEndpoint(name, URI.create("http://127.0.0.1:" + port + "/")));
      dynalite.collectOutput();
      if (dynalite.awaitAnswer()) {
        return dynalite;
      }
      last = new IOException("dynalite did not answer on port " + port + ": " + dynalite.output());
      dynalite.close();
    }
    throw last;
  }

  JsonEndpoint endpoint() {
    return endpoint;
  }

  private boolean awaitAnswer() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline && process.isAlive()) {
      Answer answer = endpoint.call("ListTables", "{}");
      if (answer.status() == 200) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private void collectOutput() {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  synchronized (output) {
                    output.add(line);
                  }
                }
              } catch (IOException ignored) {
                // The process ended.
              }
            },
            "dynalite-output");
    reader.setDaemon(true);
    reader.start();
  }

  private String output() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static Optional<String> nodeExecutable() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String folder : path.split(java.io.File.pathSeparator)) {
      for (String name : new String[] {"node", "node.exe"}) {
        Path candidate = Path.of(folder, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate.toString());
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }
}
