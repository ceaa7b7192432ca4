package io.dynamap.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The data of {@link TinyItem} as an immutable class with a builder, for {@code TableSchema.fromImmutableClass}. */
@DynamoDbImmutable(builder = TinyImmutable.Builder.class)
public final class TinyImmutable {
  private final String id;

  private TinyImmutable(Builder builder) {
    this.id = builder.id;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String getId() {
    return id;
  }

  /** Builds a {@link TinyImmutable}. */
  public static final class Builder {
    private String id;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public TinyImmutable build() {
      return new TinyImmutable(this);
    }
  }
}
