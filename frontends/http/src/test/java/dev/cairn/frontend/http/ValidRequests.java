package dev.cairn.frontend.http;

import java.util.List;

/**
 * One valid request of every data-plane operation, in the current and the legacy parameters, for
 * {@link RequestMutator} to start from. Writes go to keys other than {@link RequestMutator#PROTECTED};
 * only reads name it.
 */
final class ValidRequests {

    static final String TABLE = "mutated_table";

    record Template(String operation, Object body) {}

    private static final String T = "\"TableName\":\"" + TABLE + "\"";

    static final List<Template> ALL = List.of(
            t("PutItem", "{" + T + ",\"Item\":{\"pk\":{\"S\":\"w1\"},\"s\":{\"S\":\"v\"},\"n\":{\"N\":\"1.5\"},"
                    + "\"b\":{\"B\":\"AAEC\"},\"m\":{\"M\":{\"x\":{\"L\":[{\"BOOL\":true},{\"NULL\":true}]}}},"
                    + "\"ss\":{\"SS\":[\"a\",\"b\"]},\"ns\":{\"NS\":[\"1\",\"2\"]},\"bs\":{\"BS\":[\"AA==\"]}},"
                    + "\"ConditionExpression\":\"attribute_not_exists(#p) OR #s = :v\",\"ExpressionAttributeNames\":"
                    + "{\"#p\":\"pk\",\"#s\":\"s\"},\"ExpressionAttributeValues\":{\":v\":{\"S\":\"v\"}},"
                    + "\"ReturnValues\":\"ALL_OLD\",\"ReturnConsumedCapacity\":\"TOTAL\"}"),
            t("PutItem", "{" + T + ",\"Item\":{\"pk\":{\"S\":\"w2\"},\"a\":{\"N\":\"1\"}},\"Expected\":{\"a\":"
                    + "{\"ComparisonOperator\":\"NULL\"},\"pk\":{\"Exists\":false}},\"ConditionalOperator\":\"AND\"}"),
            t("GetItem", "{" + T + ",\"Key\":{\"pk\":{\"S\":\"known\"}},\"ProjectionExpression\":\"#s, m.x[0], ns\","
                    + "\"ExpressionAttributeNames\":{\"#s\":\"s\"},\"ConsistentRead\":true}"),
            t("GetItem", "{" + T + ",\"Key\":{\"pk\":{\"S\":\"known\"}},\"AttributesToGet\":[\"s\",\"n\"]}"),
            t("UpdateItem", "{" + T + ",\"Key\":{\"pk\":{\"S\":\"w3\"}},\"UpdateExpression\":\"SET #a = if_not_exists(#a, :z) + :one, "
                    + "l = list_append(if_not_exists(l, :empty), :l) REMOVE gone ADD ss :ss DELETE ns :ns\","
                    + "\"ConditionExpression\":\"attribute_not_exists(locked)\",\"ExpressionAttributeNames\":{\"#a\":\"a\"},"
                    + "\"ExpressionAttributeValues\":{\":z\":{\"N\":\"0\"},\":one\":{\"N\":\"1\"},\":empty\":{\"L\":[]},"
                    + "\":l\":{\"L\":[{\"S\":\"e\"}]},\":ss\":{\"SS\":[\"q\"]},\":ns\":{\"NS\":[\"7\"]}},\"ReturnValues\":\"UPDATED_NEW\"}"),
            t("UpdateItem", "{" + T + ",\"Key\":{\"pk\":{\"S\":\"w4\"}},\"AttributeUpdates\":{\"a\":{\"Value\":{\"N\":\"2\"},"
                    + "\"Action\":\"ADD\"},\"s\":{\"Value\":{\"S\":\"t\"},\"Action\":\"PUT\"},\"gone\":{\"Action\":\"DELETE\"}},"
                    + "\"Expected\":{\"s\":{\"Value\":{\"S\":\"t\"},\"Exists\":true}},\"ReturnValues\":\"ALL_NEW\"}"),
            t("DeleteItem", "{" + T + ",\"Key\":{\"pk\":{\"S\":\"w5\"}},\"ConditionExpression\":\"size(s) < :n\","
                    + "\"ExpressionAttributeValues\":{\":n\":{\"N\":\"10\"}},\"ReturnValues\":\"ALL_OLD\"}"),
            t("DeleteItem", "{" + T + ",\"Key\":{\"pk\":{\"S\":\"w6\"}},\"Expected\":{\"n\":{\"ComparisonOperator\":\"BETWEEN\","
                    + "\"AttributeValueList\":[{\"N\":\"1\"},{\"N\":\"9\"}]}}}"),
            t("Query", "{" + T + ",\"KeyConditionExpression\":\"pk = :k\",\"FilterExpression\":\"contains(ss, :a)\","
                    + "\"ExpressionAttributeValues\":{\":k\":{\"S\":\"known\"},\":a\":{\"S\":\"a\"}},\"Limit\":5,"
                    + "\"ScanIndexForward\":false,\"Select\":\"ALL_ATTRIBUTES\",\"ExclusiveStartKey\":{\"pk\":{\"S\":\"known\"}}}"),
            t("Query", "{" + T + ",\"KeyConditions\":{\"pk\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"S\":\"known\"}]}},"
                    + "\"QueryFilter\":{\"n\":{\"ComparisonOperator\":\"GT\",\"AttributeValueList\":[{\"N\":\"0\"}]}},"
                    + "\"AttributesToGet\":[\"pk\",\"n\"]}"),
            t("Scan", "{" + T + ",\"FilterExpression\":\"attribute_type(#s, :t)\",\"ExpressionAttributeNames\":{\"#s\":\"s\"},"
                    + "\"ExpressionAttributeValues\":{\":t\":{\"S\":\"S\"}},\"Segment\":0,\"TotalSegments\":2,\"Limit\":10}"),
            t("Scan", "{" + T + ",\"ScanFilter\":{\"s\":{\"ComparisonOperator\":\"BEGINS_WITH\",\"AttributeValueList\":[{\"S\":\"v\"}]}},"
                    + "\"ConditionalOperator\":\"OR\",\"Select\":\"COUNT\"}"),
            t("BatchGetItem", "{\"RequestItems\":{\"" + TABLE + "\":{\"Keys\":[{\"pk\":{\"S\":\"known\"}},{\"pk\":{\"S\":\"w1\"}}],"
                    + "\"ProjectionExpression\":\"pk, #s\",\"ExpressionAttributeNames\":{\"#s\":\"s\"},\"ConsistentRead\":true}},"
                    + "\"ReturnConsumedCapacity\":\"INDEXES\"}"),
            t("BatchWriteItem", "{\"RequestItems\":{\"" + TABLE + "\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"w7\"},"
                    + "\"l\":{\"L\":[{\"N\":\"1\"}]}}}},{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"w8\"}}}}]},"
                    + "\"ReturnItemCollectionMetrics\":\"SIZE\"}"),
            t("TransactWriteItems", "{\"TransactItems\":[{\"Put\":{" + T + ",\"Item\":{\"pk\":{\"S\":\"w9\"}}}},"
                    + "{\"Update\":{" + T + ",\"Key\":{\"pk\":{\"S\":\"w10\"}},\"UpdateExpression\":\"SET a = :v\","
                    + "\"ExpressionAttributeValues\":{\":v\":{\"M\":{\"k\":{\"S\":\"v\"}}}}}},"
                    + "{\"Delete\":{" + T + ",\"Key\":{\"pk\":{\"S\":\"w11\"}}}},"
                    + "{\"ConditionCheck\":{" + T + ",\"Key\":{\"pk\":{\"S\":\"known\"}},\"ConditionExpression\":\"attribute_exists(pk)\"}}],"
                    + "\"ClientRequestToken\":\"token-1\"}"),
            t("TransactGetItems", "{\"TransactItems\":[{\"Get\":{" + T + ",\"Key\":{\"pk\":{\"S\":\"known\"}},"
                    + "\"ProjectionExpression\":\"s\"}}]}"),
            t("DescribeTable", "{" + T + "}"),
            t("ListTables", "{\"Limit\":10,\"ExclusiveStartTableName\":\"aaa\"}"));

    private ValidRequests() {}

    private static Template t(String operation, String json) {
        return new Template(operation, JsonTree.parse(json));
    }
}
