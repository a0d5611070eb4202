package dev.cairn.core.transaction;

/**
 * The four actions of TransactWriteItems. DynamoDB words a failed ConditionCheck's reason with a
 * full stop and the other actions' without one; the wording is kept per kind.
 */
enum ActionKind {
    CONDITION_CHECK("conditionCheck", "The conditional request failed."),
    PUT("put", "The conditional request failed"),
    DELETE("delete", "The conditional request failed"),
    UPDATE("update", "The conditional request failed");

    private final String member;
    private final String conditionFailedMessage;

    ActionKind(String member, String conditionFailedMessage) {
        this.member = member;
        this.conditionFailedMessage = conditionFailedMessage;
    }

    /** The member name in validation messages: {@code transactItems.1.member.put}. */
    String member() {
        return member;
    }

    String conditionFailedMessage() {
        return conditionFailedMessage;
    }

    boolean writes() {
        return this != CONDITION_CHECK;
    }
}
