package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class HttpDatesTest {

    @Test
    void theDateIsTodaysInTheHttpFormat() {
        Instant before = Instant.now().minusSeconds(1);
        Instant date = ZonedDateTime.parse(HttpDates.now(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Instant after = Instant.now();
        assertThat(date).isBetween(before, after);
        assertThat(Duration.between(date, after)).isLessThan(Duration.ofMillis(1100));
    }
}
