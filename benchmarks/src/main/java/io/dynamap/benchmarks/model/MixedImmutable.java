package io.dynamap.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The data of {@link MixedItem} as an immutable class with a builder, for {@code TableSchema.fromImmutableClass}. */
@DynamoDbImmutable(builder = MixedImmutable.Builder.class)
public final class MixedImmutable {
  private final String id;
  private final int count;
  private final long total;
  private final double ratio;
  private final BigDecimal amount;
  private final boolean flag;
  private final Status status;
  private final Instant createdAt;
  private final LocalDate birthday;
  private final UUID uuid;
  private final byte[] data;
  private final Set<String> tags;
  private final Set<Integer> numbers;
  private final List<String> notes;
  private final Map<String, String> attributes;
  private final AddressImmutable address;

  private MixedImmutable(Builder builder) {
    this.id = builder.id;
    this.count = builder.count;
    this.total = builder.total;
    this.ratio = builder.ratio;
    this.amount = builder.amount;
    this.flag = builder.flag;
    this.status = builder.status;
    this.createdAt = builder.createdAt;
    this.birthday = builder.birthday;
    this.uuid = builder.uuid;
    this.data = builder.data;
    this.tags = builder.tags;
    this.numbers = builder.numbers;
    this.notes = builder.notes;
    this.attributes = builder.attributes;
    this.address = builder.address;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String getId() {
    return id;
  }

  public int getCount() {
    return count;
  }

  public long getTotal() {
    return total;
  }

  public double getRatio() {
    return ratio;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public boolean isFlag() {
    return flag;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public LocalDate getBirthday() {
    return birthday;
  }

  public UUID getUuid() {
    return uuid;
  }

  public byte[] getData() {
    return data;
  }

  public Set<String> getTags() {
    return tags;
  }

  public Set<Integer> getNumbers() {
    return numbers;
  }

  public List<String> getNotes() {
    return notes;
  }

  public Map<String, String> getAttributes() {
    return attributes;
  }

  public AddressImmutable getAddress() {
    return address;
  }

  /** Builds a {@link MixedImmutable}. */
  public static final class Builder {
    private String id;
    private int count;
    private long total;
    private double ratio;
    private BigDecimal amount;
    private boolean flag;
    private Status status;
    private Instant createdAt;
    private LocalDate birthday;
    private UUID uuid;
    private byte[] data;
    private Set<String> tags;
    private Set<Integer> numbers;
    private List<String> notes;
    private Map<String, String> attributes;
    private AddressImmutable address;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder count(int count) {
      this.count = count;
      return this;
    }

    public Builder total(long total) {
      this.total = total;
      return this;
    }

    public Builder ratio(double ratio) {
      this.ratio = ratio;
      return this;
    }

    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    public Builder flag(boolean flag) {
      this.flag = flag;
      return this;
    }

    public Builder status(Status status) {
      this.status = status;
      return this;
    }

    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public Builder birthday(LocalDate birthday) {
      this.birthday = birthday;
      return this;
    }

    public Builder uuid(UUID uuid) {
      this.uuid = uuid;
      return this;
    }

    public Builder data(byte[] data) {
      this.data = data;
      return this;
    }

    public Builder tags(Set<String> tags) {
      this.tags = tags;
      return this;
    }

    public Builder numbers(Set<Integer> numbers) {
      this.numbers = numbers;
      return this;
    }

    public Builder notes(List<String> notes) {
      this.notes = notes;
      return this;
    }

    public Builder attributes(Map<String, String> attributes) {
      this.attributes = attributes;
      return this;
    }

    public Builder address(AddressImmutable address) {
      this.address = address;
      return this;
    }

    public MixedImmutable build() {
      return new MixedImmutable(this);
    }
  }
}
