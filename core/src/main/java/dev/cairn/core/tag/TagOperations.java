package dev.cairn.core.tag;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.ListTagsOfResourceRequest;
import dev.cairn.api.model.ListTagsOfResourceResponse;
import dev.cairn.api.model.Tag;
import dev.cairn.api.model.TagResourceRequest;
import dev.cairn.api.model.UntagResourceRequest;
import dev.cairn.core.table.Catalog;
import dev.cairn.core.table.TableMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * TagResource, UntagResource and ListTagsOfResource on tables. A change is validated whole, then
 * written as a compare-and-set of the table's tag row that also requires the table to be unchanged,
 * so concurrent taggers never lose each other's tags and a tag never outlives its table. DynamoDB
 * applies tags asynchronously since August 2024; Cairn's are visible at once, which is within
 * DynamoDB's contract.
 */
public final class TagOperations {

    /** DynamoDB does not page below its 50-tag limit (ack-api-quirks DDB-TABLE-108); neither does Cairn. */
    private static final int PAGE_SIZE = TagRules.MAX_TAGS;

    private final Catalog catalog;
    private final ResourceArns arns;

    public TagOperations(Catalog catalog, String region, String account) {
        this.catalog = catalog;
        this.arns = new ResourceArns(region, account);
    }

    /** CreateTable's tags as the tag row to write with the table, or null for none. */
    public static byte[] tagRowForCreate(List<Tag> tags) {
        return TagCodec.encode(TagRules.forCreateTable(tags));
    }

    public void tagResource(TagResourceRequest request) {
        // Order of checks: dynalite test/tagResource.js "validations".
        ResourceArns.requirePresent(request.resourceArn());
        if (request.tags() == null) {
            throw ApiException.validation("1 validation error detected: Value null at 'tags' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        String tableName = arns.tableName(request.resourceArn());
        if (request.tags().isEmpty()) {
            throw ApiException.validation("Atleast one Tag needs to be provided as Input.");
        }
        TagRules.checkTags(request.tags());
        Map<String, String> added = TagCodec.toMap(request.tags());
        change(tableName, request.resourceArn(), tags -> {
            tags.putAll(added);
            TagRules.checkCount(tags.size());
        });
    }

    public void untagResource(UntagResourceRequest request) {
        ResourceArns.requirePresent(request.resourceArn());
        if (request.tagKeys() == null) {
            throw ApiException.validation("1 validation error detected: Value null at 'tagKeys' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        String tableName = arns.tableName(request.resourceArn());
        if (request.tagKeys().isEmpty()) {
            throw ApiException.validation("Atleast one Tag Key needs to be provided as Input.");
        }
        TagRules.checkCount(request.tagKeys().size());
        request.tagKeys().forEach(TagRules::checkKey);
        change(tableName, request.resourceArn(), tags -> tags.keySet().removeAll(request.tagKeys()));
    }

    /** Applies {@code edit} to the table's tags and writes them if they changed, again if the table or its tags changed meanwhile. */
    private void change(String tableName, String arn, Consumer<Map<String, String>> edit) {
        while (true) {
            TableMetadata table = require(tableName, arn);
            byte[] before = catalog.tags(tableName);
            Map<String, String> tags = TagCodec.decode(before);
            edit.accept(tags);
            byte[] after = TagCodec.encode(tags);
            if (Arrays.equals(before, after) || catalog.replaceTags(table, before, after)) {
                return;
            }
        }
    }

    public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
        ResourceArns.requirePresent(request.resourceArn());
        String tableName = arns.tableName(request.resourceArn());
        require(tableName, request.resourceArn());
        String after = request.nextToken() == null ? null : keyOfToken(request.nextToken());
        List<Tag> page = new ArrayList<>();
        boolean started = after == null;
        String nextToken = null;
        for (Map.Entry<String, String> tag : TagCodec.decode(catalog.tags(tableName)).entrySet()) {
            if (!started) {
                started = tag.getKey().equals(after);
                continue;
            }
            if (page.size() == PAGE_SIZE) {
                nextToken = tokenOf(page.get(page.size() - 1).key());
                break;
            }
            page.add(new Tag(tag.getKey(), tag.getValue()));
        }
        return new ListTagsOfResourceResponse(page, nextToken);
    }

    private TableMetadata require(String tableName, String arn) {
        TableMetadata table = catalog.find(tableName);
        if (table == null) {
            throw ResourceArns.notFound(arn);
        }
        return table;
    }

    /** A NextToken is opaque to clients: the last key of the page before, in URL-safe base64. */
    private static String tokenOf(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String keyOfToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("Invalid NextToken: " + token);
        }
    }
}
