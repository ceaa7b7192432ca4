package io.dynamap.processor.model;

import io.dynamap.processor.model.RepositoryModel.Operator;
import io.dynamap.processor.validation.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A repository method name taken apart: {@code findTop10ByCustomerIdAndTotalGreaterThanOrderByPlacedAtDesc}
 * is the verb {@code find}, a limit of 10, the criteria {@code customerId} (equals) and {@code
 * total} (greater than), and descending order on {@code placedAt}. Property names are matched
 * longest first against the entity's, so a property whose name contains {@code And} still parses.
 *
 * @param verb what the method does
 * @param limit {@code Top}/{@code First}: at most this many items, or -1
 * @param criteria the conditions after {@code By}, in order
 * @param orderBy the {@code OrderBy} property, or {@code null}
 * @param descending {@code OrderBy…Desc}
 */
public record MethodName(
    Verb verb, long limit, List<ParsedCriterion> criteria, AttributeModel orderBy, boolean descending) {

  /** The leading word of a method name. */
  public enum Verb {
    FIND("find", "read", "get", "query", "search", "stream"),
    COUNT("count"),
    EXISTS("exists"),
    DELETE("delete", "remove"),
    SCAN("scan");

    private final List<String> words;

    Verb(String... words) {
      this.words = List.of(words);
    }
  }

  /** A property and its operator, before parameters are matched. */
  public record ParsedCriterion(AttributeModel attribute, Operator operator) {}

  /** Why a name could not be parsed: a message of the catalog (without the method name) and its arguments. */
  public static final class Unreadable extends Exception {
    private final transient Message message;
    private final transient Object[] arguments;

    Unreadable(Message message, Object... arguments) {
      super(message.name(), null, false, false);
      this.message = message;
      this.arguments = arguments;
    }

    public Message message() {
      return message;
    }

    public Object[] arguments() {
      return arguments.clone();
    }
  }

  private static final String BY = "By";
  private static final String AND = "And";
  private static final String OR = "Or";
  private static final String ORDER_BY = "OrderBy";

  /**
   * Parses {@code name} against the entity's attributes.
   *
   * @throws Unreadable with the message that says what is wrong
   */
  public static MethodName parse(String name, List<AttributeModel> attributes) throws Unreadable {
    Verb verb = null;
    String rest = null;
    for (Verb candidate : Verb.values()) {
      for (String word : candidate.words) {
        if (name.startsWith(word)
            && (name.length() == word.length()
                || Character.isUpperCase(name.charAt(word.length())))) {
          verb = candidate;
          rest = name.substring(word.length());
        }
      }
    }
    if (verb == null) {
      throw new Unreadable(Message.QUERY_METHOD_NAME, name);
    }
    // The first "By" ends the subject ("findOrderByCustomerId" has the subject "Order").
    int by = rest.indexOf(BY);
    String subject;
    String predicate;
    if (by < 0) {
      if (verb != Verb.SCAN) {
        throw new Unreadable(Message.QUERY_METHOD_NAME, name);
      }
      subject = rest;
      predicate = "";
    } else {
      subject = rest.substring(0, by);
      predicate = rest.substring(by + BY.length());
    }
    long limit = limitOf(subject);

    AttributeModel orderBy = null;
    boolean descending = false;
    int order = predicate.lastIndexOf(ORDER_BY);
    if (order >= 0) {
      String property = predicate.substring(order + ORDER_BY.length());
      predicate = predicate.substring(0, order);
      if (property.endsWith("Desc")) {
        descending = true;
        property = property.substring(0, property.length() - "Desc".length());
      } else if (property.endsWith("Asc")) {
        property = property.substring(0, property.length() - "Asc".length());
      }
      String wanted = property;
      orderBy =
          attributes.stream()
              .filter(a -> propertyName(a).equals(wanted))
              .findFirst()
              .orElseThrow(() -> unknownProperty(wanted, attributes));
    }

    List<ParsedCriterion> criteria = new ArrayList<>();
    if (!predicate.isEmpty() && !parseCriteria(predicate, attributes, criteria)) {
      throw explain(predicate, attributes);
    }
    if (by >= 0 && criteria.isEmpty() && orderBy == null) {
      throw new Unreadable(Message.QUERY_METHOD_NAME, name);
    }
    return new MethodName(verb, limit, criteria, orderBy, descending);
  }

  /** {@code Top10}, {@code First5}: 10, 5; {@code First}, {@code Top}: 1; anything else: -1. */
  private static long limitOf(String subject) {
    for (String word : List.of("Top", "First")) {
      if (subject.startsWith(word)) {
        int end = word.length();
        while (end < subject.length() && Character.isDigit(subject.charAt(end))) {
          end++;
        }
        if (end == word.length()) {
          return 1;
        }
        try {
          return Math.max(1, Long.parseLong(subject.substring(word.length(), end)));
        } catch (NumberFormatException e) {
          return Long.MAX_VALUE;
        }
      }
    }
    return -1;
  }

  /** Matches {@code text} as criteria joined by {@code And}, backtracking over the choices. */
  private static boolean parseCriteria(
      String text, List<AttributeModel> attributes, List<ParsedCriterion> out) {
    for (AttributeModel attribute : byNameLengthDescending(attributes)) {
      String property = propertyName(attribute);
      if (!text.startsWith(property)) {
        continue;
      }
      String afterProperty = text.substring(property.length());
      for (Operator operator : Operator.values()) {
        for (String keyword : operator.keywords()) {
          if (!afterProperty.startsWith(keyword)) {
            continue;
          }
          String after = afterProperty.substring(keyword.length());
          ParsedCriterion criterion = new ParsedCriterion(attribute, operator);
          if (after.isEmpty()) {
            out.add(criterion);
            return true;
          }
          if (after.startsWith(AND) && after.length() > AND.length()) {
            out.add(criterion);
            if (parseCriteria(after.substring(AND.length()), attributes, out)) {
              return true;
            }
            out.remove(out.size() - 1);
          }
        }
      }
    }
    return false;
  }

  /** Why {@code text} does not parse: an {@code Or}, or the first property that is not one. */
  private static Unreadable explain(String text, List<AttributeModel> attributes) {
    String remaining = text;
    while (true) {
      Optional<String> matched = leadingProperty(remaining, attributes);
      if (matched.isEmpty()) {
        return unknownProperty(segment(remaining), attributes);
      }
      String after = remaining.substring(matched.get().length());
      String operatorFree = stripOperator(after);
      if (operatorFree.startsWith(OR)
          && operatorFree.length() > OR.length()
          && Character.isUpperCase(operatorFree.charAt(OR.length()))) {
        return new Unreadable(Message.QUERY_OR);
      }
      int and = operatorFree.indexOf(AND);
      if (operatorFree.isEmpty() || and != 0) {
        // A property followed by something that is no operator: call the whole word unknown.
        return unknownProperty(segment(remaining), attributes);
      }
      remaining = operatorFree.substring(AND.length());
    }
  }

  private static Optional<String> leadingProperty(String text, List<AttributeModel> attributes) {
    return byNameLengthDescending(attributes).stream()
        .map(MethodName::propertyName)
        .filter(text::startsWith)
        .findFirst();
  }

  /** The text up to the next {@code And}, without a trailing operator keyword. */
  private static String segment(String text) {
    int and = text.indexOf(AND, 1);
    String word = and < 0 ? text : text.substring(0, and);
    for (Operator operator : Operator.values()) {
      for (String keyword : operator.keywords()) {
        if (!keyword.isEmpty() && word.endsWith(keyword) && word.length() > keyword.length()) {
          return word.substring(0, word.length() - keyword.length());
        }
      }
    }
    return word;
  }

  private static String stripOperator(String text) {
    String best = "";
    for (Operator operator : Operator.values()) {
      for (String keyword : operator.keywords()) {
        if (text.startsWith(keyword) && keyword.length() > best.length()) {
          String after = text.substring(keyword.length());
          if (after.isEmpty() || after.startsWith(AND) || after.startsWith(OR)) {
            best = keyword;
          }
        }
      }
    }
    return text.substring(best.length());
  }

  private static Unreadable unknownProperty(String word, List<AttributeModel> attributes) {
    String property = word.isEmpty() ? word : decapitalize(word);
    String hint =
        closest(property, attributes)
            .map(name -> "; did you mean " + name + "?")
            .orElseGet(
                () ->
                    "; its properties are "
                        + String.join(
                            ", ", attributes.stream().map(MethodName::displayName).toList()));
    return new Unreadable(Message.QUERY_UNKNOWN_PROPERTY, property, hint);
  }

  /** The attribute whose name is nearest to {@code word}, if it is near enough to be a typo. */
  static Optional<String> closest(String word, List<AttributeModel> attributes) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (AttributeModel attribute : attributes) {
      String name = displayName(attribute);
      int distance = distance(word.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = name;
      }
    }
    return best != null && bestDistance <= Math.max(2, word.length() / 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static List<AttributeModel> byNameLengthDescending(List<AttributeModel> attributes) {
    return attributes.stream()
        .sorted(Comparator.comparingInt((AttributeModel a) -> propertyName(a).length()).reversed())
        .toList();
  }

  /**
   * How a method name spells a property: {@code CustomerId} for {@code customerId}, and {@code
   * ShippingCity} for the attribute {@code city} of the flattened document {@code shipping}, whose
   * Java name is the path {@code shipping.city}.
   */
  static String propertyName(AttributeModel attribute) {
    StringBuilder name = new StringBuilder();
    for (String segment : attribute.javaName().split("\\.")) {
      name.append(capitalize(segment));
    }
    return name.toString();
  }

  /** A property as a method name's reader would write it in Java: {@code shippingCity}. */
  static String displayName(AttributeModel attribute) {
    return decapitalize(propertyName(attribute));
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
