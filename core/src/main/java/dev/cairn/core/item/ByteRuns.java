package dev.cairn.core.item;

/**
 * contains() and CONTAINS on a binary attribute look for a run of bytes: "If the target attribute
 * of the comparison is of type Binary, then the operator looks for a subsequence of the target that
 * matches the input" (AWS API reference, Condition, CONTAINS).
 */
public final class ByteRuns {

    private ByteRuns() {}

    /** Whether {@code needle} occurs in {@code haystack} as consecutive bytes (the empty run always does). */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
