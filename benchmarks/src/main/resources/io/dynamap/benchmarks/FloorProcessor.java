import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The compile benchmark's "floor" (a resource, not a class of the benchmarks module: CompileBenchmark
 * compiles it at run time with the javac it measures). In its first round it writes, through the
 * Filer, one empty public class for each qualified name listed in the file named by
 * {@code -Afloor.names} (the files Dynamap generated for the same sources), each with the annotated
 * type whose name it starts with as originating element, as Dynamap does (public, as Dynamap's
 * generated classes are, so that javac checks each file as it checks theirs). What javac spends then,
 * less parsing alone, is what any processor writing that many files pays: the extra rounds that
 * re-enter every source and the Filer's checks of each new file.
 */
// Dynamap's annotations, as its processor claims them: javac calls both in the same rounds.
@SupportedAnnotationTypes("io.dynamap.annotations.*")
@SupportedOptions(FloorProcessor.NAMES)
public final class FloorProcessor extends AbstractProcessor {
  static final String NAMES = "floor.names";

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    String list = processingEnv.getOptions().get(NAMES);
    if (list == null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "pass -A" + NAMES + "=<file of qualified names>");
      return false;
    }
    Map<String, TypeElement> types = new HashMap<>();
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement) {
        types.put(((TypeElement) root).getQualifiedName().toString(), (TypeElement) root);
      }
    }
    try {
      for (String name : Files.readAllLines(Path.of(list), StandardCharsets.UTF_8)) {
        if (name.isBlank()) {
          continue;
        }
        int dot = name.lastIndexOf('.');
        String source =
            (dot < 0 ? "" : "package " + name.substring(0, dot) + ";\n\n")
                + "public final class " + name.substring(dot + 1) + " {}\n";
        try (Writer out = processingEnv.getFiler().createSourceFile(name, origin(name, types)).openWriter()) {
          out.write(source);
        }
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "floor: " + e);
    }
    return false;
  }

  /**
   * The source type a generated name starts with, the longest one ({@code Entity1DetailSchema}:
   * {@code Entity1Detail}, not {@code Entity1}), or none.
   */
  private static Element[] origin(String name, Map<String, TypeElement> types) {
    for (int end = name.length() - 1; end > name.lastIndexOf('.') + 1; end--) {
      TypeElement type = types.get(name.substring(0, end));
      if (type != null) {
        return new Element[] {type};
      }
    }
    return new Element[0];
  }
}
