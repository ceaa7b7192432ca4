package io.dynamap.example.shop;

/** Where an order is in its life. */
public enum OrderStatus {
  PLACED,
  SHIPPED,
  DELIVERED
}
