package dev.cairn.frontend.embedded;

import dev.cairn.api.ApiException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts attribute values between the SDK and Cairn. Numbers stay text and sets stay lists in
 * order, so core sees exactly what the JSON wire would have carried (duplicates and empty sets
 * included). An SDK value with no type or several types is what DynamoDB reads from {@code {}} or
 * {@code {"S":..,"N":..}}: the same ValidationException the HTTP front end raises.
 */
final class AttributeValues {

    /** Maps and lists one inside another; the HTTP front end's 256 JSON levels hold about as many. */
    static final int MAX_DEPTH = 128;

    private AttributeValues() {}

    static Map<String, dev.cairn.api.model.AttributeValue> toCairn(Map<String, AttributeValue> item) {
        return Absent.map(item, AttributeValues::toCairn);
    }

    /** An SDK item map that may be auto-constructed (absent). */
    static Map<String, dev.cairn.api.model.AttributeValue> toCairn(boolean present, Map<String, AttributeValue> item) {
        return present ? toCairn(item) : null;
    }

    static List<dev.cairn.api.model.AttributeValue> toCairn(List<AttributeValue> values) {
        return Absent.list(values, AttributeValues::toCairn);
    }

    /** One value; null stays null (an absent value, as a JSON null reads). */
    static dev.cairn.api.model.AttributeValue toCairn(AttributeValue value) {
        return toCairn(value, 1);
    }

    /**
     * One value at a depth of maps and lists. Deeper than {@link #MAX_DEPTH} is refused as the HTTP
     * front end refuses a body nested past its JSON reader's limit, so that a value however deep
     * cannot overflow the stack here; shallower values reach core, which applies DynamoDB's 32 levels.
     */
    private static dev.cairn.api.model.AttributeValue toCairn(AttributeValue value, int depth) {
        if (value == null) {
            return null;
        }
        if (depth > MAX_DEPTH) {
            throw ApiException.serialization(null);
        }
        int types = typesSet(value);
        if (types != 1) {
            throw ApiException.validation(types == 0
                    ? "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"
                    : "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
        }
        if (value.s() != null) {
            return new dev.cairn.api.model.AttributeValue.S(value.s());
        }
        if (value.n() != null) {
            return new dev.cairn.api.model.AttributeValue.N(value.n());
        }
        if (value.b() != null) {
            return new dev.cairn.api.model.AttributeValue.B(value.b().asByteArray());
        }
        if (value.bool() != null) {
            return new dev.cairn.api.model.AttributeValue.Bool(value.bool());
        }
        if (value.nul() != null) {
            return new dev.cairn.api.model.AttributeValue.Null(value.nul());
        }
        if (value.hasM()) {
            return new dev.cairn.api.model.AttributeValue.M(Absent.map(value.m(), v -> toCairn(v, depth + 1)));
        }
        if (value.hasL()) {
            return new dev.cairn.api.model.AttributeValue.L(Absent.list(value.l(), v -> toCairn(v, depth + 1)));
        }
        if (value.hasSs()) {
            return new dev.cairn.api.model.AttributeValue.SS(Absent.list(value.ss(), s -> s));
        }
        if (value.hasNs()) {
            return new dev.cairn.api.model.AttributeValue.NS(Absent.list(value.ns(), n -> n));
        }
        return new dev.cairn.api.model.AttributeValue.BS(Absent.list(value.bs(), SdkBytes::asByteArray));
    }

    private static int typesSet(AttributeValue v) {
        int set = 0;
        for (boolean present : new boolean[] {v.s() != null, v.n() != null, v.b() != null, v.bool() != null,
                v.nul() != null, v.hasM(), v.hasL(), v.hasSs(), v.hasNs(), v.hasBs()}) {
            set += present ? 1 : 0;
        }
        return set;
    }

    static Map<String, AttributeValue> toSdk(Map<String, dev.cairn.api.model.AttributeValue> item) {
        return Absent.map(item, AttributeValues::toSdk);
    }

    static List<Map<String, AttributeValue>> itemsToSdk(List<Map<String, dev.cairn.api.model.AttributeValue>> items) {
        return Absent.list(items, AttributeValues::toSdk);
    }

    static AttributeValue toSdk(dev.cairn.api.model.AttributeValue value) {
        if (value instanceof dev.cairn.api.model.AttributeValue.S s) {
            return AttributeValue.fromS(s.value());
        }
        if (value instanceof dev.cairn.api.model.AttributeValue.N n) {
            return AttributeValue.fromN(n.value());
        }
        if (value instanceof dev.cairn.api.model.AttributeValue.B b) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(b.value()));
        }
        if (value instanceof dev.cairn.api.model.AttributeValue.Bool bool) {
            return AttributeValue.fromBool(bool.value());
        }
        if (value instanceof dev.cairn.api.model.AttributeValue.Null nul) {
            return AttributeValue.fromNul(nul.value());
        }
        if (value instanceof dev.cairn.api.model.AttributeValue.M m) {
            return AttributeValue.fromM(toSdk(m.value()));
        }
        if (value instanceof dev.cairn.api.model.AttributeValue.L l) {
            return AttributeValue.fromL(Absent.list(l.value(), AttributeValues::toSdk));
        }
        if (value instanceof dev.cairn.api.model.AttributeValue.SS ss) {
            return AttributeValue.fromSs(ss.value());
        }
        if (value instanceof dev.cairn.api.model.AttributeValue.NS ns) {
            return AttributeValue.fromNs(ns.value());
        }
        return AttributeValue.fromBs(Absent.list(((dev.cairn.api.model.AttributeValue.BS) value).value(),
                SdkBytes::fromByteArray));
    }
}
