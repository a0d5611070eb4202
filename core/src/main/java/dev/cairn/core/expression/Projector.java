package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Extracts several paths from an item at once. DynamoDB keeps the shape of what it returns: a
 * nested attribute comes back inside its maps and lists, sibling paths merge into one map, and the
 * selected elements of a list come back in index order, compacted (l[3], l[1] yields a two-element
 * list). Paths that do not reach a value contribute nothing.
 */
final class Projector {

    private Projector() {}

    static Map<String, AttributeValue> project(Map<String, AttributeValue> item, List<DocumentPath> paths) {
        Map<Object, Object> root = new LinkedHashMap<>();
        for (DocumentPath path : paths) {
            AttributeValue value = path.get(item);
            if (value != null) {
                insert(root, path.elements(), 0, value);
            }
        }
        Map<String, AttributeValue> result = new LinkedHashMap<>();
        root.forEach((k, v) -> result.put((String) k, build(v)));
        return result;
    }

    /** Intermediate tree: a map node is a LinkedHashMap keyed by name, a list node a TreeMap by index. */
    @SuppressWarnings("unchecked")
    private static void insert(Map<Object, Object> node, List<DocumentPath.Element> elements, int i,
            AttributeValue value) {
        Object key = key(elements.get(i));
        if (i == elements.size() - 1) {
            node.put(key, value);
            return;
        }
        Object child = node.get(key);
        if (!(child instanceof Map)) {
            child = elements.get(i + 1) instanceof DocumentPath.Index ? new TreeMap<>() : new LinkedHashMap<>();
            node.put(key, child);
        }
        insert((Map<Object, Object>) child, elements, i + 1, value);
    }

    private static Object key(DocumentPath.Element element) {
        return element instanceof DocumentPath.Index index ? (Object) index.index() : ((DocumentPath.Attribute) element).name();
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue build(Object node) {
        if (node instanceof AttributeValue value) {
            return value;
        }
        if (node instanceof TreeMap<?, ?> list) {
            List<AttributeValue> values = new ArrayList<>();
            list.values().forEach(v -> values.add(build(v)));
            return new AttributeValue.L(List.copyOf(values));
        }
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        ((Map<Object, Object>) node).forEach((k, v) -> map.put((String) k, build(v)));
        return new AttributeValue.M(map);
    }
}
