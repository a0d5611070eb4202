package dev.cairn.tck.api;

import org.junit.jupiter.api.Nested;

/**
 * Every API suite in one class: a runner extends this and implements {@link #target()} once, and
 * JUnit runs each suite as a nested class against that target. Runners wanting only some suites
 * extend those suites directly instead.
 */
public abstract class ApiConformanceSuite {

    /** The target every nested suite runs against; called before each test, so it should be cached. */
    protected abstract ApiTarget target();

    @Nested
    class TableLifecycle extends TableLifecycleSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class ItemCrud extends ItemCrudSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class Conditions extends ConditionSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class UpdateExpressions extends UpdateExpressionSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class Queries extends QuerySuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class Scans extends ScanSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class Batches extends BatchSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class LimitsAndErrors extends LimitsAndErrorsSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class LocalSecondaryIndexes extends LocalSecondaryIndexSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class GlobalSecondaryIndexes extends GlobalSecondaryIndexSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class TransactWrites extends TransactWriteSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class TransactGets extends TransactGetSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class MultiAttributeGsi extends MultiAttributeGsiSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class TableDefinitionErrors extends TableDefinitionErrorsSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class ControlPlane extends ControlPlaneSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class Tagging extends TaggingSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class DataIntegrity extends DataIntegritySuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class DynamoDbWording extends DynamoDbWordingSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class LegacyParameterWording extends LegacyParameterWordingSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class DynamoDbSemantics extends DynamoDbSemanticsSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class NamesAndFunctions extends NamesAndFunctionsSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class IndexCapacity extends IndexCapacitySuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class LargeRequest extends LargeRequestSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }

    @Nested
    class EdgeValidation extends EdgeValidationSuite {
        @Override
        protected ApiTarget target() {
            return ApiConformanceSuite.this.target();
        }
    }
}
