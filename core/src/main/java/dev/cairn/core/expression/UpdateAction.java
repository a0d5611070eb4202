package dev.cairn.core.expression;

/** One resolved action of an update expression; {@code value} is null for REMOVE. */
record UpdateAction(Clause clause, DocumentPath path, Operand value) {

    enum Clause { SET, REMOVE, ADD, DELETE }
}
