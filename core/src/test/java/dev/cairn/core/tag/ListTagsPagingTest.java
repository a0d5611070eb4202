package dev.cairn.core.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.ListTagsOfResourceRequest;
import dev.cairn.api.model.ListTagsOfResourceResponse;
import dev.cairn.api.model.Tag;
import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ListTagsOfResource's NextToken: a table holds at most 50 tags and a page holds 50, so no answer
 * carries one (as DynamoDB's do not, ack-api-quirks DDB-TABLE-108); a token a client sends resumes
 * after the tag it names, in the order tags were added, and one that is not a token is refused.
 */
class ListTagsPagingTest {

    private static final String ARN = "arn:aws:dynamodb:ddblocal:000000000000:table/paged";

    private final CairnEngine engine = new CairnEngine(new MemoryStore(new StoreConfig(null, Map.of())));

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aNextTokenResumesAfterTheTagItNames() {
        List<Tag> tags = List.of(new Tag("c", "1"), new Tag("a", "2"), new Tag("b", "3"));
        engine.createTable(new CreateTableRequest("paged", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), null, null, "PAY_PER_REQUEST", null, null, tags, null, null));

        ListTagsOfResourceResponse all = engine.listTagsOfResource(new ListTagsOfResourceRequest(ARN, null));
        ListTagsOfResourceResponse rest = engine.listTagsOfResource(new ListTagsOfResourceRequest(ARN, token("a")));

        assertThat(all).isEqualTo(new ListTagsOfResourceResponse(tags, null));
        assertThat(rest).isEqualTo(new ListTagsOfResourceResponse(List.of(new Tag("b", "3")), null));
        assertThatThrownBy(() -> engine.listTagsOfResource(new ListTagsOfResourceRequest(ARN, "not a token!")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
    }

    private static String token(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
