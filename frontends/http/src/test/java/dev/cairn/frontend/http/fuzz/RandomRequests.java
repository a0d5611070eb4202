package dev.cairn.frontend.http.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Random DynamoDB requests for the fuzz test: expressions stitched from the languages' own tokens
 * (so they get deep into the parsers, not just the first character), valid expressions cut short,
 * and valid request bodies that are truncated, corrupted or given wrongly typed members.
 */
final class RandomRequests {

    static final String TABLE = "fuzz_table";

    private static final List<String> TOKENS = List.of("a", "b", "pk", "sk", "#n", "#m", "#zz", ":v", ":w", ":n",
            ":zz", "=", "<>", "<", "<=", ">", ">=", "AND", "OR", "NOT", "BETWEEN", "IN", "(", ")", ",", ".", "[0]",
            "[", "]", "[99999999999]", "attribute_exists(", "attribute_not_exists(", "begins_with(", "contains(",
            "size(", "attribute_type(", "if_not_exists(", "list_append(", "SET", "REMOVE", "ADD", "DELETE", "+", "-",
            "a.b", "a[1].b", "name", "SIZE", "\"", "'", "\\", "\u0000", "\uD83D\uDE00", "é", "1", "-1", "#", ":", "::");

    private static final List<String> VALID_EXPRESSIONS = List.of(
            "attribute_exists(a) AND (b = :v OR NOT contains(#n, :w))",
            "size(a) BETWEEN :n AND :n AND begins_with(#m, :v)",
            "a IN (:v, :w, :n) OR attribute_type(b, :v)",
            "SET a = if_not_exists(a, :n) + :n, #n = list_append(#m, :v) REMOVE b[0] ADD c :n DELETE d :w",
            "pk = :v AND sk BETWEEN :n AND :n",
            "pk = :v AND begins_with(sk, :v)",
            "a.b[2].c, #n, b");

    private static final List<String> OPERATIONS = List.of("PutItem", "GetItem", "UpdateItem", "DeleteItem", "Query",
            "Scan", "BatchGetItem", "BatchWriteItem", "CreateTable", "DescribeTable", "ListTables", "UpdateTable");

    private final Random random;

    RandomRequests(long seed) {
        this.random = new Random(seed);
    }

    /** A request whose expression members are random token soup or truncated valid expressions. */
    Request expressionRequest() {
        String names = random.nextBoolean() ? ",\"ExpressionAttributeNames\":{\"#n\":\"x\",\"#m\":\"y\"}" : "";
        String values = random.nextBoolean()
                ? ",\"ExpressionAttributeValues\":{\":v\":{\"S\":\"x\"},\":w\":{\"SS\":[\"q\"]},\":n\":{\"N\":\"1\"}}"
                : "";
        String key = "\"Key\":{\"pk\":{\"S\":\"k\"},\"sk\":{\"N\":\"1\"}}";
        return switch (random.nextInt(6)) {
            case 0 -> new Request("PutItem", "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"pk\":{\"S\":\"k\"},"
                    + "\"sk\":{\"N\":\"1\"}},\"ConditionExpression\":" + expression() + names + values + "}");
            case 1 -> new Request("UpdateItem", "{\"TableName\":\"" + TABLE + "\"," + key + ",\"UpdateExpression\":"
                    + expression() + (random.nextBoolean() ? ",\"ConditionExpression\":" + expression() : "")
                    + names + values + "}");
            case 2 -> new Request("DeleteItem", "{\"TableName\":\"" + TABLE + "\"," + key
                    + ",\"ConditionExpression\":" + expression() + names + values + "}");
            case 3 -> new Request("Query", "{\"TableName\":\"" + TABLE + "\",\"KeyConditionExpression\":"
                    + expression() + (random.nextBoolean() ? ",\"FilterExpression\":" + expression() : "")
                    + (random.nextBoolean() ? ",\"ProjectionExpression\":" + expression() : "") + names + values + "}");
            case 4 -> new Request("Scan", "{\"TableName\":\"" + TABLE + "\",\"FilterExpression\":" + expression()
                    + names + values + "}");
            default -> new Request("GetItem", "{\"TableName\":\"" + TABLE + "\"," + key + ",\"ProjectionExpression\":"
                    + expression() + names + "}");
        };
    }

    /** A valid-looking request body broken in one random way, sent to a random operation. */
    Request corruptedRequest() {
        String body = expressionRequest().body();
        String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
        return switch (random.nextInt(5)) {
            case 0 -> new Request(operation, body.substring(0, random.nextInt(body.length())));
            case 1 -> new Request(operation, replaceAt(body, String.valueOf((char) random.nextInt(0x3000))));
            case 2 -> new Request(operation, replaceAt(body, TOKENS_OF_JSON.get(random.nextInt(TOKENS_OF_JSON.size()))));
            case 3 -> new Request(operation, body.replace("{\"S\":", "{\"" + typeName() + "\":")
                    .replace("{\"N\":", "{\"" + typeName() + "\":"));
            default -> new Request(operation, body.replace("\"" + TABLE + "\"", jsonValue()));
        };
    }

    private static final List<String> TOKENS_OF_JSON = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "true",
            "1e999999", "-0", "{\"S\":1}", "[[[[", "\"\\u0000\"", "\"\\uD800\"");

    private String expression() {
        if (random.nextInt(4) == 0) {
            String valid = VALID_EXPRESSIONS.get(random.nextInt(VALID_EXPRESSIONS.size()));
            return jsonString(valid.substring(0, random.nextInt(valid.length() + 1)));
        }
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(16);
        for (int i = 0; i < length; i++) {
            text.append(TOKENS.get(random.nextInt(TOKENS.size())));
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return jsonString(text.toString());
    }

    private String typeName() {
        List<String> types = List.of("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS", "X", "");
        return types.get(random.nextInt(types.size()));
    }

    private String jsonValue() {
        List<String> values = List.of("1", "null", "true", "[]", "{}", "\"\"", "\"ab\"", "\"a b\"", "1.5e3");
        return values.get(random.nextInt(values.size()));
    }

    private String replaceAt(String body, String replacement) {
        int at = random.nextInt(body.length());
        return body.substring(0, at) + replacement + body.substring(Math.min(body.length(), at + 1));
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    record Request(String operation, String body) {}
}
