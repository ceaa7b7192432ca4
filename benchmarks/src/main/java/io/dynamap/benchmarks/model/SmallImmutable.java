package io.dynamap.benchmarks.model;

import java.math.BigDecimal;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** The data of {@link SmallItem} as an immutable class with a builder, for {@code TableSchema.fromImmutableClass}. */
@DynamoDbImmutable(builder = SmallImmutable.Builder.class)
public final class SmallImmutable {
  private final String pk;
  private final String sk;
  private final String name;
  private final String email;
  private final String country;
  private final int age;
  private final int visits;
  private final long score;
  private final double balance;
  private final BigDecimal price;
  private final boolean active;

  private SmallImmutable(Builder builder) {
    this.pk = builder.pk;
    this.sk = builder.sk;
    this.name = builder.name;
    this.email = builder.email;
    this.country = builder.country;
    this.age = builder.age;
    this.visits = builder.visits;
    this.score = builder.score;
    this.balance = builder.balance;
    this.price = builder.price;
    this.active = builder.active;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String getPk() {
    return pk;
  }

  @DynamoDbSortKey
  public String getSk() {
    return sk;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getCountry() {
    return country;
  }

  public int getAge() {
    return age;
  }

  public int getVisits() {
    return visits;
  }

  public long getScore() {
    return score;
  }

  public double getBalance() {
    return balance;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public boolean isActive() {
    return active;
  }

  /** Builds a {@link SmallImmutable}. */
  public static final class Builder {
    private String pk;
    private String sk;
    private String name;
    private String email;
    private String country;
    private int age;
    private int visits;
    private long score;
    private double balance;
    private BigDecimal price;
    private boolean active;

    private Builder() {}

    public Builder pk(String pk) {
      this.pk = pk;
      return this;
    }

    public Builder sk(String sk) {
      this.sk = sk;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder email(String email) {
      this.email = email;
      return this;
    }

    public Builder country(String country) {
      this.country = country;
      return this;
    }

    public Builder age(int age) {
      this.age = age;
      return this;
    }

    public Builder visits(int visits) {
      this.visits = visits;
      return this;
    }

    public Builder score(long score) {
      this.score = score;
      return this;
    }

    public Builder balance(double balance) {
      this.balance = balance;
      return this;
    }

    public Builder price(BigDecimal price) {
      this.price = price;
      return this;
    }

    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    public SmallImmutable build() {
      return new SmallImmutable(this);
    }
  }
}
