package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.V.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AttributesToGet and its Select rule, as DynamoDB Local 3.3.1 answers GetItem, Query, Scan and BatchGetItem. */
class ProjectionTest {

    @Test
    void attributesToGetKeepsOnlyThoseAttributesThatExist() {
        assertThat(LegacyProjection.of(List.of("n", "s", "zz")).apply(item()))
                .containsOnlyKeys("n", "s").containsEntry("n", n("5"));
    }

    @Test
    void namesAreLiteralNotDocumentPaths() {
        assertThat(LegacyProjection.of(List.of("l[0]", "a.b")).apply(item())).isEmpty();
        assertThat(LegacyProjection.ofBatch(List.of("a.b")).apply(java.util.Map.of("a.b", n("1"))))
                .containsEntry("a.b", n("1"));
    }

    @Test
    void emptyOrMissingListProjectsTheWholeItem() {
        assertThat(LegacyProjection.of(List.of())).isNull();
        assertThat(LegacyProjection.of(null)).isNull();
        assertThat(LegacyProjection.ofBatch(List.of())).isNull();
    }

    @Test
    void repeatedNameIsRejectedInGetQueryAndScan() {
        assertThatThrownBy(() -> LegacyProjection.of(List.of("n", "s", "n"))).isInstanceOf(ApiException.class)
                .hasMessage("Cannot have two attributes with the same name");
    }

    @Test
    void repeatedNameIsRejectedInBatchGetItemWithItsOwnWording() {
        assertThatThrownBy(() -> LegacyProjection.ofBatch(List.of("n", "n")))
                .hasMessage("One or more parameter values were invalid: Duplicate value in attribute name: n");
    }

    @Test
    void emptyNameIsRejectedInListOrder() {
        assertThatThrownBy(() -> LegacyProjection.of(List.of("", "n", "n"))).hasMessage("Empty attribute name");
        assertThatThrownBy(() -> LegacyProjection.of(List.of("n", "n", ""))).hasMessage(
                "Cannot have two attributes with the same name");
        assertThatThrownBy(() -> LegacyProjection.ofBatch(List.of("n", ""))).hasMessage("Empty attribute name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ALL_ATTRIBUTES, Cannot specify the AttributesToGet when choosing to get ALL_ATTRIBUTES",
        "ALL_PROJECTED_ATTRIBUTES, Cannot specify the AttributesToGet when choosing to get ALL_PROJECTED_ATTRIBUTES",
        "COUNT, Cannot specify the AttributesToGet when choosing to get only the Count"})
    void attributesToGetNeedsSelectSpecificAttributes(String select, String message) {
        assertThatThrownBy(() -> LegacySelect.check(select, List.of("n"))).hasMessage(message);
    }

    @Test
    void selectAllowsAttributesToGetWhenSpecificOrAbsentOrEmpty() {
        assertThatCode(() -> {
            LegacySelect.check("SPECIFIC_ATTRIBUTES", List.of("n"));
            LegacySelect.check(null, List.of("n"));
            LegacySelect.check("COUNT", List.of());
            LegacySelect.check("COUNT", null);
        }).doesNotThrowAnyException();
    }
}
