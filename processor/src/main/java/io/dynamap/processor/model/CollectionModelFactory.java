package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import io.dynamap.annotations.Item;
import io.dynamap.annotations.SingleTable;
import io.dynamap.processor.validation.Message;
import io.dynamap.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads an {@code @ItemCollection} sealed interface: its members must be {@code @Item} entities of
 * its table, compose one partition template, store distinct types and have sort key prefixes that
 * do not overlap, so that a member's {@code all()} never reads another member's items.
 */
public final class CollectionModelFactory {
  private final EntityModelFactory entities;

  public CollectionModelFactory(EntityModelFactory entities) {
    this.entities = entities;
  }

  /** The outcome for one collection. */
  public record Outcome(Optional<CollectionModel> model, ValidationReport report, boolean deferred) {}

  public Outcome create(TypeElement type) {
    ValidationReport report = new ValidationReport();
    AnnotationMirror mirror = AnnotationMirrors.find(type, "io.dynamap.annotations.ItemCollection");
    AnnotationValue tableValue = AnnotationMirrors.value(mirror, "value");
    if (tableValue != null
        && tableValue.getValue() instanceof TypeMirror table
        && table.getKind() == TypeKind.ERROR) {
      return new Outcome(Optional.empty(), report, true);
    }
    if (type.getKind() != ElementKind.INTERFACE || !type.getModifiers().contains(Modifier.SEALED)) {
      report.error(type, Message.COLLECTION_NOT_SEALED, type.getSimpleName(), type.getSimpleName());
      return new Outcome(Optional.empty(), report, false);
    }
    TypeElement table = (TypeElement) ((DeclaredType) tableValue.getValue()).asElement();
    SingleTable declaration = table.getAnnotation(SingleTable.class);
    if (declaration == null) {
      report.error(
          type, mirror, tableValue, Message.ITEM_TABLE_NOT_DECLARED,
          table.getSimpleName(), table.getSimpleName());
      return new Outcome(Optional.empty(), report, false);
    }

    List<EntityModel> members = new ArrayList<>();
    boolean complete = true;
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      if (permitted.getKind() == TypeKind.ERROR) {
        return new Outcome(Optional.empty(), report, true);
      }
      TypeElement member = (TypeElement) ((DeclaredType) permitted).asElement();
      String problem = null;
      if (member.getAnnotation(Item.class) == null) {
        problem = "it has no @Item annotation";
      } else if (ItemKeysReader.tableOf(member)
          .filter(t -> t.getQualifiedName().equals(table.getQualifiedName()))
          .isEmpty()) {
        problem =
            "it is stored in "
                + ItemKeysReader.tableOf(member).map(t -> t.getSimpleName().toString()).orElse("?");
      }
      if (problem != null) {
        report.error(
            type, Message.COLLECTION_MEMBER, type.getSimpleName(), member.getSimpleName(),
            declaration.name(), problem);
        complete = false;
        continue;
      }
      EntityModelFactory.Result result = entities.create(member);
      if (result.deferred()) {
        return new Outcome(Optional.empty(), report, true);
      }
      if (result.model().isEmpty()) {
        complete = false; // its own errors are reported where it is processed
        continue;
      }
      members.add(result.model().get());
    }
    if (!complete || !report.isClean()) {
      return new Outcome(Optional.empty(), report, false);
    }
    checkMembers(type, members, report);
    if (!report.isClean()) {
      return new Outcome(Optional.empty(), report, false);
    }
    return new Outcome(
        Optional.of(new CollectionModel(type, ClassName.get(type), declaration.name(), members)),
        report,
        false);
  }

  private static void checkMembers(
      TypeElement type, List<EntityModel> members, ValidationReport report) {
    EntityModel first = members.get(0);
    for (EntityModel member : members.subList(1, members.size())) {
      if (!samePartition(first.itemKeys().partition(), member.itemKeys().partition())) {
        report.error(
            type,
            Message.COLLECTION_PARTITION_MISMATCH,
            first.entityType().simpleName(),
            first.itemKeys().partition().text(),
            member.entityType().simpleName(),
            member.itemKeys().partition().text(),
            type.getSimpleName());
      }
    }
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        EntityModel a = members.get(i);
        EntityModel b = members.get(j);
        if (a.itemKeys().typeName().equals(b.itemKeys().typeName())) {
          report.error(
              type,
              Message.DUPLICATE_TYPE_NAME,
              a.entityType().simpleName(),
              b.entityType().simpleName(),
              a.itemKeys().typeName(),
              a.tableName());
        }
        String prefixA = a.itemKeys().sort().literalPrefix();
        String prefixB = b.itemKeys().sort().literalPrefix();
        if (prefixA.startsWith(prefixB) || prefixB.startsWith(prefixA)) {
          boolean aShorter = prefixA.length() <= prefixB.length();
          EntityModel wider = aShorter ? a : b;
          EntityModel narrower = aShorter ? b : a;
          report.error(
              type,
              Message.COLLECTION_PREFIX_OVERLAP,
              a.entityType().simpleName(),
              a.itemKeys().sort().text(),
              b.entityType().simpleName(),
              b.itemKeys().sort().text(),
              wider.entityType().simpleName(),
              wider.itemKeys().sort().literalPrefix(),
              narrower.entityType().simpleName());
        }
      }
    }
  }

  /**
   * Same text, and fields of the same names, Java types and key formats (pattern, escaping,
   * converter) in the same places, so that every member composes the same key from the same values.
   */
  private static boolean samePartition(ItemKeys.KeyTemplate a, ItemKeys.KeyTemplate b) {
    if (!a.text().equals(b.text()) || a.fields().size() != b.fields().size()) {
      return false;
    }
    for (int i = 0; i < a.fields().size(); i++) {
      if (!a.fields().get(i).mapping().equals(b.fields().get(i).mapping())) {
        return false;
      }
    }
    List<ItemKeys.Part> partsA = a.parts();
    List<ItemKeys.Part> partsB = b.parts();
    for (int i = 0; i < partsA.size(); i++) {
      if (partsA.get(i) instanceof ItemKeys.Field fieldA
          && partsB.get(i) instanceof ItemKeys.Field fieldB
          && (!java.util.Objects.equals(fieldA.pattern(), fieldB.pattern())
              || fieldA.escapesText() != fieldB.escapesText())) {
        return false;
      }
    }
    return true;
  }
}
