package io.dynamap.example;

/**
 * A phone number in international form, stored through {@link PhoneNumberConverter} as one
 * string ({@code "+33 612345678"}) rather than as a map.
 *
 * @param countryCode the calling code, without "+"
 * @param number the national number, digits only
 */
public record PhoneNumber(int countryCode, String number) {
  public PhoneNumber {
    if (countryCode < 1 || countryCode > 999) {
      throw new IllegalArgumentException("calling code out of range: " + countryCode);
    }
    if (!number.matches("[0-9]{4,14}")) {
      throw new IllegalArgumentException("a national number is 4 to 14 digits: " + number);
    }
  }

  @Override
  public String toString() {
    return "+" + countryCode + " " + number;
  }
}
