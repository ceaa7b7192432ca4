package io.dynamap.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The data of {@link BinaryItem} as an immutable class with a builder, for {@code TableSchema.fromImmutableClass}. */
@DynamoDbImmutable(builder = BinaryImmutable.Builder.class)
public final class BinaryImmutable {
  private final String id;
  private final byte[] payload;

  private BinaryImmutable(Builder builder) {
    this.id = builder.id;
    this.payload = builder.payload;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String getId() {
    return id;
  }

  public byte[] getPayload() {
    return payload;
  }

  /** Builds a {@link BinaryImmutable}. */
  public static final class Builder {
    private String id;
    private byte[] payload;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder payload(byte[] payload) {
      this.payload = payload;
      return this;
    }

    public BinaryImmutable build() {
      return new BinaryImmutable(this);
    }
  }
}
