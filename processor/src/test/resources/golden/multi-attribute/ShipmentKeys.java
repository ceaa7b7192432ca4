package com.example.shop;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.key.BinarySortKeyCondition;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.ScalarSortKeys;
import io.dynamap.runtime.key.SortKeyCondition;
import io.dynamap.runtime.key.StringSortKeyCondition;
import io.dynamap.runtime.schema.AttributeCodecs;
import io.dynamap.runtime.schema.SecondaryIndex;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed key conditions for queries on {@link Shipment}: start with {@link #partition}, or with an index's method to query that index.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class ShipmentKeys {
    private static final String ENTITY_NAME = "Shipment";

    /**
     * The global index {@code byRegionAndTier}, to scan: {@code repository.scan(ShipmentKeys.BY_REGION_AND_TIER)}.
     */
    public static final SecondaryIndex<Shipment> BY_REGION_AND_TIER = new SecondaryIndex<Shipment>("byRegionAndTier", true);

    private ShipmentKeys() {
    }

    /**
     * The items whose partition key {@code shipmentId} equals the given value.
     *
     * @param shipmentId the partition key value
     * @throws ItemMappingException if the value is null or empty
     */
    public static Partition partition(String shipmentId) {
        return new Partition(AttributeValue.fromS(AttributeCodecs.<String>requireKey(shipmentId, ENTITY_NAME, "shipmentId")));
    }

    /**
     * The items of the global index {@code byRegionAndTier} whose partition attributes {@code region}, {@code tier} equal the given values, in sort key order; narrow it with {@link ByRegionAndTier#placedAt()}.
     *
     * @param region the value of the partition attribute {@code region}
     * @param tier the value of the partition attribute {@code tier}
     * @return the condition, usable as it is or narrowed by the sort attributes
     * @throws ItemMappingException if a value is null or empty
     */
    public static ByRegionAndTier byRegionAndTier(String region, int tier) {
        return new ByRegionAndTier(AttributeValue.fromS(AttributeCodecs.<String>requireKey(region, ENTITY_NAME, "region")), AttributeValue.fromN(String.valueOf(tier)));
    }

    /**
     * A condition on the partition key {@code shipmentId}.
     */
    public static final class Partition extends KeyCondition<Shipment> {
        private Partition(AttributeValue value) {
            super(null, "shipmentId", value);
        }
    }

    /**
     * A condition on the partition attributes {@code region}, {@code tier} of the global index {@code byRegionAndTier}.
     */
    public static final class ByRegionAndTier extends KeyCondition<Shipment> {
        private ByRegionAndTier(AttributeValue region, AttributeValue tier) {
            super("byRegionAndTier", List.<String>of("region", "tier"), List.<AttributeValue>of(region, tier), null, null);
        }

        /**
         * Conditions on the sort attribute {@code placedAt}: {@code eq}, after which {@code weight} may be given, or {@code lt, le, gt, ge, between, beginsWith}, which end the key condition.
         *
         * @return the conditions
         */
        public ByRegionAndTierPlacedAt placedAt() {
            return new ByRegionAndTierPlacedAt(this);
        }
    }

    /**
     * The conditions on the sort attribute {@code placedAt} of the global index {@code byRegionAndTier}.
     */
    public static final class ByRegionAndTierPlacedAt extends StringSortKeyCondition<Shipment, Instant> {
        private ByRegionAndTierPlacedAt(KeyCondition<Shipment> partition) {
            super(partition, "placedAt");
        }

        @Override
        protected AttributeValue encode(Instant value) {
            return AttributeCodecs.fromInstant(value, "placedAt");
        }

        /**
         * The sort attribute {@code placedAt} equal to {@code value}; the next, {@code weight}, may follow.
         *
         * @param value the value to compare with; not null
         * @return the condition with this attribute fixed
         */
        @Override
        public ByRegionAndTierPlacedAtGiven eq(Instant value) {
            return new ByRegionAndTierPlacedAtGiven(partition(), equality(value));
        }
    }

    /**
     * A condition of the global index {@code byRegionAndTier} with the sort attribute {@code placedAt} fixed, usable as it is or narrowed by {@code weight}.
     */
    public static final class ByRegionAndTierPlacedAtGiven extends KeyCondition<Shipment> {
        private ByRegionAndTierPlacedAtGiven(KeyCondition<Shipment> previous,
                KeyCondition.FixedSortAttribute fixed) {
            super(previous, fixed);
        }

        /**
         * Conditions on the sort attribute {@code weight}: {@code eq}, after which {@code label} may be given, or {@code lt, le, gt, ge, between}, which end the key condition.
         *
         * @return the conditions
         */
        public ByRegionAndTierWeight weight() {
            return new ByRegionAndTierWeight(this);
        }
    }

    /**
     * The conditions on the sort attribute {@code weight} of the global index {@code byRegionAndTier}.
     */
    public static final class ByRegionAndTierWeight extends SortKeyCondition<Shipment, Long> {
        private ByRegionAndTierWeight(KeyCondition<Shipment> partition) {
            super(partition, "weight");
        }

        @Override
        protected AttributeValue encode(Long value) {
            return AttributeValue.fromN(String.valueOf(value));
        }

        /**
         * The sort attribute {@code weight} equal to {@code value}; the next, {@code label}, may follow.
         *
         * @param value the value to compare with; not null
         * @return the condition with this attribute fixed
         */
        @Override
        public ByRegionAndTierWeightGiven eq(Long value) {
            return new ByRegionAndTierWeightGiven(partition(), equality(value));
        }
    }

    /**
     * A condition of the global index {@code byRegionAndTier} with the sort attribute {@code weight} fixed, usable as it is or narrowed by {@code label}.
     */
    public static final class ByRegionAndTierWeightGiven extends KeyCondition<Shipment> {
        private ByRegionAndTierWeightGiven(KeyCondition<Shipment> previous,
                KeyCondition.FixedSortAttribute fixed) {
            super(previous, fixed);
        }

        /**
         * Conditions on the sort attribute {@code label}: {@code eq}, or {@code lt, le, gt, ge, between, beginsWith}.
         *
         * @return the conditions, each ending the key condition
         */
        public BinarySortKeyCondition<Shipment, byte[]> label() {
            return ScalarSortKeys.<Shipment, byte[]>binary(this, "label", ScalarAttributes.Kind.BYTES);
        }
    }
}
