package io.dynamap.processor.model;

/**
 * One stored attribute of an entity.
 *
 * @param javaName the property name in Java (record component, field)
 * @param storedName the attribute name in DynamoDB items
 * @param mapping how the Java type is stored
 * @param read how generated code reads it from an entity
 * @param write how generated code sets it when building an entity
 * @param keyRole whether it is part of the primary key
 * @param storeNull whether a null (or empty Optional) is stored as {@code NULL} rather than left
 *     out
 * @param generated how Dynamap generates its value on writes, or {@code null} if it does not
 */
public record AttributeModel(
    String javaName,
    String storedName,
    TypeMapping mapping,
    Access read,
    Access write,
    KeyRole keyRole,
    boolean storeNull,
    GeneratedValueModel generated) {

  public boolean isKey() {
    return keyRole != KeyRole.NONE;
  }
}
