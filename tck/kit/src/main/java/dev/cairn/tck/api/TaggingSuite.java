package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertError;
import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * TagResource, UntagResource, ListTagsOfResource and CreateTable's Tags, with DynamoDB's limits.
 * Behaviour: scylladb test/alternator/test_tag.py, run against DynamoDB. Wording: DynamoDB's answers
 * with client-side validation off, as published in the "ack-api-quirks" DynamoDB findings
 * DDB-TABLE-107, -108, -110 and -372, and dynalite test/tagResource.js and
 * test/listTagsOfResource.js (captured from DynamoDB). DynamoDB applies tags asynchronously since
 * August 2024, so reads of tags are polled until they show the change.
 */
public abstract class TaggingSuite extends ApiSuite {

    /** DynamoDB Local 3.3.1 serves none of the tagging operations. */
    static final String NO_TAGGING = "DynamoDB Local answers every tagging call with \"Tagging is not currently "
            + "supported in DynamoDB Local.\" and ignores CreateTable's Tags";

    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void tagsGivenToCreateTableAreListed() {
        List<Tag> tags = List.of(tag("str1", "str2"), tag("kkk", "vv"), tag("keykey", "valvalvalval"));
        String table = createTable(tableRequest(uniqueTableName()).tags(tags).build());

        assertThat(awaitTags(arn(table), 3)).containsExactlyInAnyOrderElementsOf(tags);
    }

    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void aTableWithoutTagsListsNone() {
        ListTagsOfResourceResponse response = client.listTagsOfResource(r -> r.resourceArn(arn(hashTable())));

        assertThat(response.tags()).isEmpty();
        assertThat(response.nextToken()).isNull();
    }

    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void tagResourceAddsAndReplacesTagsAndUntagResourceRemovesThemIgnoringUnknownKeys() {
        String arn = arn(hashTable());

        client.tagResource(r -> r.resourceArn(arn).tags(tag("string", "string"), tag("string2", "string4"),
                tag("7", " "), tag(" ", "9")));
        assertThat(awaitTags(arn, 4)).containsExactlyInAnyOrder(tag("string", "string"), tag("string2", "string4"),
                tag("7", " "), tag(" ", "9"));
        client.tagResource(r -> r.resourceArn(arn).tags(tag("string", "different_string_value")));
        awaitTag(arn, tag("string", "different_string_value"));
        client.untagResource(r -> r.resourceArn(arn).tagKeys("string2", "non-nexistent", "zzz2"));

        assertThat(awaitTags(arn, 3)).containsExactlyInAnyOrder(tag("string", "different_string_value"),
                tag("7", " "), tag(" ", "9"));
    }

    /** Lengths count Unicode characters, not bytes; the value may be empty, and letters of any script are allowed. */
    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void keysOf128AndValuesOf256UnicodeCharactersAndEmptyValuesAreAllowed() {
        String arn = arn(hashTable());
        Tag longest = tag("א".repeat(128), "ѮѮ".repeat(128));
        Tag empty = tag("empty", "");
        Tag symbols = tag("a+b-c=d.e_f:g/h@i", "законные буквы");

        client.tagResource(r -> r.resourceArn(arn).tags(longest, empty, symbols));

        assertThat(awaitTags(arn, 3)).containsExactlyInAnyOrder(longest, empty, symbols);
    }

    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void aKeyOf129CharactersIsRejected() {
        String arn = arn(hashTable());
        String key = "x".repeat(129);

        assertValidation("The Tag Key provided is invalid, Key: " + key,
                () -> client.tagResource(r -> r.resourceArn(arn).tags(tag(key, "dog"))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void aValueOf257CharactersIsRejected() {
        String arn = arn(hashTable());
        String value = "x".repeat(257);

        assertValidation("The Tag Value provided is invalid, Value: " + value,
                () -> client.tagResource(r -> r.resourceArn(arn).tags(tag("dog", value))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void anEmptyKeyIsRejected() {
        String arn = arn(hashTable());

        assertValidation("The Tag Key provided is invalid, Key: ",
                () -> client.tagResource(r -> r.resourceArn(arn).tags(tag("", "dog"))));
    }

    /** Only letters, digits, white space and + - = . _ : / @ (ack-api-quirks DDB-TABLE-372). */
    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void charactersOutsideTheAllowedSetAreRejectedInKeysAndValues() {
        String arn = arn(hashTable());

        for (String text : List.of("hi!", "d%g", "\"hello\"", "a,b", "a&b", "🔑")) {
            assertValidation(() -> client.tagResource(r -> r.resourceArn(arn).tags(tag(text, "dog"))));
            assertValidation(() -> client.tagResource(r -> r.resourceArn(arn).tags(tag("dog", text))));
        }
        assertThat(client.listTagsOfResource(r -> r.resourceArn(arn)).tags()).isEmpty();
    }

    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void keysStartingWithAwsAreReservedAndTheWholeRequestIsRefused() {
        String arn = arn(hashTable());

        assertValidation("Tag Key cannot be prefixed with aws:, Key: aws:zzz",
                () -> client.tagResource(r -> r.resourceArn(arn).tags(tag("good", "1"), tag("aws:zzz", "2"))));
        assertThat(client.listTagsOfResource(r -> r.resourceArn(arn)).tags()).isEmpty();
    }

    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void aKeyGivenTwiceInOneRequestIsRejected() {
        String arn = arn(hashTable());

        assertValidation("Duplicate Tag Keys provided as input: Duplicate Tag Key found dup",
                () -> client.tagResource(r -> r.resourceArn(arn).tags(tag("dup", "1"), tag("dup", "2"))));
    }

    /** The limit counts the table's tags after the change: replacing values of existing keys is fine. */
    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void aTableHoldsAtMostFiftyTags() {
        String arn = arn(hashTable());
        client.tagResource(r -> r.resourceArn(arn).tags(numbered(0, 30)));
        awaitTags(arn, 30);
        client.tagResource(r -> r.resourceArn(arn).tags(numbered(20, 50)));
        awaitTags(arn, 50);

        assertValidation("Number of Tags exceed the current limit for the provided ResourceArn",
                () -> client.tagResource(r -> r.resourceArn(arn).tags(tag("50", "50"))));
        client.tagResource(r -> r.resourceArn(arn).tags(tag("0", "replaced")));

        ListTagsOfResourceResponse page = client.listTagsOfResource(r -> r.resourceArn(arn));
        assertThat(page.tags()).hasSize(50).contains(tag("0", "replaced"));
        assertThat(page.nextToken()).isNull();
    }

    /** scylladb test/alternator/test_tag.py test_too_long_tags_from_creation. */
    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void createTableWithMoreThanFiftyTagsCreatesNoTable() {
        String name = uniqueTableName();

        assertValidation("Number of Tags exceed the current limit for the provided ResourceArn",
                () -> client.createTable(tableRequest(name).tags(numbered(0, 100)).build()));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> client.describeTable(r -> r.tableName(name)));
    }

    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void tagResourceAndUntagResourceNeedAtLeastOneTag() {
        String arn = arn(hashTable());

        assertValidation("Atleast one Tag needs to be provided as Input.",
                () -> client.tagResource(r -> r.resourceArn(arn).tags(List.of())));
        assertValidation("Atleast one Tag Key needs to be provided as Input.",
                () -> client.untagResource(r -> r.resourceArn(arn).tagKeys(List.of())));
    }

    /** Index ARNs are not taggable (scylladb test_tag.py test_tag_lsi_gsi); nor is anything not a table ARN. */
    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void aResourceArnThatIsNotATableArnIsRejected() {
        String arn = arn(hashTable());

        for (String wrong : List.of(arn + "/index/gsi", "a:b:c:d:e:f/g", "arn:not/a/good/format")) {
            assertValidation("Invalid TableArn: Invalid ResourceArn provided as input " + wrong,
                    () -> client.listTagsOfResource(r -> r.resourceArn(wrong)));
            assertValidation(() -> client.tagResource(r -> r.resourceArn(wrong).tags(tag("x", "y"))));
        }
    }

    /** A well-formed table ARN naming no table (scylladb test_tag.py test_tag_resource_subtly_incorrect_arn). */
    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void aTableArnOfNoTableIsResourceNotFound() {
        String arn = arn(hashTable()) + "x";

        for (Runnable call : List.<Runnable>of(
                () -> client.tagResource(r -> r.resourceArn(arn).tags(tag("x", "y"))),
                () -> client.untagResource(r -> r.resourceArn(arn).tagKeys("x")),
                () -> client.listTagsOfResource(r -> r.resourceArn(arn)))) {
            assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                    "Requested resource not found: ResourcArn: " + arn + " not found", call::run);
        }
    }

    /** A table created again under the name of a deleted one starts without tags. */
    @Test
    @DynamoDbLocalDiffers(reason = NO_TAGGING)
    void tagsAreDeletedWithTheirTable() {
        String name = uniqueTableName();
        createTable(tableRequest(name).tags(tag("gone", "soon")).build());
        awaitTags(arn(name), 1);
        client.deleteTable(r -> r.tableName(name));
        awaitDeleted(name);

        createTable(tableRequest(name).build());

        assertThat(client.listTagsOfResource(r -> r.resourceArn(arn(name))).tags()).isEmpty();
    }

    private CreateTableRequest.Builder tableRequest(String name) {
        return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH)).attributeDefinitions(attribute("pk", ScalarAttributeType.S));
    }

    private String arn(String table) {
        return client.describeTable(r -> r.tableName(table)).table().tableArn();
    }

    /** The table's tags once there are {@code count} of them (DynamoDB tags asynchronously). */
    private List<Tag> awaitTags(String arn, int count) {
        return poll(arn, tags -> tags.size() == count);
    }

    private void awaitTag(String arn, Tag expected) {
        poll(arn, tags -> tags.contains(expected));
    }

    private List<Tag> poll(String arn, java.util.function.Predicate<List<Tag>> done) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            List<Tag> tags = new ArrayList<>(client.listTagsOfResource(r -> r.resourceArn(arn)).tags());
            if (done.test(tags) || System.nanoTime() > deadline) {
                return tags;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return tags;
            }
        }
    }

    private static List<Tag> numbered(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> tag(Integer.toString(i), Integer.toString(i))).toList();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
