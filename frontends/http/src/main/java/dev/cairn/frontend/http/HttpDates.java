package dev.cairn.frontend.http;

import io.netty.handler.codec.DateFormatter;
import java.util.Date;

/**
 * The Date header's value. It changes once a second, so it is formatted once a second rather than
 * for every answer; a race between two threads at the turn of a second only formats it twice.
 */
final class HttpDates {

    private record Formatted(long second, String text) {}

    private static volatile Formatted latest = new Formatted(-1, "");

    private HttpDates() {}

    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Formatted formatted = latest;
        if (formatted.second() != second) {
            formatted = new Formatted(second, DateFormatter.format(new Date(second * 1000)));
            latest = formatted;
        }
        return formatted.text();
    }
}
