package dev.cairn.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's first session: {@code cairn serve} on RocksDB, driven by the AWS CLI v2 exactly as the
 * README shows. Expected answers are DynamoDB Local 3.3.1's to the same commands.
 */
class AwsCliSessionIT {

    @TempDir
    static Path dataDir;

    @TempDir
    static Path cliHome;

    static CairnProcess server;
    static AwsCli aws;

    @BeforeAll
    static void startServer() throws Exception {
        if (!Files.isExecutable(AwsCli.BINARY)) {
            String why = "AWS CLI v2 is not installed at " + AwsCli.BINARY + " (apt-get install -y awscli)";
            if (System.getenv("CI") != null) {
                throw new AssertionError(why + "; CI must install it: see .ci/run");
            }
            System.err.println("!!! SKIPPING AwsCliSessionIT: " + why);
            Assumptions.abort("SKIPPED LOUDLY: " + why);
        }
        server = CairnProcess.serve("rocksdb", dataDir);
        aws = new AwsCli(server.endpoint(), cliHome);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void awsCliSessionCreatesWritesReadsQueriesUpdatesDeletesAndDropsATable() throws Exception {
        String table = "cli-music";
        String key = "{\"Artist\":{\"S\":\"Acme Band\"},\"SongTitle\":{\"S\":\"Happy Day\"}}";

        JsonNode created = aws.ok("create-table", "--table-name", table,
                "--attribute-definitions", "AttributeName=Artist,AttributeType=S", "AttributeName=SongTitle,AttributeType=S",
                "--key-schema", "AttributeName=Artist,KeyType=HASH", "AttributeName=SongTitle,KeyType=RANGE",
                "--billing-mode", "PAY_PER_REQUEST");
        assertThat(created.at("/TableDescription/TableName").asText()).isEqualTo(table);
        assertThat(created.at("/TableDescription/KeySchema/0/AttributeName").asText()).isEqualTo("Artist");
        assertThat(created.at("/TableDescription/KeySchema/1/KeyType").asText()).isEqualTo("RANGE");
        assertThat(created.at("/TableDescription/BillingModeSummary/BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");

        JsonNode put = aws.ok("put-item", "--table-name", table, "--item",
                "{\"Artist\":{\"S\":\"Acme Band\"},\"SongTitle\":{\"S\":\"Happy Day\"},\"Year\":{\"N\":\"2020\"},\"Plays\":{\"N\":\"1\"}}");
        assertThat(put.isMissingNode()).as("a plain put-item prints nothing").isTrue();
        aws.ok("put-item", "--table-name", table, "--item",
                "{\"Artist\":{\"S\":\"Acme Band\"},\"SongTitle\":{\"S\":\"Sad Night\"},\"Year\":{\"N\":\"2021\"}}");

        JsonNode got = aws.ok("get-item", "--table-name", table, "--key", key);
        assertThat(got.at("/Item/Year/N").asText()).isEqualTo("2020");
        assertThat(got.at("/Item/Plays/N").asText()).isEqualTo("1");
        assertThat(got.at("/Item/SongTitle/S").asText()).isEqualTo("Happy Day");

        JsonNode queried = aws.ok("query", "--table-name", table,
                "--key-condition-expression", "Artist = :a AND begins_with(SongTitle, :p)",
                "--expression-attribute-values", "{\":a\":{\"S\":\"Acme Band\"},\":p\":{\"S\":\"Happy\"}}");
        assertThat(queried.at("/Count").asInt()).isEqualTo(1);
        assertThat(queried.at("/ScannedCount").asInt()).isEqualTo(1);
        assertThat(queried.at("/Items/0/SongTitle/S").asText()).isEqualTo("Happy Day");

        JsonNode updated = aws.ok("update-item", "--table-name", table, "--key", key,
                "--update-expression", "SET Plays = Plays + :one",
                "--expression-attribute-values", "{\":one\":{\"N\":\"1\"}}",
                "--return-values", "UPDATED_NEW");
        assertThat(updated.at("/Attributes").size()).isEqualTo(1);
        assertThat(updated.at("/Attributes/Plays/N").asText()).isEqualTo("2");

        JsonNode deleted = aws.ok("delete-item", "--table-name", table,
                "--key", "{\"Artist\":{\"S\":\"Acme Band\"},\"SongTitle\":{\"S\":\"Sad Night\"}}",
                "--return-values", "ALL_OLD");
        assertThat(deleted.at("/Attributes/Year/N").asText()).isEqualTo("2021");

        JsonNode scanned = aws.ok("scan", "--table-name", table);
        assertThat(scanned.at("/Count").asInt()).isEqualTo(1);
        assertThat(scanned.at("/Items/0/Plays/N").asText()).isEqualTo("2");

        JsonNode described = aws.ok("describe-table", "--table-name", table);
        assertThat(described.at("/Table/TableName").asText()).isEqualTo(table);
        assertThat(described.at("/Table/TableStatus").asText()).isEqualTo("ACTIVE");
        assertThat(described.at("/Table/AttributeDefinitions").size()).isEqualTo(2);

        assertThat(names(aws.ok("list-tables").at("/TableNames"))).containsExactly(table);

        JsonNode dropped = aws.ok("delete-table", "--table-name", table);
        assertThat(dropped.at("/TableDescription/TableName").asText()).isEqualTo(table);

        AwsCli.Result gone = aws.dynamodb("describe-table", "--table-name", table);
        assertThat(gone.exitCode()).isEqualTo(254);
        assertThat(gone.stderr()).contains("(ResourceNotFoundException)", "DescribeTable");
        assertThat(names(aws.ok("list-tables").at("/TableNames"))).isEmpty();
    }
}
