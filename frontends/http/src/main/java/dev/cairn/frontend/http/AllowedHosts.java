package dev.cairn.frontend.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which {@code Host} header values the server answers, against DNS rebinding: a web page on
 * {@code evil.example} whose name is re-pointed at 127.0.0.1 can make the browser send requests to
 * a local Cairn, but the browser still names {@code evil.example} in the Host header, so refusing
 * hosts the server does not go by stops the page from reading or writing tables.
 *
 * <p>Always allowed: {@code localhost} and any name under {@code .localhost} (RFC 6761: they only
 * ever mean this machine, and browsers resolve them so), the IPv4 loopback block 127.0.0.0/8 and
 * [::1], with or without a port. Also allowed: the bound host, and the names given as extra
 * allowed hosts. A server bound to every interface ({@code 0.0.0.0} or {@code ::}) is reached by
 * whatever name its network gives it (a container's service name, a LAN address), so it allows any
 * host unless extra allowed hosts are listed; {@code *} among them allows any host too. The port is
 * not checked: a rebinding page cannot change the name. Names are compared without case and
 * without a trailing dot; nothing here resolves a name.
 *
 * <p>DynamoDB itself ignores the Host header; DynamoDB Local accepts any. The refusal is Cairn's
 * own (docs/compatibility.md).
 */
final class AllowedHosts {

    private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0");

    private final boolean any;
    /** Allowed names beyond the loopback ones: lower case, no port, IPv6 literals in Java's canonical form. */
    private final Set<String> names;

    private AllowedHosts(boolean any, Set<String> names) {
        this.any = any;
        this.names = names;
    }

    /** The hosts a server bound to {@code bindHost} answers, with {@code extra} allowed hosts. */
    static AllowedHosts of(String bindHost, List<String> extra) {
        boolean wildcard = WILDCARDS.contains(bindHost);
        boolean any = wildcard && extra.isEmpty() || extra.contains("*");
        Set<String> names = new HashSet<>();
        if (!wildcard) {
            addName(names, bindHost);
        }
        for (String host : extra) {
            if (!host.equals("*")) {
                addName(names, host);
            }
        }
        return new AllowedHosts(any, Set.copyOf(names));
    }

    private static void addName(Set<String> names, String host) {
        boolean bareIpv6 = host.indexOf(':') != host.lastIndexOf(':') && !host.startsWith("["); // it has no port
        String name = bareIpv6 ? host.replaceFirst("%.*$", "") : nameOf(host); // a zone (fe80::1%eth0) is not in Host
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("not a host name or address: '" + host + "'");
        }
        names.add(canonical(name));
    }

    /** Whether a request with this Host header value (not null) is answered. */
    boolean allows(String hostHeader) {
        if (any) {
            return true;
        }
        String name = nameOf(hostHeader);
        if (name == null || name.isEmpty()) {
            return false;
        }
        if (isLoopbackName(name)) {
            return true;
        }
        return !names.isEmpty() && names.contains(canonical(name));
    }

    /**
     * The host of a Host header value, without its port and trailing dot; an IPv6 literal without
     * its brackets. Null when the value is malformed: an unbracketed IPv6 address, a port that is
     * not a number, text after the brackets.
     */
    private static String nameOf(String value) {
        String name;
        int portAt;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return null;
            }
            name = value.substring(1, close);
            portAt = close + 1;
            if (!isIpv6Literal(name)) {
                return null;
            }
        } else {
            int colon = value.indexOf(':');
            if (colon >= 0 && value.indexOf(':', colon + 1) >= 0) {
                return null;
            }
            portAt = colon < 0 ? value.length() : colon;
            name = value.substring(0, portAt);
        }
        if (portAt < value.length() && !isPort(value, portAt)) {
            return null;
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** ":" and 1 to 5 digits from {@code at} to the end. */
    private static boolean isPort(String value, int at) {
        int digits = value.length() - at - 1;
        if (value.charAt(at) != ':' || digits < 1 || digits > 5) {
            return false;
        }
        for (int i = at + 1; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLoopbackName(String name) {
        if (name.equalsIgnoreCase("localhost") || endsWithIgnoreCase(name, ".localhost")) {
            return true;
        }
        if (name.indexOf(':') >= 0) {
            return ipv6(name).isLoopbackAddress();
        }
        return ipv4FirstOctet(name) == 127;
    }

    private static boolean endsWithIgnoreCase(String name, String suffix) {
        return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /** The first octet of a dotted-quad IPv4 address, or -1 when the name is not one. */
    private static int ipv4FirstOctet(String name) {
        int first = -1;
        int octets = 0;
        int i = 0;
        while (i < name.length()) {
            int start = i;
            int value = 0;
            while (i < name.length() && name.charAt(i) >= '0' && name.charAt(i) <= '9' && i - start < 3) {
                value = value * 10 + name.charAt(i) - '0';
                i++;
            }
            if (i == start || value > 255 || ++octets > 4) {
                return -1;
            }
            if (first < 0) {
                first = value;
            }
            if (i < name.length()) {
                if (name.charAt(i) != '.' || i == name.length() - 1) {
                    return -1;
                }
                i++;
            }
        }
        return octets == 4 ? first : -1;
    }

    /** Hex digits, colons and dots only (an IPv4 tail), so parsing it can never become a name lookup. */
    private static boolean isIpv6Literal(String name) {
        if (name.indexOf(':') < 0) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                return false;
            }
        }
        try {
            InetAddress.getByName("[" + name + "]");
            return true;
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    private static InetAddress ipv6(String literal) {
        try {
            return InetAddress.getByName("[" + literal + "]"); // checked by isIpv6Literal: a literal, no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static String canonical(String name) {
        if (name.indexOf(':') >= 0) {
            if (!isIpv6Literal(name)) {
                throw new IllegalArgumentException("not an IPv6 address: " + name);
            }
            return ipv6(name).getHostAddress();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
