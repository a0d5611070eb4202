package dev.cairn.frontend.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns a valid request into a nearly valid one, the way a buggy client or a hostile one would:
 * one to three changes at random places of its JSON tree (a member dropped, doubled or nulled, a
 * value of the wrong type, an empty or odd string, a huge number, a value nested deep, invalid
 * UTF-8), or the body cut short. Strings are never changed into {@link #PROTECTED}, so a mutated
 * write can never reach the item the test keeps to prove the table uncorrupted.
 */
final class RequestMutator {

    static final String PROTECTED = "known";

    private static final List<Object> ODD_VALUES = List.of("", "x", " ", "\u0000", "\uD83D\uDE00", "é", "-1", "1E+126",
            "#n", ":v", "S", "NULL", true, false, 0, -1, 3.5, List.of(), Map.of(), "[", "{\"S\":\"x\"}");

    /** Members whose map entries and list elements are attribute values (or keys, items). */
    private static final java.util.Set<String> VALUE_HOLDERS = java.util.Set.of("Item", "Key", "M", "L", "Keys",
            "ExpressionAttributeValues", "ExclusiveStartKey", "AttributeValueList");

    private final Random random;
    private boolean onlyNulledAValue;
    private boolean nulledAValue;

    RequestMutator(long seed) {
        this.random = new Random(seed);
    }

    /** The mutated body of a copy of {@code template}. */
    byte[] mutate(Object template) {
        Object tree = JsonTree.copy(template);
        int changes = 1 + random.nextInt(3);
        nulledAValue = false;
        for (int i = 0; i < changes; i++) {
            tree = change(tree);
        }
        onlyNulledAValue = changes == 1 && nulledAValue;
        byte[] body = JsonTree.write(tree);
        if (random.nextInt(12) == 0) {
            onlyNulledAValue = false;
            return Arrays.copyOf(body, random.nextInt(Math.max(1, body.length)));
        }
        return body;
    }

    /**
     * Whether the last body differs from its valid template only by a null where an attribute
     * value, an item or a key belongs: DynamoDB refuses that, so it must never be answered 200.
     */
    boolean onlyNulledAnAttributeValue() {
        return onlyNulledAValue;
    }

    /** One change at a random node of the tree; the root itself may be replaced. */
    private Object change(Object tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots, null);
        if (slots.isEmpty() || random.nextInt(40) == 0) {
            return safeValue(replacement(tree));
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        slot.apply(this);
        return tree;
    }

    private Object replacement(Object value) {
        switch (random.nextInt(11)) {
            case 0:
                return null;
            case 1:
                return ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
            case 2:
                return value instanceof String s && !s.isEmpty() ? s.repeat(1 + random.nextInt(2000)) : "";
            case 3:
                return new JsonTree.RawNumber(random.nextBoolean() ? "1e999999" : "9".repeat(40 + random.nextInt(200)));
            case 4:
                return deep(value, 30 + random.nextInt(8), random.nextBoolean());
            case 5:
                return deep(value, 200 + random.nextInt(400), false);
            case 6:
                return new JsonTree.RawBytes(new byte[] {'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'b'});
            case 7:
                return List.of(value == null ? "x" : value);
            case 8:
                return new LinkedHashMap<>(Map.of("S", value == null ? "x" : value));
            case 9:
                return value instanceof String s ? new JsonTree.RawBytes((s + "\uD800").getBytes(StandardCharsets.UTF_8))
                        : Map.of();
            default:
                return new JsonTree.Twice(value, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
        }
    }

    /** A value wrapped in {@code levels} lists, as attribute values ({"L":[...]}) or as bare JSON arrays. */
    private static Object deep(Object value, int levels, boolean asAttributeValues) {
        Object v = value == null ? Map.of("S", "x") : value;
        for (int i = 0; i < levels; i++) {
            v = asAttributeValues ? Map.of("L", List.of(v)) : List.of(v);
        }
        return v;
    }

    private String safe(String s) {
        return s.contains(PROTECTED) ? "x" : s;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Slot> slots, String holder) {
        boolean values = holder != null && VALUE_HOLDERS.contains(holder);
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            for (String key : new ArrayList<>(m.keySet())) {
                slots.add(new Slot(m, key, -1, null, values));
                collect(m.get(key), slots, key);
            }
        } else if (node instanceof List<?> list) {
            List<Object> l = (List<Object>) list;
            for (int i = 0; i < l.size(); i++) {
                slots.add(new Slot(null, null, i, l, values));
                collect(l.get(i), slots, holder);
            }
        }
    }

    /** A place in the tree: a map member or a list element; {@code value} when it holds an attribute value. */
    private record Slot(Map<String, Object> map, String key, int index, List<Object> list, boolean value) {

        void apply(RequestMutator m) {
            int what = m.random.nextInt(5);
            m.nulledAValue |= what == 1 && value;
            if (map != null) {
                if (what == 0) {
                    map.remove(key);
                } else if (what == 1) {
                    map.put(key, null);
                } else if (what == 2) {
                    Object value = map.remove(key);
                    map.put(m.random.nextBoolean() ? "" : m.safe(key + "x"), value);
                } else {
                    map.put(key, m.safeValue(m.replacement(map.get(key))));
                }
            } else if (what == 0) {
                list.remove(index);
            } else if (what == 1) {
                list.set(index, null);
            } else if (what == 2) {
                list.add(index, JsonTree.copy(list.get(index)));
            } else {
                list.set(index, m.safeValue(m.replacement(list.get(index))));
            }
        }
    }

    /** The value to put in the tree: never the protected key, and mutable for later changes. */
    private Object safeValue(Object value) {
        return JsonTree.copy(value instanceof String s ? safe(s) : value);
    }
}
