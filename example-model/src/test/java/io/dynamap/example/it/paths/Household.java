package io.dynamap.example.it.paths;

import io.dynamap.annotations.Document;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One document type ({@link Geo}) used in several places, at several depths: so that an error
 * inside it says which one by its whole path.
 */
@Table(name = "Households")
public record Household(
    @PartitionKey String id,
    Place home,
    Place work,
    List<Line> lines,
    Map<String, List<Geo>> regions,
    List<List<Double>> matrix,
    Node tree,
    List<Set<BigDecimal>> amounts) {

  /** A place with a position. */
  @Document
  public record Place(String street, Geo geo) {}

  /** A position. */
  @Document
  public record Geo(double lat, double lon) {}

  /** A line of an order. */
  @Document
  public record Line(String sku, int quantity) {}

  /** A tree of named nodes. */
  @Document
  public record Node(String name, List<Node> children) {}
}
