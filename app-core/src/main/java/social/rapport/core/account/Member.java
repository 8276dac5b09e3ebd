package social.rapport.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person with an account. The email is stored normalised (see {@link EmailAddress}). */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean admin;

    @Column(nullable = false)
    private boolean suspended;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private OffsetDateTime passwordChangedAt;

    @Column(name = "email_verified_at")
    private OffsetDateTime emailVerifiedAt;

    /** The language mail is written in (the page language at sign-up). */
    @Column(nullable = false, length = 8)
    private String language = "en";

    protected Member() {
    }

    Member(String email, String displayName, String passwordHash, String language, OffsetDateTime now) {
        this.email = email;
        this.language = language;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void changePasswordHash(String passwordHash, OffsetDateTime now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    /** Whether the admin role was granted in the application (operators also name admins in configuration). */
    public boolean isAdmin() {
        return admin;
    }

    void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public boolean isSuspended() {
        return suspended;
    }

    /** Whether the member opened the verification link sent to their current email. */
    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    /** A new address, confirmed by a link sent to it (so it counts as verified). */
    void changeEmail(String email, OffsetDateTime now) {
        this.email = email;
        this.emailVerifiedAt = now;
    }

    void verifyEmail(OffsetDateTime now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    public String getLanguage() {
        return language;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
