package dev.cairn.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * boto3 (Debian's python3-boto3) reads gzip and deflate answers from Cairn and its x-amz-crc32
 * check passes: Cairn's CRC covers the compressed bytes, which is what botocore checks, as it does
 * against DynamoDB. The script is src/test/python/botocore_compression.py.
 */
class BotocoreCompressionIT {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dataDir;

    @Test
    void botocoreReadsCompressedAnswersAndAcceptsTheirCrc() throws Exception {
        requireBoto3();
        try (InProcessCairn cairn = InProcessCairn.start("memory", dataDir);
                DynamoDbClient java = Sdk.client(cairn.endpoint())) {
            java.createTable(r -> r.tableName("boto-items").billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));

            Process python = new ProcessBuilder(PYTHON, "src/test/python/botocore_compression.py",
                    cairn.endpoint().toString(), "boto-items").redirectErrorStream(true).start();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(python.exitValue()).as(output).isZero();
            assertThat(output.lines()).hasSize(2);
            assertThat(output.lines().toList().get(0)).startsWith("OK gzip ");
            assertThat(output.lines().toList().get(1)).startsWith("OK deflate ");
        }
    }

    /** As AwsCliSessionIT: skipped loudly where boto3 is missing, a failure under CI=true. */
    private static void requireBoto3() throws Exception {
        Process probe = new ProcessBuilder(PYTHON, "-c", "import boto3").redirectErrorStream(true).start();
        if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
            return;
        }
        String why = "boto3 is not importable by " + PYTHON + " (apt-get install -y python3-boto3)";
        if (System.getenv("CI") != null) {
            throw new AssertionError(why + "; CI must install it: see .ci/run");
        }
        System.err.println("!!! SKIPPING BotocoreCompressionIT: " + why);
        Assumptions.abort("SKIPPED LOUDLY: " + why);
    }
}
