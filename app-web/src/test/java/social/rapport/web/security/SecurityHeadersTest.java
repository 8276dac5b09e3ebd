package social.rapport.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void strictTransportSecurityOnlyBehindHttps() {
        assertThat(SecurityHeaders.headers(false)).doesNotContainKey("Strict-Transport-Security");
        assertThat(SecurityHeaders.headers(true)).containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void thePolicyForbidsPluginsFramingForeignBasesAndForeignFormTargets() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("unsafe-eval", "*");
    }
}
