package io.dynamap.processor.model;

import io.dynamap.processor.model.RepositoryModel.ByKeyCondition;
import io.dynamap.processor.model.RepositoryModel.Criterion;
import io.dynamap.processor.model.RepositoryModel.Operator;
import io.dynamap.processor.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Chooses a global index with a multi-attribute key for a repository-interface query method
 * whose name fits it: {@code findByRegionAndTier(region, tier)} for an index partitioned by
 * {@code region} and {@code tier}. The name gives every partition attribute with an equality,
 * then sort attributes left to right, each with an equality but the last named, which may take a
 * range. The other criteria become filters.
 *
 * <p>Such an index is preferred over the table or a single-attribute index when the method
 * gives no equality on their partition keys; otherwise the usual choice of {@link
 * RepositoryModelFactory} applies, which never picks a multi-attribute index.
 */
final class MultiAttributeQuery {
  /**
   * What the matcher decided.
   *
   * @param access the index query, or {@code null} when no multi-attribute index applies (or on error)
   * @param filters with {@code access}: the criteria that are not on the index's key
   * @param error the error to report instead, or {@code null}
   * @param arguments the error's arguments
   */
  record Match(ByKeyCondition access, List<Criterion> filters, Message error, Object[] arguments) {
    static final Match NONE = new Match(null, List.of(), null, new Object[0]);

    static Match error(Message message, Object... arguments) {
      return new Match(null, List.of(), message, arguments);
    }
  }

  private MultiAttributeQuery() {}

  /**
   * Matches a query method against the entity's multi-attribute indexes.
   *
   * @param entity the entity queried
   * @param method the method name, for messages
   * @param orderBy the {@code OrderBy} property, or {@code null}
   * @param criteria the method's criteria with their parameters
   * @param usingIndex the index named by {@code @UsingIndex}, or {@code null}
   * @return the index query, an error, or {@link Match#NONE} to choose as for other keys
   */
  static Match match(
      EntityModel entity,
      String method,
      AttributeModel orderBy,
      List<Criterion> criteria,
      String usingIndex) {
    List<IndexModel> indexes =
        entity.indexes().stream().filter(IndexModel::multiAttribute).toList();
    if (indexes.isEmpty()) {
      return Match.NONE;
    }
    if (usingIndex != null) {
      return indexes.stream()
          .filter(i -> i.name().equals(usingIndex))
          .findFirst()
          .map(index -> {
            Match match = matchIndex(entity, index, method, orderBy, criteria);
            return match == Match.NONE
                ? Match.error(Message.QUERY_INDEX_NOT_USABLE, method, usingIndex,
                    "it names no equality on the partition attributes "
                        + names(index.partitionKeys()) + " of index " + usingIndex)
                : match;
          })
          .orElse(Match.NONE);
    }
    if (equalityOnAnotherPartitionKey(entity, criteria)) {
      return Match.NONE;
    }
    Match best = Match.NONE;
    int bestScore = 0;
    List<String> tied = new ArrayList<>();
    for (IndexModel index : indexes) {
      Match match = matchIndex(entity, index, method, orderBy, criteria);
      if (match.error() != null) {
        return match;
      }
      if (match.access() != null) {
        int score = index.partitionKeys().size() + match.access().sortConditions().size();
        if (score > bestScore) {
          best = match;
          bestScore = score;
          tied.clear();
        }
        if (score == bestScore) {
          tied.add(index.name());
        }
      }
    }
    if (tied.size() > 1) {
      return Match.error(
          Message.QUERY_AMBIGUOUS_INDEX, method, String.join(" and ", tied), tied.get(0));
    }
    return best;
  }

  /**
   * The query on one index; {@link Match#NONE} if the method names none of its partition
   * attributes; an error if it names some only, or misuses its sort attributes.
   */
  private static Match matchIndex(
      EntityModel entity,
      IndexModel index,
      String method,
      AttributeModel orderBy,
      List<Criterion> criteria) {
    List<String> partitionParameters = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String attribute : index.partitionKeys()) {
      List<Criterion> on = on(criteria, attribute);
      if (on.isEmpty()) {
        missing.add(attribute);
      } else if (on.size() > 1 || on.get(0).operator() != Operator.EQUALS) {
        return Match.error(Message.QUERY_MULTI_ATTRIBUTE_KEY, method, index.name(),
            "its partition attribute '" + attribute + "' is selected with exactly one Equals"
                + (on.size() > 1 ? "; remove the second condition on it"
                    : ", and " + on.get(0).operator().displayName() + " cannot select on it"));
      } else {
        partitionParameters.add(on.get(0).parameters().get(0));
      }
    }
    if (!missing.isEmpty()) {
      if (partitionParameters.isEmpty()) {
        return Match.NONE;
      }
      return Match.error(Message.QUERY_MULTI_ATTRIBUTE_KEY, method, index.name(),
          "it names no equality on its partition attribute" + (missing.size() > 1 ? "s " : " ")
              + names(missing) + "; a query gives every partition attribute, "
              + names(index.partitionKeys()) + ", as in " + example(index));
    }
    List<Criterion> sortConditions = new ArrayList<>();
    String ended = null; // why no further sort attribute may follow, once one may not
    int fixed = 0;
    for (String attribute : index.sortKeys()) {
      List<Criterion> on = on(criteria, attribute);
      if (on.isEmpty()) {
        if (ended == null) {
          ended = "the sort attribute '" + attribute + "' is not given";
        }
        continue;
      }
      if (ended != null) {
        return Match.error(Message.QUERY_MULTI_ATTRIBUTE_KEY, method, index.name(),
            "it names the sort attribute '" + attribute + "' but " + ended
                + "; sort attributes are given left to right (" + names(index.sortKeys())
                + "), each with Equals but the last one given");
      }
      Criterion criterion = on.get(0);
      if (on.size() > 1 || !criterion.operator().selectsOnSortKey()) {
        return Match.error(Message.QUERY_MULTI_ATTRIBUTE_KEY, method, index.name(),
            "its sort attribute '" + attribute + "' is selected with one Equals, LessThan,"
                + " LessThanEqual, GreaterThan, GreaterThanEqual, Between or StartingWith"
                + (on.size() > 1 ? "; use Between for a range"
                    : ", not " + criterion.operator().displayName()));
      }
      sortConditions.add(criterion);
      if (criterion.operator() == Operator.EQUALS) {
        fixed++;
      } else {
        ended = "a range on '" + attribute + "' ends the key condition";
      }
    }
    if (orderBy != null) {
      int position = index.sortKeys().indexOf(orderBy.javaName());
      if (position < 0 || position > fixed) {
        return Match.error(Message.QUERY_MULTI_ATTRIBUTE_KEY, method, index.name(),
            "its results come in the order of its sort attributes " + names(index.sortKeys())
                + ", so OrderBy names the first one not fixed by Equals, not '"
                + orderBy.javaName() + "'");
      }
    }
    List<Criterion> filters =
        criteria.stream()
            .filter(c -> !index.partitionKeys().contains(c.attribute().javaName())
                && !index.sortKeys().contains(c.attribute().javaName()))
            .toList();
    return new Match(
        new ByKeyCondition(index, partitionParameters, sortConditions), filters, null, new Object[0]);
  }

  /** Whether the table's or a single-attribute global index's partition key has an equality. */
  private static boolean equalityOnAnotherPartitionKey(EntityModel entity, List<Criterion> criteria) {
    List<String> keys = new ArrayList<>();
    keys.add(entity.partitionKey().javaName());
    for (IndexModel index : entity.indexes()) {
      if (index.global() && !index.multiAttribute()) {
        keys.add(index.partitionKey());
      }
    }
    return criteria.stream()
        .anyMatch(c -> c.operator() == Operator.EQUALS && keys.contains(c.attribute().javaName()));
  }

  private static List<Criterion> on(List<Criterion> criteria, String attribute) {
    return criteria.stream().filter(c -> c.attribute().javaName().equals(attribute)).toList();
  }

  private static String names(List<String> attributes) {
    return attributes.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
  }

  /** {@code findByRegionAndTier(…)}. */
  private static String example(IndexModel index) {
    return "findBy"
        + index.partitionKeys().stream().map(MethodName::capitalize).collect(Collectors.joining("And"))
        + "(…)";
  }
}
