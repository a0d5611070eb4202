package dev.cairn.frontend.embedded.junit;

import dev.cairn.api.Engine;
import dev.cairn.frontend.embedded.EmbeddedDynamoDbClient;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A JUnit 5 extension that gives every test a fresh engine behind an {@link EmbeddedDynamoDbClient},
 * closed after the test, so tests never see each other's tables.
 *
 * <pre>{@code
 * @RegisterExtension
 * static CairnExtension cairn = CairnExtension.withEngine(
 *         () -> new CairnEngine(new MemoryStorageProvider().open(new StoreConfig(null, Map.of()))));
 *
 * @Test
 * void putThenGet(DynamoDbClient dynamo) { ... }   // or cairn.client()
 * }</pre>
 *
 * <p>The engine comes from a supplier rather than from a lookup because this module must not
 * depend on core: the test's own classpath already has the engine and backend it wants, and the
 * supplier says which, with no hidden discovery rules.
 *
 * <p>A {@link DynamoDbClient} (or {@link EmbeddedDynamoDbClient}) parameter of a test or
 * {@code @BeforeEach}/{@code @AfterEach} method receives the current test's client; that is safe
 * under parallel execution. {@link #client()} is a convenience for tests that run one at a time.
 */
public final class CairnExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CairnExtension.class);
    private static final String CLIENT = "client";

    private final Supplier<? extends Engine> engines;
    private volatile EmbeddedDynamoDbClient current;

    private CairnExtension(Supplier<? extends Engine> engines) {
        this.engines = Objects.requireNonNull(engines, "engines");
    }

    /**
     * @param engines called once per test for a new, empty engine; the extension closes it after the test
     */
    public static CairnExtension withEngine(Supplier<? extends Engine> engines) {
        return new CairnExtension(engines);
    }

    /** The running test's client; use a {@link DynamoDbClient} parameter instead when tests run in parallel. */
    public DynamoDbClient client() {
        EmbeddedDynamoDbClient client = current;
        if (client == null) {
            throw new IllegalStateException("No test is running: the client exists from beforeEach to afterEach");
        }
        return client;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        EmbeddedDynamoDbClient client = EmbeddedDynamoDbClient.owning(engines.get());
        context.getStore(NAMESPACE).put(CLIENT, client);
        current = client;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        EmbeddedDynamoDbClient client = context.getStore(NAMESPACE).remove(CLIENT, EmbeddedDynamoDbClient.class);
        if (current == client) {
            current = null;
        }
        if (client != null) {
            client.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DynamoDbClient.class || type == EmbeddedDynamoDbClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EmbeddedDynamoDbClient client = context.getStore(NAMESPACE).get(CLIENT, EmbeddedDynamoDbClient.class);
        if (client == null) {
            throw new ParameterResolutionException("A Cairn client exists only for test methods and their "
                    + "@BeforeEach/@AfterEach methods, not for " + parameter.getDeclaringExecutable());
        }
        return client;
    }
}
