package dev.cairn.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names of 1 to 65,535 bytes of UTF-8 (scylladb test_limits.py test_limit_attribute_length_nonkey_*). */
class AttributeNameRuleTest {

    @Test
    void namesAreMeasuredInUtf8Bytes() {
        assertThat(AttributeNameRule.violation("n".repeat(65_535))).isNull();
        assertThat(AttributeNameRule.violation("n".repeat(65_536))).isEqualTo(AttributeNameRule.TOO_LARGE);
        assertThat(AttributeNameRule.violation("é".repeat(32_767) + "n")).isNull();
        assertThat(AttributeNameRule.violation("é".repeat(32_768))).isEqualTo(AttributeNameRule.TOO_LARGE);
        assertThat(AttributeNameRule.violation("€".repeat(21_845))).isNull(); // 3 bytes each: 65,535
        assertThat(AttributeNameRule.violation("€".repeat(21_845) + "n")).isEqualTo(AttributeNameRule.TOO_LARGE);
        assertThat(AttributeNameRule.violation("😀".repeat(16_383) + "nnn")).isNull(); // 4 bytes per pair: 65,535
        assertThat(AttributeNameRule.violation("😀".repeat(16_384))).isEqualTo(AttributeNameRule.TOO_LARGE);
        assertThat(AttributeNameRule.violation("")).isEqualTo("Empty attribute name");
    }

    @Test
    void itemsAndTheirNestedMapsAreHeldToTheRule() {
        assertThatThrownBy(() -> AttributeValues.checkedItem(Map.of("", AttributeValue.n("1"))))
                .isInstanceOf(ApiException.class).hasMessage("Empty attribute name");
        assertThatThrownBy(() -> AttributeValues.checkedItem(Map.of("m",
                new AttributeValue.M(Map.of("n".repeat(65_536), AttributeValue.n("1"))))))
                .isInstanceOf(ApiException.class).hasMessage(AttributeNameRule.TOO_LARGE);
    }
}
