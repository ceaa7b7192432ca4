package io.dynamap.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles test sources with the processor. Most test classes share one compilation of all their
 * sources ({@link #shared}), since errors in one entity never affect another (which {@link
 * EntityIsolationTest} checks); each test then asserts on its own source file.
 */
final class Compilations {
  /**
   * Options under which valid entities must compile: every lint but {@code processing}, whose only
   * warning is about the processor not claiming its annotations (see {@link
   * ValidEntitiesTest#javacWarnsUnderXlintAllOnlyThatNoProcessorClaimedTheAnnotations}).
   */
  static final List<String> STRICT = List.of("-Xlint:all,-processing", "-Werror");

  private final List<String> options;
  private final List<JavaFileObject> sources = new ArrayList<>();
  private Compilation compilation;

  private Compilations(List<String> options) {
    this.options = options;
  }

  /** A set of sources compiled together, once, the first time a test asks for the result. */
  static Compilations shared() {
    return new Compilations(List.of());
  }

  /** Like {@link #shared()}, with javac options. */
  static Compilations shared(List<String> options) {
    return new Compilations(options);
  }

  /** Compiles sources with the processor. */
  static Compilation compile(JavaFileObject... sources) {
    return compiler(List.of()).compile(sources);
  }

  /** Compiles sources with the processor and javac options. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return compiler(options).compile(sources);
  }

  private static Compiler compiler(List<String> options) {
    List<String> all = new ArrayList<>(options);
    // Shared compilations hold many broken entities; javac stops reporting at 100 by default.
    all.add("-Xmaxerrs");
    all.add("10000");
    return javac().withProcessors(new DynamapProcessor()).withOptions(all);
  }

  /** A source file, one string per line, so that line 1 is the first string. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Adds a source to this shared compilation. */
  JavaFileObject add(String qualifiedName, String... lines) {
    return add(source(qualifiedName, lines));
  }

  /** Adds a source to this shared compilation. */
  JavaFileObject add(JavaFileObject file) {
    if (compilation != null) {
      throw new IllegalStateException("already compiled; add sources in static initializers");
    }
    sources.add(file);
    return file;
  }

  /** The result of compiling every source added. */
  synchronized Compilation get() {
    if (compilation == null) {
      compilation = compiler(options).compile(sources);
    }
    return compilation;
  }

  /** The messages of the errors reported in one file of this compilation. */
  List<String> errorsIn(JavaFileObject file) {
    return errorsIn(get(), file);
  }

  /** The messages of the errors reported in one file. */
  static List<String> errorsIn(Compilation compilation, JavaFileObject file) {
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      if (error.getSource() != null && error.getSource().toUri().equals(file.toUri())) {
        messages.add("line " + error.getLineNumber() + ": " + error.getMessage(Locale.ROOT));
      }
    }
    return messages;
  }

  /**
   * Asserts that a file has exactly {@code count} errors, so that one mistake is not reported again
   * in other words.
   */
  void assertErrorCount(JavaFileObject file, int count) {
    assertWithMessage("errors reported in %s", file.getName()).that(errorsIn(file)).hasSize(count);
  }
}
