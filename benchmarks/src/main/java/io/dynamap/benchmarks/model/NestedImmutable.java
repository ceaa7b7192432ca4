package io.dynamap.benchmarks.model;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The data of {@link NestedItem} as an immutable class with a builder, for {@code TableSchema.fromImmutableClass}. */
@DynamoDbImmutable(builder = NestedImmutable.Builder.class)
public final class NestedImmutable {
  private final String id;
  private final String name;
  private final List<BranchImmutable> branches;

  private NestedImmutable(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.branches = builder.branches;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<BranchImmutable> getBranches() {
    return branches;
  }

  /** Builds a {@link NestedImmutable}. */
  public static final class Builder {
    private String id;
    private String name;
    private List<BranchImmutable> branches;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder branches(List<BranchImmutable> branches) {
      this.branches = branches;
      return this;
    }

    public NestedImmutable build() {
      return new NestedImmutable(this);
    }
  }
}
