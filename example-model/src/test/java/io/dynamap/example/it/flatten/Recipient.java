package io.dynamap.example.it.flatten;

import io.dynamap.annotations.Document;

/** Who receives a delivery: a bean document, flattened without a prefix. */
@Document
public class Recipient {
  private String name;
  private String phone;

  public Recipient() {}

  public Recipient(String name, String phone) {
    this.name = name;
    this.phone = phone;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Recipient r
        && java.util.Objects.equals(name, r.name)
        && java.util.Objects.equals(phone, r.phone);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, phone);
  }

  @Override
  public String toString() {
    return "Recipient[" + name + ", " + phone + "]";
  }
}
