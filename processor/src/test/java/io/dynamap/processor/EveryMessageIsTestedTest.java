package io.dynamap.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import io.dynamap.processor.validation.Message;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards the rule that every error message has a test saying when it is reported. */
class EveryMessageIsTestedTest {

  @Test
  void everyMessageHasATestMarkedWithReports() throws Exception {
    Set<Message> tested = EnumSet.noneOf(Message.class);
    for (Class<?> testClass : testClassesOfThisPackage()) {
      for (Method method : testClass.getDeclaredMethods()) {
        Reports reports = method.getAnnotation(Reports.class);
        if (reports != null) {
          tested.addAll(List.of(reports.value()));
        }
      }
    }
    Set<Message> untested = EnumSet.complementOf(EnumSet.copyOf(tested));
    assertWithMessage("messages without a test marked @Reports").that(untested).isEmpty();
  }

  /** The compiled classes of this package whose names end in "Test". */
  private static List<Class<?>> testClassesOfThisPackage()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path directory =
        Path.of(
                EveryMessageIsTestedTest.class
                    .getResource("EveryMessageIsTestedTest.class")
                    .toURI())
            .getParent();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith("Test.class")) {
          String simpleName = name.substring(0, name.length() - ".class".length());
          classes.add(
              Class.forName(EveryMessageIsTestedTest.class.getPackageName() + "." + simpleName));
        }
      }
    }
    assertWithMessage("test classes found in %s", directory).that(classes.size()).isAtLeast(5);
    return classes;
  }
}
