package io.dynamap.example.it;

import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.SortKey;
import io.dynamap.annotations.Table;

/** A binary sort key, and an immutable class rather than a record. */
@Table(name = "Blobs")
public final class Blob {
  @PartitionKey private final String owner;
  @SortKey private final byte[] digest;
  private final String body;

  public Blob(String owner, byte[] digest, String body) {
    this.owner = owner;
    this.digest = digest;
    this.body = body;
  }

  public String getOwner() {
    return owner;
  }

  public byte[] getDigest() {
    return digest.clone();
  }

  public String getBody() {
    return body;
  }
}
