package io.dynamap.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/** The data of {@link Leaf} as an immutable class with a builder, for {@code TableSchema.fromImmutableClass}. */
@DynamoDbImmutable(builder = LeafImmutable.Builder.class)
public final class LeafImmutable {
  private final String label;
  private final String text;
  private final long weight;

  private LeafImmutable(Builder builder) {
    this.label = builder.label;
    this.text = builder.text;
    this.weight = builder.weight;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  public String getLabel() {
    return label;
  }

  public String getText() {
    return text;
  }

  public long getWeight() {
    return weight;
  }

  /** Builds a {@link LeafImmutable}. */
  public static final class Builder {
    private String label;
    private String text;
    private long weight;

    private Builder() {}

    public Builder label(String label) {
      this.label = label;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder weight(long weight) {
      this.weight = weight;
      return this;
    }

    public LeafImmutable build() {
      return new LeafImmutable(this);
    }
  }
}
