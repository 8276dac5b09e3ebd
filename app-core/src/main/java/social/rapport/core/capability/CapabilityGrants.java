package social.rapport.core.capability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import social.rapport.core.account.AccountService;
import social.rapport.core.account.Caller;
import social.rapport.core.account.Member;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.platform.Members;

/** Admins grant and revoke plugin capabilities per member; every change is audited with a reason. */
@ApplicationScoped
@Transactional
public class CapabilityGrants {

    static final int MAX_REASON = 500;

    @Inject
    Caller caller;

    @Inject
    CapabilityCatalog catalog;

    @Inject
    CapabilityQueries queries;

    @Inject
    AccountService accounts;

    @Inject
    Members members;

    @Inject
    Clock clock;

    /**
     * @throws Refusal on {@code capability} (not declared by an enabled plugin), {@code member}
     *                 (unknown or suspended) or {@code reason} (empty or over 500 characters)
     */
    public void grant(long memberId, String capability, String reason) {
        long admin = caller.requireAdmin().getId();
        String why = checked(capability, reason);
        Member member = accounts.find(memberId).filter(m -> !m.isSuspended())
                .orElseThrow(() -> new Refusal("member", "capability.member.unknown"));
        queries.grant(member.getId(), capability, admin, why, OffsetDateTime.now(clock));
    }

    /** Grants to the member with this handle; @throws Refusal as {@link #grant(long, String, String)} */
    public void grant(String handle, String capability, String reason) {
        MemberRef member = members.byHandle(handle == null ? "" : handle.strip().replaceFirst("^@", ""))
                .orElseThrow(() -> new Refusal("member", "capability.member.unknown"));
        grant(member.id(), capability, reason);
    }

    /** @throws Refusal as {@link #grant}, and on {@code member} when they do not hold it */
    public void revoke(long memberId, String capability, String reason) {
        long admin = caller.requireAdmin().getId();
        String why = checked(capability, reason);
        if (!queries.revoke(memberId, capability, admin, why, OffsetDateTime.now(clock))) {
            throw new Refusal("member", "capability.member.notHolder");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CapabilityHolder> holders(String capability) {
        caller.requireAdmin();
        return queries.holders(capability);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CapabilityChange> history(int limit) {
        caller.requireAdmin();
        return queries.history(limit);
    }

    private String checked(String capability, String reason) {
        if (capability == null || catalog.enabled(capability, Locale.ENGLISH).isEmpty()) {
            throw new Refusal("capability", "capability.unknown");
        }
        return reason(reason);
    }

    static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refusal("reason", "capability.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw new Refusal("reason", "capability.reason.tooLong");
        }
        return why;
    }
}
