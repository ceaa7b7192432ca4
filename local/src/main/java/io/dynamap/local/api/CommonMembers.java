package io.dynamap.local.api;

import static io.dynamap.local.api.Shape.member;

/** Request members several operations share, with DynamoDB's constraints. */
final class CommonMembers {
  private CommonMembers() {}

  static Shape.Member tableName() {
    return member("TableName", Shape.STRING).notNull().tableNameConstraints();
  }

  static Shape.Member returnConsumedCapacity() {
    return member("ReturnConsumedCapacity", Shape.STRING).oneOf("INDEXES", "TOTAL", "NONE");
  }

  static Shape.Member returnItemCollectionMetrics() {
    return member("ReturnItemCollectionMetrics", Shape.STRING).oneOf("SIZE", "NONE");
  }

  static Shape.Member returnValues() {
    return member("ReturnValues", Shape.STRING)
        .oneOf("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW");
  }

  static Shape.Member returnValuesOnConditionCheckFailure() {
    return member("ReturnValuesOnConditionCheckFailure", Shape.STRING).oneOf("ALL_OLD", "NONE");
  }

  static Shape.Member conditionalOperator() {
    return member("ConditionalOperator", Shape.STRING).oneOf("OR", "AND");
  }

  static Shape.Member expected() {
    return member("Expected", Shape.map(member("member", Shape.struct(true,
        "ExpectedAttributeValue",
        member("AttributeValueList", Shape.list(member("member", Shape.ATTRIBUTE_VALUE))),
        member("ComparisonOperator", Shape.STRING).oneOf(COMPARISON_OPERATORS),
        member("Exists", Shape.BOOLEAN),
        member("Value", Shape.ATTRIBUTE_VALUE_FIELD))),
        "com.amazonaws.dynamodb.v20120810.ExpectedAttributeValue"));
  }

  static final String[] COMPARISON_OPERATORS = {"IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS",
      "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS"};

  /** A map of conditions (KeyConditions, QueryFilter, ScanFilter). */
  static Shape.Member conditions(String name, boolean operatorRequired) {
    Shape.Member operator = member("ComparisonOperator", Shape.STRING);
    if (operatorRequired) {
      operator.notNull();
    }
    operator.oneOf(COMPARISON_OPERATORS);
    return member(name, Shape.map(member("member", Shape.struct(true, "Condition",
        member("AttributeValueList", Shape.list(member("member", Shape.ATTRIBUTE_VALUE))),
        operator)), "com.amazonaws.dynamodb.v20120810.Condition"));
  }

  static Shape.Member attributeValues(String name) {
    return member(name, Shape.ATTRIBUTE_MAP);
  }

  static Shape.Member expressionAttributeNames() {
    return member("ExpressionAttributeNames", Shape.STRING_MAP);
  }

  static Shape.Member expression(String name) {
    return member(name, Shape.STRING);
  }

  /**
   * The {@code RequestItems} of BatchGetItem and BatchWriteItem: a map from table name, its keys
   * checked as table names (listed in DynamoDB's order for its message).
   */
  static Shape.Member requestItems(Shape.Kind kind) {
    return member("RequestItems", kind).notNull().minLength(1).keys(member("key", Shape.STRING)
        .maxLength(255).minLength(3).pattern(Shape.NAME_PATTERN));
  }

  /** The {@code TransactItems} of TransactGetItems and TransactWriteItems: 1 to 100 actions. */
  static Shape.Member transactItems(Shape.Kind action) {
    return member("TransactItems", Shape.list(member("member", action), Shape.Nulls.READ))
        .notNull().minLength(1).maxLength(100);
  }
}
