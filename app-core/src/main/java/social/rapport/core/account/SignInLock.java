package social.rapport.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A sign-in pause until {@code lockedUntil}: for one address and one email, or for the whole
 * email when {@code address} is {@link #WHOLE_ACCOUNT}. The row outlives its pause so that the
 * next pause of the same key is longer ({@code strikes}); a success from the address deletes it.
 */
@Entity
@Table(name = "sign_in_lock")
@IdClass(SignInLock.Key.class)
class SignInLock {

    static final String WHOLE_ACCOUNT = "";

    /** The id class JPA needs for the two-column key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String email;
        private String address;

        public Key() {
        }

        Key(String email, String address) {
            this.email = email;
            this.address = address;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(email, k.email) && Objects.equals(address, k.address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(email, address);
        }
    }

    @Id
    @Column(length = 254)
    private String email;

    @Id
    @Column(length = 64)
    private String address;

    @Column(name = "locked_until", nullable = false)
    private OffsetDateTime lockedUntil;

    @Column(nullable = false)
    private int strikes;

    protected SignInLock() {
    }

    SignInLock(String email, String address, OffsetDateTime lockedUntil) {
        this.email = email;
        this.address = address;
        this.lockedUntil = lockedUntil;
        this.strikes = 1;
    }

    OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    int strikes() {
        return strikes;
    }

    void pauseAgain(OffsetDateTime until) {
        this.lockedUntil = until;
        this.strikes++;
    }
}
