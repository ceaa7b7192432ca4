package io.dynamap.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/** The data of {@link Address} as an immutable class with a builder, for {@code TableSchema.fromImmutableClass}. */
@DynamoDbImmutable(builder = AddressImmutable.Builder.class)
public final class AddressImmutable {
  private final String street;
  private final String city;
  private final String zip;

  private AddressImmutable(Builder builder) {
    this.street = builder.street;
    this.city = builder.city;
    this.zip = builder.zip;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  public String getStreet() {
    return street;
  }

  public String getCity() {
    return city;
  }

  public String getZip() {
    return zip;
  }

  /** Builds a {@link AddressImmutable}. */
  public static final class Builder {
    private String street;
    private String city;
    private String zip;

    private Builder() {}

    public Builder street(String street) {
      this.street = street;
      return this;
    }

    public Builder city(String city) {
      this.city = city;
      return this;
    }

    public Builder zip(String zip) {
      this.zip = zip;
      return this;
    }

    public AddressImmutable build() {
      return new AddressImmutable(this);
    }
  }
}
