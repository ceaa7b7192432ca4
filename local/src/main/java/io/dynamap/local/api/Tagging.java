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
import java.util.regex.Pattern;

/** TagResource, UntagResource and ListTagsOfResource: tags of a table, by its ARN. */
public final class Tagging {
  private static final Pattern ANY_ARN = Pattern.compile(".+:.+:.+:.+:.+:.+/.+");
  private static final Pattern TABLE_ARN =
      Pattern.compile("arn:aws:dynamodb:.+:\\d+:table/[^/]{2}[^/]+");

  private Tagging() {}

  /** The three operations on {@code engine}. */
  public static List<Operation> operations(Engine engine) {
    return List.of(new TagResource(engine), new UntagResource(engine),
        new ListTagsOfResource(engine));
  }

  /** DynamoDB's checks of the ARN and of the member the operation requires. */
  private static void checkArn(Engine engine, ObjectNode request, String action,
      String requiredMember, String requiredPath) {
    String arn = Requests.text(request, "ResourceArn");
    if (arn == null) {
      throw DynamoException.validation("Invalid TableArn");
    }
    if (!ANY_ARN.matcher(arn).matches()) {
      // DynamoDB answers AccessDeniedException here; a validation error says the same plainly.
      throw DynamoException.validation(
          "Invalid TableArn: Invalid ResourceArn provided as input " + arn);
    }
    if (requiredMember != null && !request.has(requiredMember)) {
      throw DynamoException.validation("1 validation error detected: Value null at '"
          + requiredPath + "' failed to satisfy constraint: Member must not be null");
    }
    if (!TABLE_ARN.matcher(arn).matches()) {
      throw DynamoException.validation(
          "Invalid TableArn: Invalid ResourceArn provided as input " + arn);
    }
  }

  private static Table find(Engine engine, String arn) {
    Table table = engine.findTable(arn.substring(arn.lastIndexOf('/') + 1));
    if (table == null) {
      throw DynamoException.resourceNotFound(
          "Requested resource not found: ResourcArn: " + arn + " not found");
    }
    return table;
  }

  /** TagResource. */
  static final class TagResource implements Operation {
    private static final Shape SHAPE = Shape.of(
        member("ResourceArn", Shape.STRING),
        member("Tags", Shape.list(member("member", Shape.struct(true, "Tag",
            member("Key", Shape.STRING), member("Value", Shape.STRING))))));
    private final Engine engine;

    TagResource(Engine engine) {
      this.engine = engine;
    }

    @Override
    public String name() {
      return "TagResource";
    }

    @Override
    public ObjectNode execute(ObjectNode raw) {
      ObjectNode request = SHAPE.validate(raw);
      checkArn(engine, request, name(), "Tags", "tags");
      JsonNode tags = request.get("Tags");
      if (tags.isEmpty()) {
        throw DynamoException.validation("Atleast one Tag needs to be provided as Input.");
      }
      Table table = find(engine, Requests.text(request, "ResourceArn"));
      Map<String, String> added = new LinkedHashMap<>();
      for (JsonNode tag : tags) {
        added.put(tag.path("Key").asText(), tag.path("Value").asText());
      }
      table.tag(added);
      return Requests.JSON.objectNode();
    }
  }

  /** UntagResource. */
  static final class UntagResource implements Operation {
    private static final Shape SHAPE = Shape.of(
        member("ResourceArn", Shape.STRING),
        member("TagKeys", Shape.stringList()));
    private final Engine engine;

    UntagResource(Engine engine) {
      this.engine = engine;
    }

    @Override
    public String name() {
      return "UntagResource";
    }

    @Override
    public ObjectNode execute(ObjectNode raw) {
      ObjectNode request = SHAPE.validate(raw);
      checkArn(engine, request, name(), "TagKeys", "tagKeys");
      JsonNode keys = request.get("TagKeys");
      if (keys.isEmpty()) {
        throw DynamoException.validation("Atleast one Tag Key needs to be provided as Input.");
      }
      Table table = find(engine, Requests.text(request, "ResourceArn"));
      List<String> removed = new ArrayList<>();
      keys.forEach(key -> removed.add(key.asText()));
      table.untag(removed);
      return Requests.JSON.objectNode();
    }
  }

  /** ListTagsOfResource. */
  static final class ListTagsOfResource implements Operation {
    private static final Shape SHAPE = Shape.of(member("ResourceArn", Shape.STRING));
    private final Engine engine;

    ListTagsOfResource(Engine engine) {
      this.engine = engine;
    }

    @Override
    public String name() {
      return "ListTagsOfResource";
    }

    @Override
    public ObjectNode execute(ObjectNode raw) {
      ObjectNode request = SHAPE.validate(raw);
      checkArn(engine, request, name(), null, null);
      Table table = find(engine, Requests.text(request, "ResourceArn"));
      ObjectNode response = Requests.JSON.objectNode();
      ArrayNode tags = response.putArray("Tags");
      for (Map.Entry<String, String> tag : new TreeMap<>(table.tags()).entrySet()) {
        tags.addObject().put("Key", tag.getKey()).put("Value", tag.getValue());
      }
      return response;
    }
  }
}
