package dev.cairn.core.tag;

import dev.cairn.api.ApiException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table a tagging request's ResourceArn names. Only table ARNs are taggable: an index or a
 * stream ARN, or anything not shaped {@code arn:<partition>:dynamodb:<region>:<account>:table/<name>},
 * is a ValidationException; a table ARN of another region or account, or of no table, is a
 * ResourceNotFoundException. Wording: dynalite test/tagResource.js and test/listTagsOfResource.js
 * (captured from DynamoDB), including DynamoDB's "ResourcArn" typo; index ARNs: scylladb
 * test/alternator/test_tag.py test_tag_lsi_gsi.
 */
final class ResourceArns {

    private static final Pattern TABLE_ARN =
            Pattern.compile("arn:[a-z-]+:dynamodb:([^:/]+):(\\d{12}):table/([a-zA-Z0-9_.-]{3,255})");

    private final String region;
    private final String account;

    ResourceArns(String region, String account) {
        this.region = region;
        this.account = account;
    }

    /** Checks that a ResourceArn is there at all: DynamoDB's first check. */
    static void requirePresent(String arn) {
        if (arn == null) {
            throw ApiException.validation("Invalid TableArn");
        }
    }

    /** The table name in a well-formed table ARN of this account and region. */
    String tableName(String arn) {
        Matcher matcher = TABLE_ARN.matcher(arn);
        if (!matcher.matches()) {
            throw ApiException.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        if (!matcher.group(1).equals(region) || !matcher.group(2).equals(account)) {
            throw notFound(arn);
        }
        return matcher.group(3);
    }

    static ApiException notFound(String arn) {
        return ApiException.resourceNotFound("Requested resource not found: ResourcArn: " + arn + " not found");
    }
}
