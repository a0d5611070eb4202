package dev.cairn.core.validation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The name pattern and enum checks, which every request runs without a regular expression. */
class ConstraintViolationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Table_1", "a.b-c", "___", "0123456789", "zZ9-._"})
    void namesOfTheAllowedCharactersPass(String name) {
        assertThatCode(() -> new ConstraintViolations().tableName("tableName", name).throwIfAny())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab c", "tab\tle", "t/able", "caf\u00e9", "a+b", "a:b", "[ab]", "a\u0000b", "ab`"})
    void aNameWithAnyOtherCharacterBreaksThePattern(String name) {
        assertThatThrownBy(() -> new ConstraintViolations().tableName("tableName", name).throwIfAny())
                .isInstanceOf(ApiException.class)
                .hasMessage("1 validation error detected: Value '" + name + "' at 'tableName' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INDEXES", "TOTAL", "NONE"})
    void anEntryOfTheEnumPasses(String value) {
        assertThatCode(() -> new ConstraintViolations()
                .oneOf("returnConsumedCapacity", value, Enums.RETURN_CONSUMED_CAPACITY).throwIfAny())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TOT", "TOTALS", "total", "INDEXES, TOTAL", "TOTAL, NONE", ", ", "[INDEXES", "NONE]", "DEXES"})
    void anythingElseIsNotInTheEnum(String value) {
        assertThatThrownBy(() -> new ConstraintViolations()
                .oneOf("returnConsumedCapacity", value, Enums.RETURN_CONSUMED_CAPACITY).throwIfAny())
                .isInstanceOf(ApiException.class)
                .hasMessage("1 validation error detected: Value '" + value + "' at 'returnConsumedCapacity' failed to "
                        + "satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]");
    }

    @org.junit.jupiter.api.Test
    void atMostTenViolationsAreListed() {
        ConstraintViolations violations = new ConstraintViolations();
        for (int i = 0; i < 12; i++) {
            violations.notNull("m" + i, null);
        }
        assertThatThrownBy(violations::throwIfAny).hasMessageStartingWith("10 validation errors detected: Value null at 'm0'")
                .hasMessageEndingWith("Value null at 'm9' failed to satisfy constraint: Member must not be null");
    }
}
