package social.rapport.core.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import social.rapport.core.account.Caller;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.facts.FactPurpose;

/**
 * The member's "How my data is used" page: every purpose of every enabled plugin, whether it is on
 * for them, and turning each on or off. Only the member themself changes their answers.
 */
@ApplicationScoped
@Transactional
public class DataUse {

    @Inject
    Caller caller;

    @Inject
    PurposeCatalog purposes;

    @Inject
    ConsentQueries consents;

    @Inject
    Clock clock;

    /** A purpose and the caller's answer (their recorded one, else the purpose kind's default). */
    public record PurposeState(FactPurpose purpose, boolean on, boolean answered) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PurposeState> mine(Locale locale) {
        Map<String, Boolean> answers = consents.answers(caller.memberId());
        return purposes.enabled(locale).stream()
                .map(p -> new PurposeState(p, answers.getOrDefault(p.id(), p.kind().onByDefault()), answers.containsKey(p.id())))
                .toList();
    }

    /** @throws Refusal on {@code purpose} when no enabled plugin declares it */
    public void set(String purposeId, boolean on) {
        long me = caller.memberId();
        if (purposes.enabled(purposeId).isEmpty()) {
            throw new Refusal("purpose", "datause.purpose.unknown");
        }
        consents.answer(me, purposeId, on, OffsetDateTime.now(clock));
    }
}
