package social.rapport.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One sign-in attempt, kept for throttling by account and by address. */
@Entity
@Table(name = "sign_in_attempt")
class SignInAttempt {

    enum Outcome { SUCCEEDED, FAILED, LOCKED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 64)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(name = "attempted_at", nullable = false)
    private OffsetDateTime attemptedAt;

    protected SignInAttempt() {
    }

    SignInAttempt(String email, String address, Outcome outcome, OffsetDateTime attemptedAt) {
        this.email = email;
        this.address = address;
        this.outcome = outcome;
        this.attemptedAt = attemptedAt;
    }
}
