package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A resolved document path: attribute names (placeholders already substituted, so a name may hold
 * any character, dots included) and list indexes. Printed the way DynamoDB prints paths in its
 * messages: {@code [a, [1], b]}.
 */
public record DocumentPath(List<Element> elements) {

    /** Longest path DynamoDB accepts, counting names and indexes. */
    public static final int MAX_DEPTH = 32;

    public sealed interface Element {}

    public record Attribute(String name) implements Element {
        @Override
        public String toString() {
            return name;
        }
    }

    public record Index(int index) implements Element {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    public DocumentPath {
        elements = List.copyOf(elements);
    }

    public static DocumentPath of(String attribute) {
        return new DocumentPath(List.of(new Attribute(attribute)));
    }

    /** The top-level attribute the path starts at. */
    public String attributeName() {
        return ((Attribute) elements.get(0)).name();
    }

    public boolean isTopLevel() {
        return elements.size() == 1;
    }

    /** The value at this path, or null when any step is missing or of the wrong type. */
    public AttributeValue get(Map<String, AttributeValue> item) {
        AttributeValue current = item.get(attributeName());
        for (int i = 1; i < elements.size() && current != null; i++) {
            current = step(current, elements.get(i));
        }
        return current;
    }

    static AttributeValue step(AttributeValue value, Element element) {
        if (element instanceof Attribute a && value instanceof AttributeValue.M m) {
            return m.value().get(a.name());
        }
        if (element instanceof Index i && value instanceof AttributeValue.L l) {
            return i.index() < l.value().size() ? l.value().get(i.index()) : null;
        }
        return null;
    }

    /** The items' attributes at the given paths, shaped as DynamoDB projects them. */
    public static Map<String, AttributeValue> project(Map<String, AttributeValue> item, List<DocumentPath> paths) {
        return Projector.project(item, paths);
    }

    @Override
    public String toString() {
        return elements.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
