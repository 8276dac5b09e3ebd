package social.rapport.plugins.sponsored.advertiser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;

/** The SQL of {@code sponsored_advertiser}: one row per member who said whom they advertise for. */
@ApplicationScoped
public class AdvertiserRepository {

    @Inject
    Jdbc db;

    public Optional<Advertiser> find(long memberId) {
        return db.one("select " + Advertiser.COLUMNS + " from sponsored_advertiser a where a.member_id = ?", Advertiser::from, memberId);
    }

    public void save(long memberId, String organisation, String payer, Instant now) {
        db.update("insert into sponsored_advertiser (member_id, organisation, payer, updated_at) values (?, ?, ?, ?) "
                + "on conflict (member_id) do update set organisation = excluded.organisation, payer = excluded.payer, "
                + "updated_at = excluded.updated_at", memberId, organisation, payer, now);
    }

    public void delete(long memberId) {
        db.update("delete from sponsored_advertiser where member_id = ?", memberId);
    }
}
