package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @ItemCollection}: a sealed interface whose permitted {@code @Item} entities
 * share a partition of one single table.
 *
 * @param originatingElement the sealed interface
 * @param collectionType the sealed interface
 * @param tableName the table's name
 * @param members the permitted entities, in the order the interface permits them
 * @param index the global index whose partition the members share, or null for the table's own
 * @param typeFilter whether every query of the collection filters on the type attribute, keeping
 *     the members' types
 */
public record CollectionModel(
    TypeElement originatingElement,
    ClassName collectionType,
    String tableName,
    List<EntityModel> members,
    ItemKeys.TableIndex index,
    boolean typeFilter) {

  public CollectionModel {
    members = List.copyOf(members);
  }

  /** The keys every member shares: the table's attributes and the partition template. */
  public ItemKeys keys() {
    return members.get(0).itemKeys();
  }

  /** The first member's templates of the collection's index; null for a table collection. */
  public ItemKeys.IndexTemplate indexTemplate() {
    return index == null ? null : keys().indexTemplate(index.name()).orElseThrow();
  }

  /** The partition template every member composes, of the table or of the index. */
  public ItemKeys.KeyTemplate partition() {
    return index == null ? keys().partition() : indexTemplate().partition();
  }

  /** The physical partition key attribute the collection's queries fix. */
  public String partitionKeyName() {
    return index == null ? keys().partitionKeyName() : index.partitionKeyName();
  }

  /** The physical sort key attribute the collection's ranges are on. */
  public String sortKeyName() {
    return index == null ? keys().sortKeyName() : index.sortKeyName();
  }

  /** A member's sort template, of the table or of the collection's index. */
  public ItemKeys.KeyTemplate sortOf(EntityModel member) {
    return index == null
        ? member.itemKeys().sort()
        : member.itemKeys().indexTemplate(index.name()).orElseThrow().sort();
  }

  /**
   * The sort template every member composes alike (same text, fields of the same types), over
   * which the collection offers ranges; null if members differ or it has no field.
   */
  public ItemKeys.KeyTemplate sharedSort() {
    ItemKeys.KeyTemplate first = sortOf(members.get(0));
    if (first.isConstant()) {
      return null;
    }
    for (EntityModel member : members.subList(1, members.size())) {
      if (!CollectionModelFactory.sameTemplate(first, sortOf(member))) {
        return null;
      }
    }
    return first;
  }

  /** {@code CustomerItem}, or {@code Outer_CustomerItem} for a nested interface. */
  public String generatedPrefix() {
    return String.join("_", collectionType.simpleNames());
  }

  public ClassName schemaClass() {
    return ClassName.get(collectionType.packageName(), generatedPrefix() + "Schema");
  }

  public ClassName keysClass() {
    return ClassName.get(collectionType.packageName(), generatedPrefix() + "Keys");
  }

  public ClassName repositoryClass() {
    return ClassName.get(collectionType.packageName(), generatedPrefix() + "Repository");
  }

  /** {@code CustomerItemAsyncRepository}, written when dynamap-async is on the class path. */
  public ClassName asyncRepositoryClass() {
    return ClassName.get(collectionType.packageName(), generatedPrefix() + "AsyncRepository");
  }
}
