package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.Table;

/** DescribeTable: a table's definition, status, sizes and indexes. */
public final class DescribeTable implements Operation {
  static final Shape TABLE_NAME_ONLY = Shape.of(TableMembers.tableName());

  private final Engine engine;

  public DescribeTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "DescribeTable";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = TABLE_NAME_ONLY.validate(raw);
    Table table = engine.describedTable(Requests.text(request, "TableName"));
    ObjectNode response = Requests.JSON.objectNode();
    response.set("Table", TableDescriptions.describe(table));
    return response;
  }
}
