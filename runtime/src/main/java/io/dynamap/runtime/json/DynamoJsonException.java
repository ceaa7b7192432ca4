package io.dynamap.runtime.json;

import io.dynamap.runtime.DynamapException;

/**
 * JSON text could not be read as an item, or an item could not be written as JSON. The message
 * starts with the JSON path of the offending value ({@code $.order.lines[2].qty}) and, when
 * reading, ends with the line and column in the text:
 *
 * <pre>
 * $.order.lines[2].qty: "1E+126" is out of DynamoDB's number range: … (line 7, column 21)
 * </pre>
 *
 * <p>Paths name attributes, map keys and list or set positions; in DynamoDB JSON they skip the
 * type tags, so {@code {"order": {"M": {"qty": {"N": "x"}}}}} reports {@code $.order.qty}. Names
 * that are not plain identifiers use brackets: {@code $['first name']}.
 */
public class DynamoJsonException extends DynamapException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;
  private final int line;
  private final int column;

  /** A problem with the value at {@code path}, found while writing (no position in a text). */
  public DynamoJsonException(String path, String problem) {
    this(path, problem, -1, -1, null);
  }

  /**
   * A problem with the value at {@code path}; {@code line} and {@code column} (from 1) locate it
   * in the JSON text, or are -1.
   */
  public DynamoJsonException(String path, String problem, int line, int column, Throwable cause) {
    super(format(path, problem, line, column), cause);
    this.path = path;
    this.problem = problem;
    this.line = line;
    this.column = column;
  }

  /** The JSON path of the offending value, such as {@code $.order.lines[2].qty}. */
  public String path() {
    return path;
  }

  /** What is wrong, without the path and position. */
  public String problem() {
    return problem;
  }

  /** The line (from 1) in the JSON text, or -1 when writing or unknown. */
  public int line() {
    return line;
  }

  /** The column (from 1) in the JSON text, or -1 when writing or unknown. */
  public int column() {
    return column;
  }

  private static String format(String path, String problem, int line, int column) {
    String message = path + ": " + problem;
    return line > 0 ? message + " (line " + line + ", column " + column + ")" : message;
  }
}
