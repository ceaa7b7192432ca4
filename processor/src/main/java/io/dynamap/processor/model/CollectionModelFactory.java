package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import io.dynamap.annotations.Item;
import io.dynamap.annotations.ItemCollection;
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

    ItemCollection collection = type.getAnnotation(ItemCollection.class);
    ItemKeys.TableIndex index = null;
    if (!collection.index().isEmpty()) {
      index = tableIndex(declaration, collection.index());
      if (index == null) {
        report.error(
            type, mirror, AnnotationMirrors.value(mirror, "index"), Message.COLLECTION_UNKNOWN_INDEX,
            collection.index(), declaration.name(), indexNames(declaration));
        return new Outcome(Optional.empty(), report, false);
      }
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
      EntityModel model = result.model().get();
      if (index != null && model.itemKeys().indexTemplate(index.name()).isEmpty()) {
        report.error(
            type, Message.COLLECTION_MEMBER, type.getSimpleName(), member.getSimpleName(),
            declaration.name(),
            "it composes no keys of index " + index.name() + "; add @IndexKeys(index = \""
                + index.name() + "\", partition = \"...\", sort = \"...\") to it");
        complete = false;
        continue;
      }
      members.add(model);
    }
    if (!complete || !report.isClean()) {
      return new Outcome(Optional.empty(), report, false);
    }
    CollectionModel model =
        new CollectionModel(
            type, ClassName.get(type), declaration.name(), members, index, collection.typeFilter());
    checkMembers(type, model, report);
    if (!report.isClean()) {
      return new Outcome(Optional.empty(), report, false);
    }
    return new Outcome(Optional.of(model), report, false);
  }

  private static ItemKeys.TableIndex tableIndex(SingleTable declaration, String name) {
    for (SingleTable.GlobalIndex index : declaration.indexes()) {
      if (index.name().equals(name)) {
        // As ItemKeysReader names the key attributes of an index.
        return new ItemKeys.TableIndex(
            index.name(),
            index.partitionKey().isEmpty() ? index.name() + "pk" : index.partitionKey(),
            index.sortKey().isEmpty() ? index.name() + "sk" : index.sortKey());
      }
    }
    return null;
  }

  private static String indexNames(SingleTable declaration) {
    List<String> names = new ArrayList<>();
    for (SingleTable.GlobalIndex index : declaration.indexes()) {
      names.add(index.name());
    }
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private static void checkMembers(
      TypeElement type, CollectionModel collection, ValidationReport report) {
    List<EntityModel> members = collection.members();
    EntityModel first = members.get(0);
    ItemKeys.KeyTemplate firstPartition = partitionOf(collection, first);
    for (EntityModel member : members.subList(1, members.size())) {
      ItemKeys.KeyTemplate partition = partitionOf(collection, member);
      if (!sameTemplate(firstPartition, partition)) {
        report.error(
            type,
            Message.COLLECTION_PARTITION_MISMATCH,
            first.entityType().simpleName(),
            where(collection) + "partition key",
            firstPartition.text(),
            member.entityType().simpleName(),
            partition.text(),
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
        ItemKeys.KeyTemplate sortA = collection.sortOf(a);
        ItemKeys.KeyTemplate sortB = collection.sortOf(b);
        String prefixA = sortA.literalPrefix();
        String prefixB = sortB.literalPrefix();
        if (!prefixA.startsWith(prefixB) && !prefixB.startsWith(prefixA)) {
          continue;
        }
        if (collection.index() != null) {
          // Each member's own index queries filter on its type, so overlapping index sort keys
          // harm only the collection's query, unless it filters on the types too and says so.
          if (!collection.typeFilter()) {
            report.error(
                type,
                Message.COLLECTION_INDEX_SORT_OVERLAP,
                collection.index().name(),
                a.entityType().simpleName(),
                sortA.text(),
                b.entityType().simpleName(),
                sortB.text(),
                type.getSimpleName(),
                a.itemKeys().typeAttribute());
          }
          continue;
        }
        boolean aShorter = prefixA.length() <= prefixB.length();
        EntityModel wider = aShorter ? a : b;
        EntityModel narrower = aShorter ? b : a;
        report.error(
            type,
            Message.COLLECTION_PREFIX_OVERLAP,
            a.entityType().simpleName(),
            sortA.text(),
            b.entityType().simpleName(),
            sortB.text(),
            wider.entityType().simpleName(),
            collection.sortOf(wider).literalPrefix(),
            narrower.entityType().simpleName());
      }
    }
  }

  private static ItemKeys.KeyTemplate partitionOf(CollectionModel collection, EntityModel member) {
    return collection.index() == null
        ? member.itemKeys().partition()
        : member.itemKeys().indexTemplate(collection.index().name()).orElseThrow().partition();
  }

  private static String where(CollectionModel collection) {
    return collection.index() == null ? "" : "index " + collection.index().name() + " ";
  }

  /**
   * Same text, and fields of the same names, Java types and key formats (pattern, escaping,
   * converter) in the same places, so that every member composes the same key from the same values.
   */
  static boolean sameTemplate(ItemKeys.KeyTemplate a, ItemKeys.KeyTemplate b) {
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
