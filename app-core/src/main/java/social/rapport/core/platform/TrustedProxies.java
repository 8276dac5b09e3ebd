package social.rapport.core.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who really sent a request: the peer address, unless that peer is one of the configured trusted
 * proxies, in which case the forwarding headers it added ({@code Forwarded}, else
 * {@code X-Forwarded-For}) are read from the right, skipping further trusted hops. Headers from
 * an untrusted peer are ignored, so a client cannot pick its own address. Pure logic, unit-tested.
 */
public final class TrustedProxies {

    /** The longest textual IP address (IPv6 with an embedded IPv4). */
    public static final int MAX_ADDRESS_LENGTH = 45;

    private static final Pattern IPV4 = Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
    private static final Pattern IPV6_CHARS = Pattern.compile("^[0-9A-Fa-f:.]{2," + MAX_ADDRESS_LENGTH + "}$");

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /**
     * Parses a comma-separated list of CIDR blocks or single addresses ({@code 10.0.0.0/8,
     * 127.0.0.1, ::1/128}); throws {@link IllegalArgumentException} naming a bad entry.
     */
    public static TrustedProxies parse(String list) {
        List<Block> blocks = new ArrayList<>();
        if (list != null) {
            for (String raw : list.split(",")) {
                String entry = raw.strip();
                if (entry.isEmpty()) {
                    continue;
                }
                int slash = entry.indexOf('/');
                String host = slash < 0 ? entry : entry.substring(0, slash);
                byte[] network = literal(host).orElseThrow(
                        () -> new IllegalArgumentException("rapport.http.trusted-proxies: not an IP address: " + entry));
                int prefix;
                try {
                    prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("rapport.http.trusted-proxies: bad prefix length: " + entry);
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("rapport.http.trusted-proxies: bad prefix length: " + entry);
                }
                blocks.add(new Block(network, prefix));
            }
        }
        return new TrustedProxies(blocks);
    }

    public boolean trusts(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && blocks.stream().anyMatch(b -> b.contains(bytes.get()));
    }

    /**
     * The client's address for a request from {@code peer} carrying these headers (either may be
     * null). Always a valid IP literal of at most {@link #MAX_ADDRESS_LENGTH} characters, except
     * when the peer itself is not one (then it is returned as it is, cut to that length).
     */
    public String client(String peer, String forwarded, String xForwardedFor) {
        String address = peer == null ? "" : peer;
        if (!trusts(address)) {
            return cut(address);
        }
        List<String> hops = forwarded != null && !forwarded.isBlank() ? forwardedFor(forwarded) : split(xForwardedFor);
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = normalise(hops.get(i));
            if (literal(hop).isEmpty()) {
                break; // an unreadable hop: keep the last address we could trust to tell us
            }
            address = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return cut(address);
    }

    private static List<String> split(String header) {
        List<String> hops = new ArrayList<>();
        if (header != null) {
            for (String part : header.split(",")) {
                hops.add(part.strip());
            }
        }
        return hops;
    }

    /** The {@code for=} values of an RFC 7239 {@code Forwarded} header, in order. */
    private static List<String> forwardedFor(String header) {
        List<String> hops = new ArrayList<>();
        for (String element : header.split(",")) {
            String found = "";
            for (String pair : element.split(";")) {
                String p = pair.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("for=")) {
                    found = p.substring(4).strip();
                }
            }
            hops.add(found);
        }
        return hops;
    }

    /** Strips quotes, brackets and a port: {@code "[2001:db8::1]:4711"} and {@code 192.0.2.1:80}. */
    private static String normalise(String hop) {
        String h = hop.strip();
        if (h.length() >= 2 && h.startsWith("\"") && h.endsWith("\"")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? "" : h.substring(1, close);
        }
        int colon = h.indexOf(':');
        if (colon > 0 && colon == h.lastIndexOf(':') && h.indexOf('.') > 0) {
            return h.substring(0, colon); // IPv4 with a port
        }
        return h;
    }

    /** The bytes of an IP literal, never a DNS lookup. */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_ADDRESS_LENGTH) {
            return Optional.empty();
        }
        try {
            if (IPV4.matcher(text).matches()) {
                return Optional.of(InetAddress.getByName(text).getAddress());
            }
            if (text.indexOf(':') >= 0 && IPV6_CHARS.matcher(text).matches()) {
                // in brackets an invalid literal fails at once instead of going to DNS
                byte[] bytes = InetAddress.getByName("[" + text + "]").getAddress();
                return Optional.of(bytes);
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String cut(String address) {
        return address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
    }
}
