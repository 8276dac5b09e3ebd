package social.rapport.plugins.sponsored.targeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import social.rapport.plugins.sponsored.delivery.MemberChoices;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.platform.Members;

/**
 * Targeting facts from what SPI 1 offers: the member's choice to allow targeting is kept by the
 * plugin ({@code sponsored_member_choice.targeting_on}, off until the member turns it on), and the
 * only fact released is the public headline, matched as the current title. Skills, location,
 * organisations and languages stay empty until the platform offers them.
 */
@ApplicationScoped
public class HeadlineFacts implements TargetingFacts {

    @Inject
    MemberChoices choices;

    @Inject
    Members members;

    @Override
    public Map<Long, MemberFacts> released(Collection<Long> ids) {
        Set<Long> allowed = Set.copyOf(choices.targetingOn());
        return ids.stream().filter(allowed::contains).distinct().map(this::facts)
                .collect(Collectors.toMap(MemberFacts::memberId, Function.identity()));
    }

    @Override
    public boolean allowed(long member) {
        MemberChoices.Choice choice = choices.of(member);
        return choice.targetingOn() && !choice.sponsoredOff();
    }

    @Override
    public Collection<MemberFacts> allReleased() {
        return choices.targetingOn().stream().map(this::facts).toList();
    }

    private MemberFacts facts(long id) {
        String headline = members.find(id).map(MemberRef::headline).orElse(null);
        return new MemberFacts(id, List.of(), null, headline, List.of(), List.of());
    }
}
