package dev.cairn.frontend.http.json;

import java.util.Base64;

/** DynamoDB's strict base64: padded, canonical, standard alphabet. */
final class Base64Text {
    private Base64Text() {}

    static byte[] decode(String text) {
        if (text.length() % 4 != 0) {
            throw WireReader.mismatch("'" + text + "' can not be converted to a Blob: "
                    + "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/';
            boolean padding = c == '=' && (i + 1 == text.length() || text.charAt(i + 1) == '=');
            if (!alphabet && !padding) {
                throw WireReader.mismatch("'" + text + "' can not be converted to a Blob: Invalid Base64 character: '"
                        + (c == '=' ? '=' : c) + "'");
            }
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw WireReader.mismatch("'" + text + "' can not be converted to a Blob: Invalid Base64 character: '='");
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw WireReader.mismatch("'" + text + "' can not be converted to a Blob: "
                    + "Invalid last non-pad Base64 character dectected");
        }
        return bytes;
    }
}
