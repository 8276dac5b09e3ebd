package social.rapport.plugins.sponsored.advertiser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;

/** The SQL of {@code sponsored_advertiser}. */
@ApplicationScoped
public class AdvertiserRepository {

    @Inject
    Jdbc db;

    public Optional<Advertiser> find(long memberId) {
        return db.one("select " + Advertiser.COLUMNS + " from sponsored_advertiser a where a.member_id = ?", Advertiser::from, memberId);
    }

    public List<Advertiser> pending() {
        return db.list("select " + Advertiser.COLUMNS + " from sponsored_advertiser a where a.status = 'PENDING' order by a.applied_at limit 200",
                Advertiser::from);
    }

    public List<Advertiser> approved() {
        return db.list("select " + Advertiser.COLUMNS + " from sponsored_advertiser a where a.status = 'APPROVED' order by a.organisation limit 500",
                Advertiser::from);
    }

    /** A new application, or a renewed one after a decline or revocation (never over an approved or pending one). */
    public boolean apply(long memberId, String organisation, String payer, Instant now) {
        return db.update("insert into sponsored_advertiser (member_id, organisation, payer, status, applied_at) values (?, ?, ?, 'PENDING', ?) "
                + "on conflict (member_id) do update set organisation = excluded.organisation, payer = excluded.payer, status = 'PENDING', "
                + "reason = null, applied_at = excluded.applied_at, decided_by = null, decided_at = null "
                + "where sponsored_advertiser.status in ('DECLINED', 'REVOKED')", memberId, organisation, payer, now) == 1;
    }

    /** Moves an application from one status to another; false when it was not in {@code from}. */
    public boolean decide(long memberId, AdvertiserStatus from, AdvertiserStatus to, String reason, long adminId, Instant now) {
        return db.update("update sponsored_advertiser set status = ?, reason = ?, decided_by = ?, decided_at = ? where member_id = ? and status = ?",
                to, reason, adminId, now, memberId, from) == 1;
    }
}
