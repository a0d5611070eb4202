package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Host header values a server answers, against DNS rebinding. */
class AllowedHostsTest {

    private final AllowedHosts byDefault = AllowedHosts.of(HttpConfig.LOOPBACK, List.of());

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8000", "LocalHost:8000", "localhost.", "localhost.:8000",
        "app.localhost", "a.b.LOCALHOST:1", "127.0.0.1", "127.0.0.1:8000", "127.255.0.9:65535", "[::1]", "[::1]:8000",
        "[0:0:0:0:0:0:0:1]:8000", "[::ffff:127.0.0.1]:8000", "127.0.0.1."})
    void loopbackNamesAndAddressesAreAllowed(String host) {
        assertThat(byDefault.allows(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8000", "localhost.evil.example", "127.0.0.1.evil.example",
        "evillocalhost", "10.0.0.1", "128.0.0.1", "127.0.0.256", "127.0.0", "0127.0.0.1", "127.1",
        "2130706433", "[::2]", "[::1", "[::1]x", "[::1]:", "[::1]:port", "::1", "localhost:", "localhost:80:80",
        "localhost:123456", "[localhost]", "[evil.example]:80", "", ":8000", " localhost"})
    void otherHostsAndMalformedValuesAreRefused(String host) {
        assertThat(byDefault.allows(host)).isFalse();
    }

    @Test
    void theBoundHostIsAllowedWithAnyPort() {
        AllowedHosts hosts = AllowedHosts.of("192.168.1.20", List.of());

        assertThat(hosts.allows("192.168.1.20:8000")).isTrue();
        assertThat(hosts.allows("192.168.1.21:8000")).isFalse();
        assertThat(hosts.allows("localhost:8000")).isTrue();
    }

    @Test
    void aBoundIpv6AddressIsAllowedInAnySpelling() {
        AllowedHosts hosts = AllowedHosts.of("fd00::20", List.of());

        assertThat(hosts.allows("[fd00::20]:8000")).isTrue();
        assertThat(hosts.allows("[FD00:0:0:0:0:0:0:20]")).isTrue();
        assertThat(hosts.allows("[fd00::21]")).isFalse();
    }

    @Test
    void aBoundLinkLocalAddressIsAllowedWithoutItsZone() {
        assertThat(AllowedHosts.of("fe80::1%eth0", List.of()).allows("[fe80::1]:8000")).isTrue();
    }

    @Test
    void aBoundNameIsAllowedWithoutCase() {
        AllowedHosts hosts = AllowedHosts.of("cairn.lan", List.of());

        assertThat(hosts.allows("Cairn.LAN:8000")).isTrue();
        assertThat(hosts.allows("evil.example")).isFalse();
    }

    @Test
    void extraAllowedHostsAreAllowedAsWell() {
        AllowedHosts hosts = AllowedHosts.of(HttpConfig.LOOPBACK, List.of("dynamodb", "cairn.test:9000", "[fd00::1]"));

        assertThat(hosts.allows("dynamodb:8000")).isTrue();
        assertThat(hosts.allows("cairn.test")).isTrue();
        assertThat(hosts.allows("[fd00::1]:8000")).isTrue();
        assertThat(hosts.allows("localhost")).isTrue();
        assertThat(hosts.allows("evil.example")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::"})
    void aServerOnEveryInterfaceAllowsAnyHost(String wildcard) {
        AllowedHosts hosts = AllowedHosts.of(wildcard, List.of());

        assertThat(hosts.allows("dynamodb-local:8000")).isTrue();
        assertThat(hosts.allows("192.168.1.20")).isTrue();
    }

    @Test
    void aServerOnEveryInterfaceWithAllowedHostsAllowsOnlyThemAndLoopback() {
        AllowedHosts hosts = AllowedHosts.of("0.0.0.0", List.of("cairn"));

        assertThat(hosts.allows("cairn:8000")).isTrue();
        assertThat(hosts.allows("127.0.0.1:8000")).isTrue();
        assertThat(hosts.allows("evil.example")).isFalse();
    }

    @Test
    void anAsteriskAllowsAnyHost() {
        assertThat(AllowedHosts.of("127.0.0.1", List.of("*")).allows("evil.example")).isTrue();
    }

    @Test
    void aMalformedAllowedHostIsRefusedAtStartUp() {
        assertThatThrownBy(() -> AllowedHosts.of("127.0.0.1", List.of("cairn:port")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllowedHosts.of("127.0.0.1", List.of("fd00::zz")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
