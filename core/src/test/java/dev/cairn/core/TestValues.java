package dev.cairn.core;

import dev.cairn.api.model.AttributeValue;
import java.util.List;

/** Short builders of attribute values for tests; fixture classes extend it so one static import brings both. */
public class TestValues {

    protected TestValues() {}

    public static AttributeValue s(String v) {
        return new AttributeValue.S(v);
    }

    public static AttributeValue n(String v) {
        return new AttributeValue.N(v);
    }

    public static AttributeValue b(int... bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return new AttributeValue.B(out);
    }

    public static AttributeValue l(AttributeValue... values) {
        return new AttributeValue.L(List.of(values));
    }

    public static AttributeValue ss(String... v) {
        return new AttributeValue.SS(List.of(v));
    }

    public static AttributeValue ns(String... v) {
        return new AttributeValue.NS(List.of(v));
    }

    public static AttributeValue bs(byte[]... v) {
        return new AttributeValue.BS(List.of(v));
    }
}
