package dev.cairn.api.model;

/**
 * A table's ContinuousBackupsDescription.
 *
 * @param continuousBackupsStatus ENABLED or DISABLED
 * @param pointInTimeRecoveryStatus ENABLED or DISABLED
 */
public record DescribeContinuousBackupsResponse(String continuousBackupsStatus, String pointInTimeRecoveryStatus) {}
