package io.dynamap.benchmarks.model;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The data of {@link ShallowMapItem} as an immutable class with a builder, for {@code TableSchema.fromImmutableClass}. */
@DynamoDbImmutable(builder = ShallowMapImmutable.Builder.class)
public final class ShallowMapImmutable {
  private final String id;
  private final Map<String, String> labels;
  private final Map<String, Long> counters;

  private ShallowMapImmutable(Builder builder) {
    this.id = builder.id;
    this.labels = builder.labels;
    this.counters = builder.counters;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String getId() {
    return id;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public Map<String, Long> getCounters() {
    return counters;
  }

  /** Builds a {@link ShallowMapImmutable}. */
  public static final class Builder {
    private String id;
    private Map<String, String> labels;
    private Map<String, Long> counters;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder labels(Map<String, String> labels) {
      this.labels = labels;
      return this;
    }

    public Builder counters(Map<String, Long> counters) {
      this.counters = counters;
      return this;
    }

    public ShallowMapImmutable build() {
      return new ShallowMapImmutable(this);
    }
  }
}
