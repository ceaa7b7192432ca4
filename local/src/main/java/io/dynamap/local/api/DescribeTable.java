package io.dynamap.local.api;

import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.Table;

/** DescribeTable: a table's definition, status, sizes and indexes. */
public final class DescribeTable implements Operation {
  static final Shape TABLE_NAME_ONLY = Shape.of(
      member("TableName", Shape.STRING).required().tableName().pattern("[a-zA-Z0-9_.-]+"));

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
