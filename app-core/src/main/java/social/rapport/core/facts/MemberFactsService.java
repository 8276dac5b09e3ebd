package social.rapport.core.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import social.rapport.spi.facts.FactCriteria;
import social.rapport.spi.facts.FactPurpose;
import social.rapport.spi.facts.MemberFacts;
import social.rapport.spi.facts.MemberFactsReader;
import social.rapport.spi.platform.Audience;
import social.rapport.spi.platform.Relationships;

/**
 * The {@link MemberFactsReader} platform service: facts only of members who have the purpose on,
 * only the facts the purpose covers, and of those only what each part's audience lets the party
 * the plugin acts for see.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberFactsService implements MemberFactsReader {

    static final int MAX_BATCH = 1000;

    @Inject
    PurposeCatalog purposes;

    @Inject
    ConsentQueries consents;

    @Inject
    FactQueries facts;

    @Inject
    FactCounts counts;

    @Inject
    Relationships relationships;

    @Override
    public Map<Long, MemberFacts> read(String purposeId, Collection<Long> memberIds, Long onBehalfOf) {
        if (memberIds.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " members per call");
        }
        Optional<FactPurpose> purpose = purposes.enabled(purposeId);
        if (purpose.isEmpty() || memberIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> allowing = consents.allowing(purposeId, purpose.get().kind().onByDefault(), memberIds);
        Map<Long, FactQueries.Stored> stored = facts.load(allowing);
        Set<Long> connections = onBehalfOf == null ? Set.of() : relationships.connectionsOf(onBehalfOf);
        Map<Long, MemberFacts> result = new HashMap<>();
        for (FactQueries.Stored member : stored.values()) {
            Predicate<Audience> visible = visibleTo(member.memberId(), onBehalfOf, connections);
            if (visible != null) {
                result.put(member.memberId(), FactFilter.filter(member, purpose.get().facts(), visible));
            }
        }
        return result;
    }

    /** What {@code onBehalfOf} may see of the member's parts; null when a block hides the member altogether. */
    private Predicate<Audience> visibleTo(long member, Long onBehalfOf, Set<Long> connections) {
        if (onBehalfOf == null) {
            return audience -> audience != Audience.CONNECTIONS;
        }
        if (onBehalfOf == member) {
            return audience -> true;
        }
        if (relationships.blocked(member, onBehalfOf)) {
            return null;
        }
        boolean connected = connections.contains(member);
        return audience -> audience != Audience.CONNECTIONS || connected;
    }

    @Override
    public boolean allowed(long memberId, String purposeId) {
        return purposes.enabled(purposeId)
                .map(p -> consents.allowing(purposeId, p.kind().onByDefault(), List.of(memberId)).contains(memberId))
                .orElse(false);
    }

    @Override
    public long count(String purposeId, FactCriteria criteria) {
        return purposes.enabled(purposeId)
                .map(p -> counts.count(purposeId, p.kind().onByDefault(), p.facts(), criteria))
                .orElse(0L);
    }

    @Override
    public List<Long> membersAllowing(String purposeId, long afterId, int limit) {
        return purposes.enabled(purposeId)
                .map(p -> consents.allowing(purposeId, p.kind().onByDefault(), afterId, Math.max(1, Math.min(limit, MAX_BATCH))))
                .orElse(List.of());
    }
}
