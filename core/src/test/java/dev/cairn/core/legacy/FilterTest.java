package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.V.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.Condition;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** QueryFilter / ScanFilter as DynamoDB Local 3.3.1 answers them (probed with Scan and Query). */
class FilterTest {

    private static final String INVALID = "One or more parameter values were invalid: ";

    @Test
    void filterConditionsAreAndedUnlessConditionalOperatorIsOr() {
        Map<String, Condition> filter = map("n", cond("GT", n("1")), "s", cond("EQ", s("x")));
        assertThat(LegacyConditions.filter(filter, null).test(item())).isFalse();
        assertThat(LegacyConditions.filter(filter, "OR").test(item())).isTrue();
    }

    @Test
    void emptyOrMissingFilterIsNoFilter() {
        assertThat(LegacyConditions.filter(Map.of(), null)).isNull();
        assertThat(LegacyConditions.filter(null, null)).isNull();
    }

    @Test
    void missingAttributeValueListIsEmpty() {
        assertThat(LegacyConditions.filter(Map.of("n", new Condition("NOT_NULL", null)), null).test(item())).isTrue();
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(map("n", new Condition(null, null)), null, "Comparison type does not exist in DynamoDB"),
                Arguments.of(map("n", new Condition(null, List.of(n("5")))), null, "Comparison type does not exist in DynamoDB"),
                Arguments.of(map("n", new Condition("XX", null)), null, "Comparison type does not exist in DynamoDB"),
                Arguments.of(map("n", cond("XX", n("x"))), null, "Comparison type does not exist in DynamoDB"),
                Arguments.of(map("n", new Condition("EQ", null)), null,
                        INVALID + "Invalid number of argument(s) for the EQ ComparisonOperator"),
                Arguments.of(map("n", cond("EQ", n("x"), n("1"))), null, "The parameter cannot be converted to a numeric value: x"),
                Arguments.of(map("", cond("NULL")), null, "Empty attribute name"),
                Arguments.of(map("n", cond("EQ", n("5"))), "AND",
                        "ConditionalOperator can only be used when Filter or Expected has two or more elements"),
                Arguments.of(map(), "AND", "ConditionalOperator cannot be used without Filter or Expected"),
                Arguments.of(null, "AND", "ConditionalOperator cannot be used without Filter or Expected"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("errors")
    void invalidFilterIsRejectedWithDynamoDbsMessage(Map<String, Condition> filter, String operator, String message) {
        assertThatThrownBy(() -> LegacyConditions.filter(filter, operator)).isInstanceOf(ApiException.class)
                .hasMessage(message);
    }

    @Test
    void queryFilterMayNotNameKeyAttributes() {
        assertThatThrownBy(() -> LegacyQueryFilter.rejectKeyAttributes(Map.of("sk", cond("EQ", n("1"))), "pk", "sk"))
                .hasMessage("QueryFilter can only contain non-primary key attributes: Primary key attribute: sk");
        assertThatThrownBy(() -> LegacyQueryFilter.rejectKeyAttributes(Map.of("pk", cond("EQ", s("a"))), "pk", null))
                .hasMessage("QueryFilter can only contain non-primary key attributes: Primary key attribute: pk");
        LegacyQueryFilter.rejectKeyAttributes(Map.of("n", cond("EQ", n("1"))), "pk", "sk");
        LegacyQueryFilter.rejectKeyAttributes(null, "pk", "sk");
    }
}
