package io.dynamap.local.api;

import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import java.util.List;

/** ListTables: table names in order, paged by Limit and ExclusiveStartTableName. */
public final class ListTables implements Operation {
  private static final Shape SHAPE = Shape.of(
      member("Limit", Shape.INTEGER).min(1).max(100),
      member("ExclusiveStartTableName", Shape.STRING).tableNameConstraints());

  private final Engine engine;

  public ListTables(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "ListTables";
  }

  @Override
  public ObjectNode execute(ObjectNode raw) {
    ObjectNode request = SHAPE.validate(raw);
    int limit = request.has("Limit") ? request.get("Limit").asInt() : 100;
    String start = Requests.text(request, "ExclusiveStartTableName");
    List<String> names = engine.tableNames();
    if (start != null) {
      names.removeIf(name -> name.compareTo(start) <= 0);
    }
    ObjectNode response = Requests.JSON.objectNode();
    if (names.size() > limit) {
      names = names.subList(0, limit);
      response.put("LastEvaluatedTableName", names.get(names.size() - 1));
    }
    ArrayNode tableNames = Requests.JSON.arrayNode();
    names.forEach(tableNames::add);
    response.set("TableNames", tableNames);
    return response;
  }
}
