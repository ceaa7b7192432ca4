package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @Repository} interface: each abstract method resolved to the DynamoDB read or
 * delete that implements it, on the blocking repository or, for methods returning {@code
 * CompletableFuture} or {@code Flow.Publisher}, on the async one.
 *
 * @param originatingElement the interface, for the Filer
 * @param interfaceType the interface
 * @param implementationType the generated class, {@code OrderStoreImpl}
 * @param entity the entity the methods read
 * @param methods the abstract methods, in declaration order
 */
public record RepositoryModel(
    TypeElement originatingElement,
    ClassName interfaceType,
    ClassName implementationType,
    EntityModel entity,
    List<QueryMethod> methods) {

  public RepositoryModel {
    methods = List.copyOf(methods);
  }

  /** Whether a method runs on the blocking repository (so the implementation needs it). */
  public boolean hasBlockingMethods() {
    return methods.isEmpty() || methods.stream().anyMatch(m -> m.mode() == Mode.BLOCKING);
  }

  /** Whether a method runs on the async repository (so the implementation needs it). */
  public boolean hasAsyncMethods() {
    return methods.stream().anyMatch(m -> m.mode() != Mode.BLOCKING);
  }

  /**
   * One method and how it runs.
   *
   * @param name the method name
   * @param parameters every parameter, in order
   * @param returnType the declared return type
   * @param result what is made of the items read
   * @param access how the items are selected
   * @param filters conditions on other attributes, applied by DynamoDB after the key condition
   * @param limit {@code Top}/{@code First}: the most items returned, or -1 for no limit
   * @param descending {@code OrderBy…Desc}
   * @param pageRequest the name of the {@code PageRequest} parameter, or {@code null}
   * @param mode whether it blocks, returns a future or publishes items
   * @param projection the projection the method returns, or {@code null} for the entity
   */
  public record QueryMethod(
      String name,
      List<Parameter> parameters,
      TypeName returnType,
      Result result,
      Access access,
      List<Criterion> filters,
      long limit,
      boolean descending,
      String pageRequest,
      Mode mode,
      ProjectionRef projection) {

    public QueryMethod {
      parameters = List.copyOf(parameters);
      filters = List.copyOf(filters);
    }
  }

  /**
   * The {@code @Projection} record a method returns instead of the entity.
   *
   * @param type the record
   * @param schemaClass its generated schema, passed to {@code project(…)} and {@code get(…)}
   * @param attributes the entity attributes its components read
   */
  public record ProjectionRef(ClassName type, ClassName schemaClass, List<AttributeModel> attributes) {
    public ProjectionRef {
      attributes = List.copyOf(attributes);
    }
  }

  /** How a method returns its result. */
  public enum Mode {
    /** The result itself, on the blocking repository. */
    BLOCKING,
    /** {@code CompletableFuture<…>} of the result, on the async repository. */
    FUTURE,
    /** {@code Flow.Publisher<Order>} of the items, on the async repository ({@link Result#STREAM}). */
    PUBLISHER
  }

  /** A method parameter. */
  public record Parameter(String name, TypeName type) {}

  /** What a method returns. */
  public enum Result {
    /** {@code Stream<Order>}: lazy, page by page. */
    STREAM,
    /** {@code List<Order>}: every item read at once. */
    LIST,
    /** {@code Optional<Order>}: the one item, if any. */
    OPTIONAL,
    /** {@code Order}: the one item, or null. */
    ENTITY,
    /** {@code Page<Order>}: one page of a {@code PageRequest}. */
    PAGE,
    /** {@code long}: how many items match. */
    COUNT,
    /** {@code boolean}: whether any item matches. */
    EXISTS,
    /** {@code void} of a delete. */
    DELETE,
    /** {@code long} of a delete: how many items were deleted. */
    DELETE_COUNT
  }

  /** How a method selects items. */
  public sealed interface Access {}

  /**
   * By the full primary key of the table, read with {@code GetItem} (or deleted with {@code
   * DeleteItem}).
   *
   * @param partitionParameter the parameter holding the partition key
   * @param sortParameter the parameter holding the sort key, or {@code null} without one
   */
  public record ByPrimaryKey(String partitionParameter, String sortParameter) implements Access {}

  /**
   * A {@code Query} of the table or of an index.
   *
   * @param index the index, or {@code null} for the table
   * @param partitionParameters the parameters equal to the partition key's attributes, in key
   *     order: one, or several for an index with a multi-attribute key
   * @param sortConditions the conditions on the sort key's attributes, in key order: none or one,
   *     or for a multi-attribute key equalities on its first attributes and one last condition
   */
  public record ByKeyCondition(
      IndexModel index, List<String> partitionParameters, List<Criterion> sortConditions)
      implements Access {
    public ByKeyCondition {
      partitionParameters = List.copyOf(partitionParameters);
      sortConditions = List.copyOf(sortConditions);
    }

    /** A query on a single-attribute partition key, with at most one sort key condition. */
    public ByKeyCondition(IndexModel index, String partitionParameter, Criterion sortCondition) {
      this(index, List.of(partitionParameter), sortCondition == null ? List.of() : List.of(sortCondition));
    }

    /** The parameter equal to a single-attribute partition key; see {@link #partitionParameters}. */
    public String partitionParameter() {
      if (partitionParameters.size() != 1) {
        throw new IllegalStateException("a multi-attribute key: use partitionParameters()");
      }
      return partitionParameters.get(0);
    }

    /** The one sort key condition, or {@code null}; see {@link #sortConditions}. */
    public Criterion sortCondition() {
      if (sortConditions.size() > 1) {
        throw new IllegalStateException("a multi-attribute key: use sortConditions()");
      }
      return sortConditions.isEmpty() ? null : sortConditions.get(0);
    }
  }

  /** A {@code Scan} of the whole table. */
  public record WholeTable() implements Access {}

  /**
   * A condition on one property.
   *
   * @param attribute the property
   * @param operator what it must satisfy
   * @param parameters the parameters holding its operands, as many as the operator takes
   */
  public record Criterion(AttributeModel attribute, Operator operator, List<String> parameters) {
    public Criterion {
      parameters = List.copyOf(parameters);
    }
  }

  /** The operators of method names, each with the keywords that spell it. */
  public enum Operator {
    EQUALS(1, "", "Is", "Equals", "IsEqualTo"),
    NOT_EQUALS(1, "Not", "IsNot", "NotEquals"),
    LESS_THAN(1, "LessThan", "IsLessThan", "Before", "IsBefore"),
    LESS_THAN_EQUAL(1, "LessThanEqual", "IsLessThanEqual"),
    GREATER_THAN(1, "GreaterThan", "IsGreaterThan", "After", "IsAfter"),
    GREATER_THAN_EQUAL(1, "GreaterThanEqual", "IsGreaterThanEqual"),
    BETWEEN(2, "Between", "IsBetween"),
    STARTING_WITH(1, "StartingWith", "StartsWith", "IsStartingWith", "BeginsWith"),
    CONTAINING(1, "Containing", "Contains", "IsContaining"),
    NOT_CONTAINING(1, "NotContaining", "NotContains", "IsNotContaining"),
    IN(1, "In", "IsIn"),
    EXISTS(0, "Exists", "NotNull", "IsNotNull"),
    NOT_EXISTS(0, "Null", "IsNull"),
    TRUE(0, "True", "IsTrue"),
    FALSE(0, "False", "IsFalse");

    private final int arity;
    private final List<String> keywords;

    Operator(int arity, String... keywords) {
      this.arity = arity;
      this.keywords = List.of(keywords);
    }

    /** How many parameters it takes. */
    public int arity() {
      return arity;
    }

    /** The spellings in method names; the first is the one used in messages. */
    public List<String> keywords() {
      return keywords;
    }

    /** How messages name it: {@code StartingWith}, or {@code Equals} for the bare property. */
    public String displayName() {
      return this == EQUALS ? "Equals" : keywords.get(0);
    }

    /** Whether a sort key condition can use it. */
    public boolean selectsOnSortKey() {
      return switch (this) {
        case EQUALS, LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, BETWEEN,
            STARTING_WITH -> true;
        default -> false;
      };
    }
  }
}
