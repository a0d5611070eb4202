package dev.cairn.tck.runner.differential;

/** One field on which Cairn's answer is not the reference's: status, __type, message or a body path. */
record Mismatch(String field, String cairn, String reference) {

    static Mismatch of(String field, Object cairn, Object reference) {
        return new Mismatch(field, String.valueOf(cairn), String.valueOf(reference));
    }
}
