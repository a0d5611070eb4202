package dev.cairn.core.codec;

/**
 * The one-byte type tags of {@link ItemCodec}. Stored items outlive code versions, so tags are
 * append-only: a new type gets the next unused value, and a retired value is never reused.
 */
final class ItemTags {

    /** Format version, the first byte of every encoded item. */
    static final int VERSION_1 = 0x01;

    /** S: varint UTF-8 length, UTF-8 bytes. */
    static final int S = 0x01;
    /** N: the {@link NumberCodec} encoding of the canonical number (read only; written as {@link #N_TEXT}). */
    static final int N = 0x02;
    /** B: varint length, bytes. */
    static final int B = 0x03;
    /** BOOL true; no payload. */
    static final int BOOL_TRUE = 0x04;
    /** BOOL false; no payload. */
    static final int BOOL_FALSE = 0x05;
    /** NULL (always true); no payload. */
    static final int NULL = 0x06;
    /** M: varint entry count, then per entry the name (varint length, UTF-8) and a tagged value. */
    static final int M = 0x07;
    /** L: varint element count, then the tagged elements. */
    static final int L = 0x08;
    /** SS: varint element count, then per element varint UTF-8 length and bytes; order kept. */
    static final int SS = 0x09;
    /** NS: varint element count, then the {@link NumberCodec} encodings; order kept (read only; written as {@link #NS_TEXT}). */
    static final int NS = 0x0A;
    /** BS: varint element count, then per element varint length and bytes; order kept. */
    static final int BS = 0x0B;
    /**
     * N as its canonical text (varint length, ASCII). Item values need no numeric order, and text
     * decodes with a plain copy where the ordered form costs a BigDecimal per number.
     */
    static final int N_TEXT = 0x0C;
    /** NS: varint element count, then per element its canonical text as in {@link #N_TEXT}; order kept. */
    static final int NS_TEXT = 0x0D;

    private ItemTags() {}
}
