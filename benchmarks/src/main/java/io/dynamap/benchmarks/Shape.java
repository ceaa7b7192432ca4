package io.dynamap.benchmarks;

/** The item shapes of the mapping benchmarks, those of the AWS SDK v2's own mapper benchmarks. */
public enum Shape {
  TINY("tiny", "key only"),
  SMALL("small", "~10 flat scalars"),
  SHALLOW_MAP("shallowMap", "two flat maps"),
  NESTED("nested", "documents in lists in documents, 3 levels"),
  MIXED("mixed", "one attribute of each kind"),
  BINARY("binary", "a 100 KB byte array");

  private final String label;
  private final String description;

  Shape(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The name used in JMH parameters and in the results. */
  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  /** The shape with this label. */
  public static Shape of(String label) {
    for (Shape shape : values()) {
      if (shape.label.equals(label)) {
        return shape;
      }
    }
    throw new IllegalArgumentException("No shape " + label);
  }
}
