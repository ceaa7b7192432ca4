package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.Table;
import io.dynamap.local.engine.TableStatus;

/** DeleteTable: removes a table and its items; answers its description as DELETING. */
public final class DeleteTable implements Operation {
  private final Engine engine;

  public DeleteTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "DeleteTable";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = DescribeTable.TABLE_NAME_ONLY.validate(raw);
    String name = Requests.text(request, "TableName");
    Table table = engine.describedTable(name);
    if (table.status() == TableStatus.CREATING) {
      throw DynamoException.resourceInUse(
          "Attempt to change a resource which is still in use: Table is being created: " + name);
    }
    if (Boolean.TRUE.equals(table.deletionProtection())) {
      throw DynamoException.validation("Resource cannot be deleted as it is currently protected"
          + " against deletion. Disable deletion protection first.");
    }
    if (engine.deleteTable(name) == null) {
      throw DynamoException.resourceNotFound(
          "Requested resource not found: Table: " + name + " not found");
    }
    ObjectNode response = Requests.JSON.objectNode();
    response.set("TableDescription", TableDescriptions.describe(table, TableStatus.DELETING));
    return response;
  }
}
