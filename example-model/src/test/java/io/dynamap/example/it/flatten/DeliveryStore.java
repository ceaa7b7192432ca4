package io.dynamap.example.it.flatten;

import io.dynamap.annotations.Repository;
import java.util.List;
import java.util.stream.Stream;

// tag::flatten-repository[]
/** Flattened attributes in method names: the document's field, then the attribute. */
@Repository
public interface DeliveryStore {
  Stream<Delivery> findByCustomerIdAndShippingCity(String customerId, String city); // ship_city
  List<Delivery> scanByShippingFloorGreaterThanAndRecipientNameStartingWith(int floor, String n);
}
// end::flatten-repository[]
