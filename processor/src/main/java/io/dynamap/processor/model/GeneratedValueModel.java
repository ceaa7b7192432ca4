package io.dynamap.processor.model;

/**
 * How Dynamap generates an attribute's value when it writes the item ({@code @AutoTimestamp},
 * {@code @AutoUuid}, {@code @AtomicCounter}).
 *
 * @param kind what is generated, and when
 * @param start for a counter, the value it is created with; 0 otherwise
 * @param delta for a counter, what each update adds; 0 otherwise
 */
public record GeneratedValueModel(Kind kind, long start, long delta) {

  /** What is generated, and when; the runtime's {@code GeneratedValue} kinds. */
  public enum Kind {
    /** {@code @AutoTimestamp(on = CREATE)}. */
    CREATED_AT,
    /** {@code @AutoTimestamp(on = EVERY_WRITE)}. */
    WRITTEN_AT,
    /** {@code @AutoUuid}. */
    UUID,
    /** {@code @AtomicCounter}. */
    COUNTER
  }
}
