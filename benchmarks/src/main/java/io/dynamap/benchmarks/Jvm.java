package io.dynamap.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Commands that start a fresh JVM on this JVM's class path. */
final class Jvm {
  private Jvm() {}

  static List<String> command(List<String> jvmOptions, Class<?> main) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    return command;
  }
}
