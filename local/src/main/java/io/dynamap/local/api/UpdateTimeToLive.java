package io.dynamap.local.api;

import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.Table;

/**
 * UpdateTimeToLive: enables or disables the expiry of items by a number attribute of epoch
 * seconds ({@link Engine#sweepExpiredItems} deletes them).
 */
public final class UpdateTimeToLive implements Operation {
  private static final Shape SHAPE = Shape.of(
      CommonMembers.tableName(),
      member("TimeToLiveSpecification", Shape.struct(false, "TimeToLiveSpecification",
          member("AttributeName", Shape.STRING).notNull().minLength(1).maxLength(255),
          member("Enabled", Shape.BOOLEAN).notNull())).notNull());

  private final Engine engine;

  public UpdateTimeToLive(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "UpdateTimeToLive";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = SHAPE.validate(raw);
    Table table = engine.describedTable(Requests.text(request, "TableName"));
    JsonNode specification = request.get("TimeToLiveSpecification");
    String attribute = specification.get("AttributeName").asText();
    boolean enable = specification.get("Enabled").asBoolean();
    synchronized (table) {
      Table.TimeToLive current = table.timeToLive();
      if (enable && current.enabled()) {
        if (!current.attributeName().equals(attribute)) {
          throw DynamoException.validation("TimeToLive is active on a different AttributeName:"
              + " current AttributeName is " + current.attributeName());
        }
        throw DynamoException.validation("TimeToLive is already enabled");
      }
      if (!enable && !current.enabled()) {
        throw DynamoException.validation("TimeToLive is already disabled");
      }
      if (!enable && !current.attributeName().equals(attribute)) {
        throw DynamoException.validation("TimeToLive is active on a different AttributeName:"
            + " current AttributeName is " + current.attributeName());
      }
      table.setTimeToLive(enable ? new Table.TimeToLive(true, attribute)
          : Table.TimeToLive.DISABLED);
    }
    ObjectNode response = Requests.JSON.objectNode();
    response.putObject("TimeToLiveSpecification").put("AttributeName", attribute)
        .put("Enabled", enable);
    return response;
  }
}
