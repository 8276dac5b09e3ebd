package social.rapport.plugins.recruiter.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;

/** The SQL of organisations and their recruiters. */
@ApplicationScoped
public class OrganisationRepository {

    @Inject
    Jdbc db;

    public long insert(String slug, String name, String website, String description, long by, Instant now) {
        long id = db.number("insert into recruiter_organisation (slug, name, website, description, created_by, created_at) "
                + "values (?,?,?,?,?,?) returning id", slug, name, website, description, by, now);
        db.update("insert into recruiter_recruiter (organisation_id, member_id, added_at) values (?,?,?)", id, by, now);
        return id;
    }

    public boolean slugTaken(String slug) {
        return db.number("select count(*) from recruiter_organisation where slug = ?", slug) > 0;
    }

    public Optional<Organisation> find(long id) {
        return db.one("select * from recruiter_organisation where id = ?", OrganisationRepository::map, id);
    }

    public Optional<Organisation> bySlug(String slug) {
        return db.one("select * from recruiter_organisation where slug = ?", OrganisationRepository::map, slug);
    }

    public boolean isRecruiter(long organisationId, long memberId) {
        return db.number("select count(*) from recruiter_recruiter where organisation_id = ? and member_id = ?", organisationId, memberId) > 0;
    }

    public List<Organisation> ofRecruiter(long memberId) {
        return db.list("select o.* from recruiter_organisation o join recruiter_recruiter r on r.organisation_id = o.id "
                + "where r.member_id = ? order by o.name", OrganisationRepository::map, memberId);
    }

    public List<Organisation> pending() {
        return db.list("select * from recruiter_organisation where status = 'PENDING' order by id limit 200", OrganisationRepository::map);
    }

    public List<Organisation> approved() {
        return db.list("select * from recruiter_organisation where status = 'APPROVED' order by name limit 500", OrganisationRepository::map);
    }

    public int decide(long id, boolean approve, long by, Instant now) {
        return db.update("update recruiter_organisation set status = ?, decided_by = ?, decided_at = ? where id = ? and status = 'PENDING'",
                approve ? "APPROVED" : "DECLINED", by, now, id);
    }

    public int addRecruiter(long organisationId, long memberId, Instant now) {
        return db.update("insert into recruiter_recruiter (organisation_id, member_id, added_at) values (?,?,?) on conflict do nothing",
                organisationId, memberId, now);
    }

    /** The page's texts; the slug (its address) stays. */
    public int edit(long id, String name, String website, String description) {
        return db.update("update recruiter_organisation set name = ?, website = ?, description = ? where id = ?", name, website, description, id);
    }

    public void storeLogo(long id, byte[] jpeg, Instant now) {
        db.update("insert into recruiter_logo (organisation_id, jpeg, stored_at) values (?,?,?) on conflict (organisation_id) "
                + "do update set jpeg = excluded.jpeg, stored_at = excluded.stored_at", id, jpeg, now);
        db.update("update recruiter_organisation set logo_at = ? where id = ?", now, id);
    }

    public void removeLogo(long id) {
        db.update("delete from recruiter_logo where organisation_id = ?", id);
        db.update("update recruiter_organisation set logo_at = null where id = ?", id);
    }

    /** The logo of an approved organisation. */
    public Optional<byte[]> logo(long id) {
        return db.one("select l.jpeg from recruiter_logo l join recruiter_organisation o on o.id = l.organisation_id "
                + "where l.organisation_id = ? and o.status = 'APPROVED'", r -> r.getBytes(1), id);
    }

    /** What a member named when applying for the capability. */
    public record Claim(long memberId, String name, String slug) {
    }

    public void saveClaim(long memberId, String name, String slug, Instant now) {
        db.update("insert into recruiter_claim (member_id, name, slug, claimed_at) values (?,?,?,?) on conflict (member_id) "
                + "do update set name = excluded.name, slug = excluded.slug, claimed_at = excluded.claimed_at", memberId, name, slug, now);
    }

    public Optional<Claim> claim(long memberId) {
        return db.one("select * from recruiter_claim where member_id = ?", OrganisationRepository::claimOf, memberId);
    }

    public Optional<Claim> claimForUpdate(long memberId) {
        return db.one("select * from recruiter_claim where member_id = ? for update", OrganisationRepository::claimOf, memberId);
    }

    public void deleteClaim(long memberId) {
        db.update("delete from recruiter_claim where member_id = ?", memberId);
    }

    /** An approved capability application named this organisation: it is approved, unless an admin declined it. */
    public int approveByCapability(long id, Instant now) {
        return db.update("update recruiter_organisation set status = 'APPROVED', decided_at = ? where id = ? and status = 'PENDING'", now, id);
    }

    public List<Long> recruitersOf(long organisationId) {
        return db.list("select member_id from recruiter_recruiter where organisation_id = ? order by member_id",
                r -> r.getLong(1), organisationId);
    }

    private static Claim claimOf(ResultSet r) throws SQLException {
        return new Claim(r.getLong("member_id"), r.getString("name"), r.getString("slug"));
    }

    static Organisation map(ResultSet r) throws SQLException {
        return new Organisation(r.getLong("id"), r.getString("slug"), r.getString("name"), r.getString("website"),
                r.getString("description"), r.getString("status"), r.getLong("created_by"), Jdbc.instant(r, "logo_at"));
    }
}
