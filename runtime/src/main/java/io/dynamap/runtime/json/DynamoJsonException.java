package io.dynamap.runtime.json;

import io.dynamap.runtime.error.DynamapException;

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

  /** The JSON path of the offending value. */
  private final String path;
  /** What is wrong, without path and position. */
  private final String problem;
  /** The line in the JSON text, from 1, or -1. */
  private final int line;
  /** The column in the JSON text, from 1, or -1. */
  private final int column;

  /**
   * A problem with the value at {@code path}, found while writing (no position in a text).
   *
   * @param path the JSON path of the offending value, such as {@code $.order.qty}
   * @param problem what is wrong, without the path
   */
  public DynamoJsonException(String path, String problem) {
    this(path, problem, -1, -1, null);
  }

  /**
   * A problem with the value at {@code path}; {@code line} and {@code column} (from 1) locate it
   * in the JSON text, or are -1.
   *
   * @param path the JSON path of the offending value, such as {@code $.order.qty}
   * @param problem what is wrong, without the path
   * @param line the line in the text, from 1, or -1 if unknown
   * @param column the column in the text, from 1, or -1 if unknown
   * @param cause the parser's exception, or {@code null}
   */
  public DynamoJsonException(String path, String problem, int line, int column, Throwable cause) {
    super(format(path, problem, line, column), cause);
    this.path = path;
    this.problem = problem;
    this.line = line;
    this.column = column;
  }

  /**
   * The JSON path of the offending value, such as {@code $.order.lines[2].qty}.
   *
   * @return the path, starting with {@code $}
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong, without the path and position.
   *
   * @return the problem alone, as it was given
   */
  public String problem() {
    return problem;
  }

  /**
   * The line (from 1) in the JSON text, or -1 when writing or unknown.
   *
   * @return the line, from 1, or -1
   */
  public int line() {
    return line;
  }

  /**
   * The column (from 1) in the JSON text, or -1 when writing or unknown.
   *
   * @return the column, from 1, or -1
   */
  public int column() {
    return column;
  }

  private static String format(String path, String problem, int line, int column) {
    String message = path + ": " + problem;
    return line > 0 ? message + " (line " + line + ", column " + column + ")" : message;
  }
}
