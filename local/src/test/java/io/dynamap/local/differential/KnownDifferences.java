package io.dynamap.local.differential;

import java.util.List;
import java.util.function.Predicate;

/**
 * The accepted divergences between Dynamap Local and dynalite: each one a bullet of section
 * "Differential test" of {@code local/KNOWN-DIFFERENCES.md}, which says why (mostly: dynalite
 * departs from AWS's documentation, which Dynamap Local follows), and a small rule here that
 * recognises it. A divergence no rule explains fails the test.
 */
final class KnownDifferences {
  private KnownDifferences() {}

  /**
   * One accepted divergence.
   *
   * @param bullet the bullet's key in KNOWN-DIFFERENCES.md, such as {@code [D1]}
   * @param summary what differs, in a few words
   * @param explains whether a divergence is this one
   */
  record Rule(String bullet, String summary, Predicate<Divergence> explains) {
    @Override
    public String toString() {
      return bullet + " " + summary;
    }
  }

  static final List<Rule> RULES =
      List.of(
          new Rule(
              "[D1]",
              "dynalite ignores ReturnValuesOnConditionCheckFailure",
              KnownDifferences::itemOnConditionCheckFailure));

  private static boolean itemOnConditionCheckFailure(Divergence divergence) {
    Exchange exchange = divergence.exchange();
    Answer subject = exchange.subject();
    Answer oracle = exchange.oracle();
    return "ALL_OLD".equals(exchange.request().path("ReturnValuesOnConditionCheckFailure").asText())
        && subject.errorName().equals("ConditionalCheckFailedException")
        && oracle.errorName().equals("ConditionalCheckFailedException")
        && java.util.Objects.equals(subject.message(), oracle.message())
        && subject.body().has("Item")
        && !oracle.body().has("Item");
  }

  /** The rule that explains {@code divergence}, or null if none does. */
  static Rule explaining(Divergence divergence) {
    for (Rule rule : RULES) {
      if (rule.explains().test(divergence)) {
        return rule;
      }
    }
    return null;
  }
}
