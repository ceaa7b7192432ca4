package io.dynamap.example.it.json;

import io.dynamap.annotations.Document;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.util.List;

/**
 * Attribute names declared in neither alphabetical nor hash order, so that a JSON writer keeping
 * either order shows up in {@link JsonFieldOrderTest}.
 */
@Table(name = "Shelves")
public record Shelf(
    @PartitionKey String zone,
    String title,
    int apples,
    Label label,
    List<Label> spares,
    String memo,
    boolean bare) {

  /** A nested document, whose members keep their declaration order too. */
  @Document
  public record Label(String zulu, String alpha, String mike, String bravo) {}
}
