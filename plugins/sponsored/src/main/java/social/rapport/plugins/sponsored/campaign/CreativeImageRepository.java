package social.rapport.plugins.sponsored.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;

/** The SQL of {@code sponsored_image}: the creative's image, one JPEG per campaign, and the campaign's {@code has_image} flag. */
@ApplicationScoped
public class CreativeImageRepository {

    @Inject
    Jdbc db;

    /** Stores the image of a campaign still editable; a rejected campaign becomes a draft again, like any edit. */
    public boolean store(long campaignId, int width, byte[] jpeg) {
        if (db.update("update sponsored_campaign set has_image = true, status = 'DRAFT', reject_reason = null "
                + "where id = ? and status in ('DRAFT', 'REJECTED')", campaignId) != 1) {
            return false;
        }
        db.update("delete from sponsored_image where campaign_id = ?", campaignId);
        db.update("insert into sponsored_image (campaign_id, width, jpeg) values (?, ?, ?)", campaignId, width, jpeg);
        return true;
    }

    public boolean remove(long campaignId) {
        if (db.update("update sponsored_campaign set has_image = false, status = 'DRAFT', reject_reason = null "
                + "where id = ? and status in ('DRAFT', 'REJECTED')", campaignId) != 1) {
            return false;
        }
        db.update("delete from sponsored_image where campaign_id = ?", campaignId);
        return true;
    }

    public Optional<byte[]> jpeg(long campaignId) {
        return db.one("select i.jpeg from sponsored_image i join sponsored_campaign c on c.id = i.campaign_id "
                + "where i.campaign_id = ? and c.has_image order by i.width desc limit 1", r -> r.getBytes(1), campaignId);
    }
}
