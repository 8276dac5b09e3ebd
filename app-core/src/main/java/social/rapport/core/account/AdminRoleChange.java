package social.rapport.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A record that an admin granted or revoked the admin role. */
@Entity
@Table(name = "admin_role_change")
class AdminRoleChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected AdminRoleChange() {
    }

    AdminRoleChange(long memberId, boolean granted, long changedBy, OffsetDateTime changedAt) {
        this.memberId = memberId;
        this.granted = granted;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
