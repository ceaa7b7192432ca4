package io.dynamap.local.api;

import static io.dynamap.local.api.Shape.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** TagResource, UntagResource and ListTagsOfResource: tags of a table, by its ARN. */
public final class Tagging {
  private static final Pattern ANY_ARN = Pattern.compile(".+:.+:.+:.+:.+:.+/.+");
  private static final Pattern TABLE_ARN =
      Pattern.compile("arn:aws:dynamodb:.+:\\d+:table/[^/]{2}[^/]+");

  private Tagging() {}

  /** The three operations on {@code engine}. */
  public static List<Operation> operations(Engine engine) {
    return List.of(
        new TagOperation(engine, "TagResource", Shape.of(
            member("ResourceArn", Shape.STRING),
            member("Tags", Shape.list(member("member", Shape.struct(true, "Tag",
                member("Key", Shape.STRING), member("Value", Shape.STRING)))))),
            "Tags", "Atleast one Tag needs to be provided as Input.", (table, tags) -> {
              Map<String, String> added = new LinkedHashMap<>();
              for (JsonNode tag : tags) {
                added.put(tag.path("Key").asText(), tag.path("Value").asText());
              }
              table.tag(added);
              return Requests.JSON.objectNode();
            }),
        new TagOperation(engine, "UntagResource", Shape.of(
            member("ResourceArn", Shape.STRING),
            member("TagKeys", Shape.stringList())),
            "TagKeys", "Atleast one Tag Key needs to be provided as Input.", (table, keys) -> {
              List<String> removed = new ArrayList<>();
              keys.forEach(key -> removed.add(key.asText()));
              table.untag(removed);
              return Requests.JSON.objectNode();
            }),
        new TagOperation(engine, "ListTagsOfResource",
            Shape.of(member("ResourceArn", Shape.STRING)), null, null, (table, none) -> {
              ObjectNode response = Requests.JSON.objectNode();
              ArrayNode tags = response.putArray("Tags");
              for (Map.Entry<String, String> tag : new TreeMap<>(table.tags()).entrySet()) {
                tags.addObject().put("Key", tag.getKey()).put("Value", tag.getValue());
              }
              return response;
            }));
  }

  /**
   * One of the three operations, which differ only in the list they require ({@code Tags}, {@code
   * TagKeys} or none) and what they do with the table: DynamoDB's checks of the ARN and of that
   * list, then the table found by its ARN.
   */
  private static final class TagOperation implements Operation {
    private final Engine engine;
    private final String name;
    private final Shape shape;
    private final String listMember;
    private final String emptyListMessage;
    private final BiFunction<Table, JsonNode, ObjectNode> action;

    TagOperation(Engine engine, String name, Shape shape, String listMember,
        String emptyListMessage, BiFunction<Table, JsonNode, ObjectNode> action) {
      this.engine = engine;
      this.name = name;
      this.shape = shape;
      this.listMember = listMember;
      this.emptyListMessage = emptyListMessage;
      this.action = action;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public ObjectNode execute(ObjectNode raw) {
      ObjectNode request = shape.validate(raw);
      String arn = Requests.text(request, "ResourceArn");
      checkArn(arn, request);
      JsonNode list = listMember == null ? null : request.get(listMember);
      if (list != null && list.isEmpty()) {
        throw DynamoException.validation(emptyListMessage);
      }
      Table table = engine.findTable(arn.substring(arn.lastIndexOf('/') + 1));
      if (table == null) {
        throw DynamoException.resourceNotFound(
            "Requested resource not found: ResourcArn: " + arn + " not found");
      }
      return action.apply(table, list);
    }

    /** DynamoDB's checks of the ARN and of the list the operation requires. */
    private void checkArn(String arn, ObjectNode request) {
      if (arn == null) {
        throw DynamoException.validation("Invalid TableArn");
      }
      if (!ANY_ARN.matcher(arn).matches()) {
        // DynamoDB answers AccessDeniedException here; a validation error says the same plainly.
        throw DynamoException.validation(
            "Invalid TableArn: Invalid ResourceArn provided as input " + arn);
      }
      if (listMember != null && !request.has(listMember)) {
        throw DynamoException.validation("1 validation error detected: Value null at '"
            + Shape.lowerFirst(listMember) + "' failed to satisfy constraint: Member must not be"
            + " null");
      }
      if (!TABLE_ARN.matcher(arn).matches()) {
        throw DynamoException.validation(
            "Invalid TableArn: Invalid ResourceArn provided as input " + arn);
      }
    }
  }
}
