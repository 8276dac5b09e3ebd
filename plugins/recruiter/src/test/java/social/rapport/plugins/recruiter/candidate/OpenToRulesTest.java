package social.rapport.plugins.recruiter.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenToRulesTest {

    private static OpenTo open(String employer, boolean onlyChosen, Set<Long> chosen) {
        return new OpenTo(1, true, "Developer", "Backend engineer", "Milano", false, "java", null, null, employer, onlyChosen, chosen);
    }

    @Test
    void theCurrentEmployerNeverSeesIt() {
        assertThat(OpenToRules.visibleTo(open("ACME S.p.A.", false, Set.of()), 7, "Acme SpA")).isFalse();
        assertThat(OpenToRules.visibleTo(open("ACME S.p.A.", true, Set.of(7L)), 7, "acme spa")).isFalse();
        assertThat(OpenToRules.visibleTo(open("ACME S.p.A.", false, Set.of()), 8, "Globex")).isTrue();
    }

    @Test
    void onlyChosenOrganisationsWhenTheMemberRestricts() {
        assertThat(OpenToRules.visibleTo(open("", true, Set.of(8L)), 8, "Globex")).isTrue();
        assertThat(OpenToRules.visibleTo(open("", true, Set.of(8L)), 9, "Initech")).isFalse();
    }

    @Test
    void closedIsSeenByNobody() {
        assertThat(OpenToRules.visibleTo(OpenTo.closed(1), 8, "Globex")).isFalse();
    }
}
