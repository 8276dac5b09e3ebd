package social.rapport.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 127.0.0.1, ::1/128");

    @Test
    void headersFromAnUntrustedPeerAreIgnored() {
        assertThat(PROXIES.client("203.0.113.7", null, "198.51.100.1")).isEqualTo("203.0.113.7");
        assertThat(TrustedProxies.NONE.client("127.0.0.1", "for=198.51.100.1", "198.51.100.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void aTrustedProxyNamesTheClientAndSpoofedHopsOnTheLeftDoNotCount() {
        assertThat(PROXIES.client("127.0.0.1", null, "198.51.100.1")).isEqualTo("198.51.100.1");
        // the client wrote "1.2.3.4" itself; the proxy appended the real address on the right
        assertThat(PROXIES.client("127.0.0.1", null, "1.2.3.4, 198.51.100.1")).isEqualTo("198.51.100.1");
        // two trusted proxies in a row
        assertThat(PROXIES.client("10.1.1.1", null, "198.51.100.1, 10.2.2.2")).isEqualTo("198.51.100.1");
    }

    @Test
    void forwardedIsPreferredAndItsPortsQuotesAndBracketsAreRead() {
        assertThat(PROXIES.client("127.0.0.1", "for=192.0.2.60;proto=http, for=\"[2001:db8::17]:4711\"", "198.51.100.1"))
                .isEqualTo("2001:db8::17");
        assertThat(PROXIES.client("::1", "for=\"192.0.2.60:8080\"", null)).isEqualTo("192.0.2.60");
    }

    @Test
    void garbageInAHeaderFallsBackToTheLastTrustedHop() {
        assertThat(PROXIES.client("127.0.0.1", null, "x".repeat(300))).isEqualTo("127.0.0.1");
        assertThat(PROXIES.client("127.0.0.1", null, "example.org")).isEqualTo("127.0.0.1");
        assertThat(PROXIES.client("127.0.0.1", "for=unknown", null)).isEqualTo("127.0.0.1");
        assertThat(PROXIES.client("127.0.0.1", null, "")).isEqualTo("127.0.0.1");
    }

    @Test
    void blocksMatchByPrefix() {
        TrustedProxies p = TrustedProxies.parse("192.168.4.0/22,2001:db8::/32");
        assertThat(p.trusts("192.168.7.255")).isTrue();
        assertThat(p.trusts("192.168.8.0")).isFalse();
        assertThat(p.trusts("2001:db8:ffff::1")).isTrue();
        assertThat(p.trusts("2001:db9::1")).isFalse();
        assertThat(p.trusts("not an address")).isFalse();
    }

    @Test
    void aBadListIsRefusedWithTheEntryNamed() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.org")).hasMessageContaining("proxy.example.org");
    }
}
