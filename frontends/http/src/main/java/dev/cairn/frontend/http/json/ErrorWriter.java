package dev.cairn.frontend.http.json;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.CancellationReason;

/**
 * Writes DynamoDB's error envelope: {@code __type} (namespace#Name) and the message, plus the
 * item of a ConditionalCheckFailedException and the reasons of a TransactionCanceledException.
 *
 * <p>DynamoDB spells the message key {@code message} for its own and validation errors, but its
 * service framework's type-mismatch errors (SerializationException) use {@code Message}; a null
 * message is left out (DynamoDB answers malformed JSON with the bare {@code __type}).
 */
final class ErrorWriter {

    private ErrorWriter() {}

    static void error(JsonOut out, ApiException error) {
        out.string("__type", error.code().wireType());
        out.string(error.code() == ErrorCode.SERIALIZATION ? "Message" : "message", error.getMessage());
        AttributeValueWriter.item(out, "Item", error.item());
        out.list("CancellationReasons", error.cancellationReasons(),
                (o, reason) -> o.object(reason, ErrorWriter::cancellationReason));
    }

    private static void cancellationReason(JsonOut out, CancellationReason reason) {
        AttributeValueWriter.item(out, "Item", reason.item());
        out.string("Code", reason.code());
        out.string("Message", reason.message());
    }
}
