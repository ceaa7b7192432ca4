package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.Table;

/** DescribeTimeToLive: whether TTL is enabled on a table, and on which attribute. */
public final class DescribeTimeToLive implements Operation {
  private final Engine engine;

  public DescribeTimeToLive(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "DescribeTimeToLive";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = DescribeTable.TABLE_NAME_ONLY.validate(raw);
    Table table = engine.describedTable(Requests.text(request, "TableName"));
    Table.TimeToLive ttl = table.timeToLive();
    ObjectNode response = Requests.JSON.objectNode();
    ObjectNode description = response.putObject("TimeToLiveDescription");
    description.put("TimeToLiveStatus", ttl.enabled() ? "ENABLED" : "DISABLED");
    if (ttl.enabled()) {
      description.put("AttributeName", ttl.attributeName());
    }
    return response;
  }
}
