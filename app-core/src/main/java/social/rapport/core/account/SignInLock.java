package social.rapport.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An email that may not sign in until {@code lockedUntil}, after too many failures. */
@Entity
@Table(name = "sign_in_lock")
class SignInLock {

    @Id
    @Column(length = 254)
    private String email;

    @Column(name = "locked_until", nullable = false)
    private OffsetDateTime lockedUntil;

    protected SignInLock() {
    }

    SignInLock(String email, OffsetDateTime lockedUntil) {
        this.email = email;
        this.lockedUntil = lockedUntil;
    }

    OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    void extendTo(OffsetDateTime until) {
        this.lockedUntil = until;
    }
}
