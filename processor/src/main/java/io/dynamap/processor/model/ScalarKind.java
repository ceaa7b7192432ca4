package io.dynamap.processor.model;

/**
 * The Java types stored as one DynamoDB scalar, and the DynamoDB type each is stored as. Key
 * attributes need a kind stored as S, N or B.
 */
public enum ScalarKind {
  STRING(StoredType.S),
  INT(StoredType.N),
  LONG(StoredType.N),
  SHORT(StoredType.N),
  BYTE(StoredType.N),
  DOUBLE(StoredType.N),
  FLOAT(StoredType.N),
  BIG_DECIMAL(StoredType.N),
  BIG_INTEGER(StoredType.N),
  BOOLEAN(StoredType.BOOL),
  BYTES(StoredType.B),
  ENUM(StoredType.S),
  INSTANT(StoredType.S),
  UUID(StoredType.S),
  CHAR(StoredType.S),
  LOCAL_DATE(StoredType.S),
  LOCAL_DATE_TIME(StoredType.S),
  LOCAL_TIME(StoredType.S),
  OFFSET_DATE_TIME(StoredType.S),
  ZONED_DATE_TIME(StoredType.S),
  DURATION(StoredType.N),
  PERIOD(StoredType.S),
  YEAR(StoredType.N),
  YEAR_MONTH(StoredType.S),
  URI(StoredType.S),
  CURRENCY(StoredType.S),
  LOCALE(StoredType.S),
  SDK_BYTES(StoredType.B),
  BYTE_BUFFER(StoredType.B),
  /** An {@code Instant} marked {@code @TimeToLive}: epoch seconds, as DynamoDB's TTL reads them. */
  EPOCH_SECONDS(StoredType.N);

  /** DynamoDB's scalar types. */
  public enum StoredType {
    S,
    N,
    B,
    BOOL;

    /** Whether DynamoDB accepts this type for a key attribute. */
    public boolean canBeKey() {
      return this != BOOL;
    }
  }

  private final StoredType storedType;

  ScalarKind(StoredType storedType) {
    this.storedType = storedType;
  }

  /** How DynamoDB stores values of this kind. */
  public StoredType storedType() {
    return storedType;
  }
}
