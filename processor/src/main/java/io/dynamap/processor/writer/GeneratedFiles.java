package io.dynamap.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.dynamap.processor.model.EntityModel;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The one place that writes generated files, so that every file is marked the same way: a
 * date-free {@code @Generated} (reproducible builds), the annotated type as its only originating element
 * (isolating incremental processing), and no {@code java.lang} imports.
 */
public final class GeneratedFiles {
  static final String GENERATOR = "io.dynamap.processor.DynamapProcessor";
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private final Filer filer;
  private final Messager messager;

  public GeneratedFiles(Filer filer, Messager messager) {
    this.filer = filer;
    this.messager = messager;
  }

  /** Writes one generated type for an entity. */
  public void write(EntityModel entity, TypeSpec.Builder type) {
    write(entity.originatingElement(), entity.entityType().packageName(), type);
  }

  /** Writes one generated type, in {@code packageName}, made from {@code origin} alone. */
  public void write(TypeElement origin, String packageName, TypeSpec.Builder type) {
    TypeSpec spec =
        type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build())
            .addOriginatingElement(origin)
            .build();
    JavaFile file =
        JavaFile.builder(packageName, spec)
            .skipJavaLangImports(true)
            .indent("    ")
            .build();
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          "could not write " + spec.name() + ": " + e.getMessage(),
          origin);
    }
  }
}
