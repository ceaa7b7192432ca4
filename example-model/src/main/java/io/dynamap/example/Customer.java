package io.dynamap.example;

import io.dynamap.annotations.Convert;
import io.dynamap.annotations.Ignore;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A customer: a mutable bean, as many existing domain models are. Holds a nested document (the
 * shipping address), a string set (tags) and a converted value (the phone number).
 */
@Table(name = "Customers")
public class Customer {
  @PartitionKey private String customerId;
  private String name;
  private String email;
  private Instant signedUpAt;
  private long loyaltyPoints;
  private Address shippingAddress;
  private Set<String> tags = new LinkedHashSet<>();

  @Convert(PhoneNumberConverter.class)
  private PhoneNumber phone;
  @Ignore private transient String displayCache;

  public Customer() {}

  public Customer(String customerId, String name, String email, Instant signedUpAt) {
    this.customerId = customerId;
    this.name = name;
    this.email = email;
    this.signedUpAt = signedUpAt;
  }

  public String getCustomerId() {
    return customerId;
  }

  public void setCustomerId(String customerId) {
    this.customerId = customerId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Instant getSignedUpAt() {
    return signedUpAt;
  }

  public void setSignedUpAt(Instant signedUpAt) {
    this.signedUpAt = signedUpAt;
  }

  public long getLoyaltyPoints() {
    return loyaltyPoints;
  }

  public void setLoyaltyPoints(long loyaltyPoints) {
    this.loyaltyPoints = loyaltyPoints;
  }

  public Address getShippingAddress() {
    return shippingAddress;
  }

  public void setShippingAddress(Address shippingAddress) {
    this.shippingAddress = shippingAddress;
  }

  /** Free-form labels such as "vip"; stored as a string set, never null. */
  public Set<String> getTags() {
    return tags;
  }

  public void setTags(Set<String> tags) {
    this.tags = tags;
  }

  public PhoneNumber getPhone() {
    return phone;
  }

  public void setPhone(PhoneNumber phone) {
    this.phone = phone;
  }

  /** A label for lists, built once. */
  public String display() {
    if (displayCache == null) {
      displayCache = name + " <" + email + ">";
    }
    return displayCache;
  }

  @Override
  public String toString() {
    return "Customer["
        + customerId
        + ", "
        + name
        + ", "
        + email
        + ", "
        + phone
        + ", "
        + loyaltyPoints
        + " points, tags "
        + tags
        + ", ships to "
        + (shippingAddress == null ? "-" : shippingAddress.city() + " (" + shippingAddress.country() + ")")
        + "]";
  }
}
