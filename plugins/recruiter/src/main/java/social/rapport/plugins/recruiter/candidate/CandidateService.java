package social.rapport.plugins.recruiter.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.plugins.recruiter.organisation.Organisation;
import social.rapport.plugins.recruiter.organisation.OrganisationService;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.platform.Members;
import social.rapport.spi.platform.PlatformClock;
import social.rapport.spi.platform.Relationships;

/** A member's own "open to opportunities", and the candidate search recruiters run over opted-in members only. */
@ApplicationScoped
public class CandidateService {

    public static final int PAGE = 20;

    @Inject
    OpenToRepository openTo;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentViewer viewer;

    @Inject
    Members members;

    @Inject
    Relationships relationships;

    @Inject
    PlatformClock clock;

    public OpenTo mine() {
        long me = viewer.requireMember();
        return openTo.find(me).orElse(OpenTo.closed(me));
    }

    @Transactional
    public void save(OpenTo form) {
        long me = viewer.requireMember();
        OpenTo checked = OpenToRules.check(new OpenTo(me, form.open(), form.roles(), form.titles(), form.locations(), form.remote(), form.skills(),
                form.minPay(), form.currency(), form.currentEmployer(), form.onlyChosen(), form.chosen()));
        openTo.save(checked, clock.clock().instant());
    }

    /** What the member shares with this organisation, when they are open and it may see it. */
    public java.util.Optional<OpenTo> sharedWith(long memberId, Organisation organisation) {
        return openTo.find(memberId).filter(o -> OpenToRules.visibleTo(o, organisation.id(), organisation.name()));
    }

    /**
     * A page of open members the organisation may see, without the caller, members with a block
     * either way, and suspended members. The blocks and the names are asked of the core once for the
     * page ({@link Relationships#blockedAmong}, {@link Members#findAll}), not once per row.
     */
    public List<Candidate> search(CandidateQuery query) {
        Organisation o = organisations.requireRecruiter(query.organisationId());
        long me = viewer.requireMember();
        List<OpenTo> rows = openTo.search(query, OpenToRules.key(o.name()), PAGE);
        List<Long> ids = rows.stream().map(OpenTo::memberId).filter(id -> id != me).toList();
        Set<Long> blocked = relationships.blockedAmong(me, ids);
        Map<Long, MemberRef> named = members.findAll(ids.stream().filter(id -> !blocked.contains(id)).toList());
        List<Candidate> result = new ArrayList<>();
        for (OpenTo t : rows) {
            MemberRef m = named.get(t.memberId());
            if (m == null) {
                continue; // the caller, blocked either way, suspended or gone
            }
            result.add(new Candidate(t.memberId(), m.displayName(), m.profileUrl(), t.roles(), t.titles(), t.skills(), t.locations(),
                    t.remote(), t.minPay(), t.currency()));
        }
        return result;
    }
}
