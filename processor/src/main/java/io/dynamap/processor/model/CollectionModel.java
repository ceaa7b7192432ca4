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
 */
public record CollectionModel(
    TypeElement originatingElement,
    ClassName collectionType,
    String tableName,
    List<EntityModel> members) {

  public CollectionModel {
    members = List.copyOf(members);
  }

  /** The keys every member shares: the table's attributes and the partition template. */
  public ItemKeys keys() {
    return members.get(0).itemKeys();
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
