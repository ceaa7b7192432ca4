package io.dynamap.benchmarks.model;

import io.dynamap.annotations.Document;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * A document of the mixed shape. A bean mapped by Dynamap, the hand-written converter, the Enhanced Client's bean
 * and static schemas.
 */
@Document
@DynamoDbBean
public class Address {
  private String street;
  private String city;
  private String zip;

  /** An empty instance, for the mappers. */
  public Address() {}

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getZip() {
    return zip;
  }

  public void setZip(String zip) {
    this.zip = zip;
  }
}
