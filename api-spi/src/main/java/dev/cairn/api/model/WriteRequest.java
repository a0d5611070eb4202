package dev.cairn.api.model;

/** One request of a BatchWriteItem: exactly one of putRequest and deleteRequest is set. */
public record WriteRequest(PutRequest putRequest, DeleteRequest deleteRequest) {}
