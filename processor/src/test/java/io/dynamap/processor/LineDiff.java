package io.dynamap.processor;

import java.util.ArrayList;
import java.util.List;

/** A line diff in unified format, for failure messages of golden-file tests. */
final class LineDiff {
  private static final int CONTEXT = 3;

  private LineDiff() {}

  /**
   * The differences from {@code expected} to {@code actual}: hunks of {@code -} (expected only) and
   * {@code +} (actual only) lines with three lines of context, headed by {@code @@ -line +line @@}.
   * A missing or extra final newline shows as a difference on the last line.
   */
  static String unified(String expected, String actual) {
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    // Longest common subsequence, by dynamic programming from the end: files are small.
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    // Each edit: ' ', '-' or '+', with its line and its position in expected and actual.
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        edits.add(new Edit(' ', a.get(i), i++, j++));
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        edits.add(new Edit('-', a.get(i), i++, j));
      } else {
        edits.add(new Edit('+', b.get(j), i, j++));
      }
    }
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (k < edits.size()) {
      if (edits.get(k).kind() == ' ') {
        k++;
        continue;
      }
      int start = Math.max(0, k - CONTEXT);
      int end = k;
      // Extend the hunk while changes are closer than twice the context.
      int lastChange = k;
      while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
        if (edits.get(end).kind() != ' ') {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(edits.size(), lastChange + CONTEXT + 1);
      Edit first = edits.get(start);
      out.append("@@ -")
          .append(first.expectedLine() + 1)
          .append(" +")
          .append(first.actualLine() + 1)
          .append(" @@\n");
      for (int e = start; e < end; e++) {
        out.append(edits.get(e).kind()).append(edits.get(e).line()).append('\n');
      }
      k = end;
    }
    return out.toString();
  }

  private record Edit(char kind, String line, int expectedLine, int actualLine) {}

  /** The lines of a text; a final line without newline is marked, so that it differs. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    } else {
      lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\\ (no newline at end)");
    }
    return lines;
  }
}
