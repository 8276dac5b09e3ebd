package social.rapport.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void normalisesCaseAndSurroundingSpace() {
        assertThat(EmailAddress.normalise("  Ana.Rossi@Example.ORG ")).isEqualTo("ana.rossi@example.org");
        assertThat(EmailAddress.normalise(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.org", "ana.rossi+work@mail.example.co.uk", "x@a-b.io"})
    void acceptsOrdinaryAddresses(String email) {
        assertThat(EmailAddress.problem(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana@", "@example.org", "ana@example", "ana @example.org", "ana@exa mple.org",
            "<script>@example.org", "ana@-example.org", "a@b@example.org"})
    void refusesMalformedAddresses(String email) {
        assertThat(EmailAddress.problem(email)).contains("account.email.malformed");
    }

    @Test
    void refusesMissingAndOverLongAddresses() {
        assertThat(EmailAddress.problem("   ")).contains("account.email.required");
        assertThat(EmailAddress.problem("a".repeat(250) + "@example.org")).contains("account.email.tooLong");
    }
}
