package io.dynamap.local.expr;

/** DynamoDB's checks between the document paths of one update or projection expression. */
final class Paths {
  private Paths() {}

  /**
   * DynamoDB's message where two paths may not appear in one expression, or null: overlapping
   * (one is a prefix of the other, or both are equal), or conflicting (one goes into a map where
   * the other goes into a list).
   */
  static String overlap(Path first, Path second) {
    int common = Math.min(first.size(), second.size());
    for (int i = 0; i < common; i++) {
      Path.Element a = first.get(i);
      Path.Element b = second.get(i);
      if (a.getClass() != b.getClass()) {
        return "Two document paths conflict with each other; must remove or rewrite one of these "
            + "paths; path one: " + first + ", path two: " + second;
      }
      if (!a.equals(b)) {
        return null;
      }
    }
    return "Two document paths overlap with each other; must remove or rewrite one of these paths; "
        + "path one: " + first + ", path two: " + second;
  }
}
