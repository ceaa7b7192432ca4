package io.dynamap.local.api;

import static io.dynamap.local.api.CommonMembers.expression;
import static io.dynamap.local.api.CommonMembers.expressionAttributeNames;
import static io.dynamap.local.api.CommonMembers.returnConsumedCapacity;
import static io.dynamap.local.api.CommonMembers.tableName;
import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.Table;
import io.dynamap.local.expr.ExpressionContext;
import io.dynamap.local.expr.Expressions;
import io.dynamap.local.expr.Projection;
import io.dynamap.local.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** GetItem: reads one item by key, optionally projected. */
public final class GetItem implements Operation {
  private static final Shape SHAPE = Shape.of(
      returnConsumedCapacity(),
      member("AttributesToGet", Shape.stringList()).minLength(1).maxLength(255),
      tableName(),
      member("Key", Shape.ATTRIBUTE_MAP).notNull(),
      member("ConsistentRead", Shape.BOOLEAN),
      expression("ProjectionExpression"),
      expressionAttributeNames());

  private final Engine engine;

  public GetItem(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "GetItem";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = SHAPE.validate(raw);
    Requests.checkExpressionParameters(request, List.of("ProjectionExpression"),
        List.of("AttributesToGet"));
    Map<String, Value> keyAttributes = Requests.attributeMap(request, "Key");
    Projection projection = ItemReads.attributesToGet(request);
    ExpressionContext context = Requests.expressionContext(request);
    String projectionExpression = Requests.text(request, "ProjectionExpression");
    if (projectionExpression != null) {
      projection = Expressions.projection(projectionExpression, context);
    }
    context.checkAllUsed();

    Table table = engine.usableTable(Requests.text(request, "TableName"));
    PrimaryKey key = table.keySchema().keyOfKey(keyAttributes);
    Reads.checkKeyPaths(table, projection == null ? Set.of() : projection.nestedAttributes());
    Map<String, Value> item = table.getLocked(key);

    ObjectNode response = Requests.JSON.objectNode();
    if (item != null) {
      response.set("Item", Requests.itemJson(projection == null ? item : projection.apply(item)));
    }
    ObjectNode capacity = Capacity.render(request, table.name(),
        Capacity.readUnits(item, Requests.flag(request, "ConsistentRead")));
    if (capacity != null) {
      response.set("ConsumedCapacity", capacity);
    }
    return response;
  }
}
