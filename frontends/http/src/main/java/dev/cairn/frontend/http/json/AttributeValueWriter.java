package dev.cairn.frontend.http.json;

import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** Writes attribute values in DynamoDB's typed JSON form; N as the engine gives it. */
public final class AttributeValueWriter {

    private AttributeValueWriter() {}

    public static void item(JsonOut out, Map<String, AttributeValue> item) {
        out.map(item, AttributeValueWriter::value);
    }

    public static void items(JsonOut out, List<Map<String, AttributeValue>> items) {
        out.list(items, AttributeValueWriter::item);
    }

    public static void value(JsonOut out, AttributeValue value) {
        out.object(value, AttributeValueWriter::typed);
    }

    private static void typed(JsonOut out, AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            out.string("S", s.value());
        } else if (value instanceof AttributeValue.N n) {
            out.string("N", n.value());
        } else if (value instanceof AttributeValue.B b) {
            out.base64("B", b.value());
        } else if (value instanceof AttributeValue.Bool b) {
            out.bool("BOOL", b.value());
        } else if (value instanceof AttributeValue.Null n) {
            out.bool("NULL", n.value());
        } else if (value instanceof AttributeValue.M m) {
            out.map("M", m.value(), AttributeValueWriter::value);
        } else if (value instanceof AttributeValue.L l) {
            out.list("L", l.value(), AttributeValueWriter::value);
        } else if (value instanceof AttributeValue.SS ss) {
            out.list("SS", ss.value(), JsonOut::string);
        } else if (value instanceof AttributeValue.NS ns) {
            out.list("NS", ns.value(), JsonOut::string);
        } else if (value instanceof AttributeValue.BS bs) {
            out.list("BS", bs.value(), JsonOut::base64);
        } else {
            throw new IllegalArgumentException("unknown attribute value " + value.type());
        }
    }
}
