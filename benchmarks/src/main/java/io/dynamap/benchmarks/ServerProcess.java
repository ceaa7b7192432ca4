package io.dynamap.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server in a process of its own, so that the clients measured do not share its JVM: a JVM that
 * prints {@code ENDPOINT=uri} once listening and stops when its standard input closes ({@link
 * LocalServer}, {@link NullServer}), or dynalite under Node.js.
 */
final class ServerProcess implements AutoCloseable {
  final String name;
  final Process process;
  final URI endpoint;
  private final boolean stopsOnInputClose;

  private ServerProcess(String name, Process process, URI endpoint, boolean stopsOnInputClose) {
    this.name = name;
    this.process = process;
    this.endpoint = endpoint;
    this.stopsOnInputClose = stopsOnInputClose;
  }

  /** A JVM running {@code main} with {@code args}, once it has printed its endpoint. */
  static ServerProcess jvm(String name, List<String> jvmOptions, Class<?> main, String... args) {
    List<String> command = new ArrayList<>(Jvm.command(jvmOptions, main));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith(LocalServer.PREFIX)) {
          URI endpoint = URI.create(line.substring(LocalServer.PREFIX.length()).trim());
          drain(out, name);
          return new ServerProcess(name, process, endpoint, true);
        }
      }
      throw new IllegalStateException(name + " did not start");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** dynalite's command line: in memory, tables active at once, on {@code port}. */
  static List<String> dynaliteCommand(Path cli, int port) {
    return List.of(
        node().orElseThrow().toString(),
        cli.toString(),
        "--host",
        "127.0.0.1",
        "--port",
        Integer.toString(port),
        "--createTableMs",
        "0",
        "--deleteTableMs",
        "0",
        "--updateTableMs",
        "0");
  }

  /** dynalite on a free port; the caller waits until it answers. */
  static ServerProcess dynalite(Path cli) {
    int port = freePort();
    try {
      Process process =
          new ProcessBuilder(dynaliteCommand(cli, port))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return new ServerProcess("dynalite", process, URI.create("http://127.0.0.1:" + port), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static java.util.Optional<Path> node() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String folder : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(folder, "node");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return java.util.Optional.of(candidate);
        }
      }
    }
    return java.util.Optional.empty();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void drain(BufferedReader out, String name) {
    Thread drain =
        new Thread(
            () -> {
              try {
                out.transferTo(java.io.Writer.nullWriter());
              } catch (IOException e) {
                // The server ended.
              }
            },
            name + "-output");
    drain.setDaemon(true);
    drain.start();
  }

  /** Stops the process (and its children): closes its input, then destroys it if still alive. */
  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already gone.
    }
    try {
      if (!stopsOnInputClose || !process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
