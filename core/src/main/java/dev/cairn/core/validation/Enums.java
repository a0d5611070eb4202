package dev.cairn.core.validation;

/** DynamoDB's enum value sets, spelled in the order DynamoDB lists them in validation messages. */
public final class Enums {

    public static final String RETURN_VALUES = "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]";
    public static final String RETURN_CONSUMED_CAPACITY = "[INDEXES, TOTAL, NONE]";
    public static final String RETURN_ITEM_COLLECTION_METRICS = "[SIZE, NONE]";
    public static final String RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = "[ALL_OLD, NONE]";
    public static final String SELECT = "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]";
    public static final String BILLING_MODE = "[PROVISIONED, PAY_PER_REQUEST]";
    public static final String KEY_TYPE = "[HASH, RANGE]";
    public static final String ATTRIBUTE_TYPE = "[B, N, S]";
    public static final String PROJECTION_TYPE = "[ALL, KEYS_ONLY, INCLUDE]";
    public static final String CONDITIONAL_OPERATOR = "[OR, AND]"; // dynalite test/scan.js
    public static final String TABLE_CLASS = "[STANDARD, STANDARD_INFREQUENT_ACCESS]";

    private Enums() {}
}
