package dev.cairn.api.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A DynamoDB attribute value: one of the ten data types. Values are immutable once built.
 *
 * <p>Numbers are kept as the text the client sent; core validates and canonicalises them. Sets are
 * kept as lists in the order received, so that core can report duplicates and empty sets the way
 * DynamoDB does.
 */
public sealed interface AttributeValue {

    /** The DynamoDB type descriptor: {@code S}, {@code N}, {@code B}, {@code BOOL}, ... */
    String type();

    static S s(String value) {
        return new S(value);
    }

    static N n(String value) {
        return new N(value);
    }

    static B b(byte[] value) {
        return new B(value);
    }

    record S(String value) implements AttributeValue {
        public String type() {
            return "S";
        }
    }

    record N(String value) implements AttributeValue {
        public String type() {
            return "N";
        }
    }

    /** Binary; equality is by content. */
    record B(byte[] value) implements AttributeValue {
        public String type() {
            return "B";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof B other && Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "B[" + value.length + " bytes]";
        }
    }

    record Bool(boolean value) implements AttributeValue {
        public String type() {
            return "BOOL";
        }
    }

    /** NULL; DynamoDB accepts only {@code true}, core rejects {@code false}. */
    record Null(boolean value) implements AttributeValue {
        public String type() {
            return "NULL";
        }
    }

    record M(Map<String, AttributeValue> value) implements AttributeValue {
        public String type() {
            return "M";
        }
    }

    record L(List<AttributeValue> value) implements AttributeValue {
        public String type() {
            return "L";
        }
    }

    record SS(List<String> value) implements AttributeValue {
        public String type() {
            return "SS";
        }
    }

    record NS(List<String> value) implements AttributeValue {
        public String type() {
            return "NS";
        }
    }

    /** Binary set; equality is by content. */
    record BS(List<byte[]> value) implements AttributeValue {
        public String type() {
            return "BS";
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof BS other) || other.value.size() != value.size()) {
                return false;
            }
            for (int i = 0; i < value.size(); i++) {
                if (!Arrays.equals(value.get(i), other.value.get(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (byte[] b : value) {
                h = 31 * h + Arrays.hashCode(b);
            }
            return h;
        }
    }
}
