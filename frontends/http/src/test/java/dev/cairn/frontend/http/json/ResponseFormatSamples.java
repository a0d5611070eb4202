package dev.cairn.frontend.http.json;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.TableDescription;
import java.util.Map;

/** The sample item and table of the codec tests, shared with the SDK tests of the server package. */
public final class ResponseFormatSamples {

    private ResponseFormatSamples() {}

    public static Map<String, AttributeValue> everyType() {
        return AttributeValueCodecTest.everyType();
    }

    public static TableDescription table() {
        return ResponseFormatTest.table();
    }
}
