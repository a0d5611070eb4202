package dev.cairn.tck.runner.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a case's request template into the body sent to one server. Table placeholders
 * ({@code {T}}, {@code {T2}}, ...) become names unique to the case, so cases never share a table.
 * Helpers keep large or derived values out of the data files: {@code {"$repeat": ["a", 409600]}},
 * {@code {"$concat": [...]}}, {@code {"$pad": ["{T}", 255]}} (pads with 'a' to that length), and
 * {@code {"$prev": "LastEvaluatedKey"}} — that member of the same server's previous answer in the
 * case, or nothing when it is absent.
 */
final class RequestTemplate {

    private static final Pattern TABLE = Pattern.compile("\\{(T\\d?)\\}");

    private final String suffix;

    RequestTemplate(String suffix) {
        this.suffix = suffix;
    }

    String text(String template) {
        Matcher m = TABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "_" + suffix));
        }
        m.appendTail(out);
        return out.toString();
    }

    JsonNode expand(JsonNode template, JsonNode previousAnswer) {
        if (template.isTextual()) {
            return TextNode.valueOf(text(template.asText()));
        }
        if (template.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode element : template) {
                JsonNode expanded = expand(element, previousAnswer);
                if (expanded != null) {
                    out.add(expanded);
                }
            }
            return out;
        }
        if (!template.isObject()) {
            return template;
        }
        if (template.size() == 1) {
            String helper = template.fieldNames().next();
            JsonNode argument = template.get(helper);
            switch (helper) {
                case "$repeat" -> {
                    return TextNode.valueOf(text(argument.get(0).asText()).repeat(argument.get(1).asInt()));
                }
                case "$concat" -> {
                    StringBuilder joined = new StringBuilder();
                    argument.forEach(part -> joined.append(expand(part, previousAnswer).asText()));
                    return TextNode.valueOf(joined.toString());
                }
                case "$pad" -> {
                    String start = expand(argument.get(0), previousAnswer).asText();
                    return TextNode.valueOf(start + "a".repeat(Math.max(0, argument.get(1).asInt() - start.length())));
                }
                case "$prev" -> {
                    JsonNode value = previousAnswer == null ? null : previousAnswer.get(argument.asText());
                    return value == null || value.isMissingNode() ? null : value.deepCopy();
                }
                default -> {
                }
            }
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode expanded = expand(member.getValue(), previousAnswer);
            if (expanded != null) {
                out.set(text(member.getKey()), expanded);
            }
        }
        return out;
    }
}
