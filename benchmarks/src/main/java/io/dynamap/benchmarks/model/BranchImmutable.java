package io.dynamap.benchmarks.model;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/** The data of {@link Branch} as an immutable class with a builder, for {@code TableSchema.fromImmutableClass}. */
@DynamoDbImmutable(builder = BranchImmutable.Builder.class)
public final class BranchImmutable {
  private final String name;
  private final int rank;
  private final List<LeafImmutable> leaves;

  private BranchImmutable(Builder builder) {
    this.name = builder.name;
    this.rank = builder.rank;
    this.leaves = builder.leaves;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  public String getName() {
    return name;
  }

  public int getRank() {
    return rank;
  }

  public List<LeafImmutable> getLeaves() {
    return leaves;
  }

  /** Builds a {@link BranchImmutable}. */
  public static final class Builder {
    private String name;
    private int rank;
    private List<LeafImmutable> leaves;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder rank(int rank) {
      this.rank = rank;
      return this;
    }

    public Builder leaves(List<LeafImmutable> leaves) {
      this.leaves = leaves;
      return this;
    }

    public BranchImmutable build() {
      return new BranchImmutable(this);
    }
  }
}
