package io.dynamap.benchmarks;

/** What Dynamap is measured against in the mapping benchmarks. */
public enum Anchor {
  DYNAMAP("dynamap", "Dynamap generated schema"),
  HAND_WRITTEN("handWritten", "hand-written converter"),
  FROM_BEAN("fromBean", "Enhanced TableSchema.fromBean"),
  FROM_IMMUTABLE("fromImmutable", "Enhanced TableSchema.fromImmutableClass"),
  STATIC("static", "Enhanced StaticTableSchema"),
  SDK_V1("sdkV1", "SDK v1 DynamoDBMapper");

  private final String label;
  private final String description;

  Anchor(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  /** Whether this anchor can map the shape (the SDK v1 mapper has no java.time, UUID or enums). */
  public boolean maps(Shape shape) {
    return this != SDK_V1 || shape != Shape.MIXED;
  }

  /** The anchor with this label. */
  public static Anchor of(String label) {
    for (Anchor anchor : values()) {
      if (anchor.label.equals(label)) {
        return anchor;
      }
    }
    throw new IllegalArgumentException("No anchor " + label);
  }
}
