package dev.cairn.spi.storage;

/** One stored row: its partition, its clustering key and its value. */
public record Row(byte[] partition, byte[] clustering, byte[] value) {}
