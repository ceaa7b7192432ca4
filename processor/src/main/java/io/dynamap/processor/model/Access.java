package io.dynamap.processor.model;

/**
 * How generated code, in the entity's package, reads or writes one attribute.
 *
 * @param kind a method call or a direct field access
 * @param name the method's or the field's name
 */
public record Access(Kind kind, String name) {
  public enum Kind {
    /** {@code entity.name()} to read, {@code entity.name(value)} to write. */
    METHOD,
    /** {@code entity.name} to read, {@code entity.name = value} to write. */
    FIELD,
    /** Passed to the constructor; write side only. */
    CONSTRUCTOR
  }

  public static Access method(String name) {
    return new Access(Kind.METHOD, name);
  }

  public static Access field(String name) {
    return new Access(Kind.FIELD, name);
  }

  public static Access constructor(String parameterName) {
    return new Access(Kind.CONSTRUCTOR, parameterName);
  }
}
