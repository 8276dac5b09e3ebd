package social.rapport.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void needsAtLeastTwelveCharacters() {
        assertThat(PasswordPolicy.problem("eleven char")).contains("account.password.tooShort");
        assertThat(PasswordPolicy.problem("twelve chars")).isEmpty();
    }

    @Test
    void countsCharactersNotBytesOrUtf16Units() {
        // 12 emoji are 24 UTF-16 units; 11 emoji must still be too short
        assertThat(PasswordPolicy.problem("\uD83D\uDE00".repeat(11))).contains("account.password.tooShort");
        assertThat(PasswordPolicy.problem("\uD83D\uDE00".repeat(12))).isEmpty();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(PasswordPolicy.problem("Password1234")).contains("account.password.common");
        assertThat(PasswordPolicy.problem("QWERTYUIOP123")).contains("account.password.common");
        assertThat(PasswordPolicy.problem("correct horse battery staple")).isEmpty();
    }

    @Test
    void refusesMissingAndOverLongPasswords() {
        assertThat(PasswordPolicy.problem(null)).contains("account.password.required");
        assertThat(PasswordPolicy.problem("")).contains("account.password.required");
        assertThat(PasswordPolicy.problem("p".repeat(128))).isEmpty();
        assertThat(PasswordPolicy.problem("p".repeat(129))).contains("account.password.tooLong");
    }
}
