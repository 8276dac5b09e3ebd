package social.rapport.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How mail leaves the server, from {@code rapport.mail.*}. Without an SMTP host, messages are
 * written as .eml files into {@link #fileDir()} instead (the run command's local default).
 * The SMTP password has no default anywhere: it comes from the environment or nowhere.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "rapport.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "rapport.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "rapport.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "rapport.mail.smtp.password")
    Optional<String> password;

    /** {@code starttls} (upgrade a plain connection, refusing one that cannot), {@code tls} (implicit TLS), or {@code none}. */
    @Inject
    @ConfigProperty(name = "rapport.mail.smtp.security", defaultValue = "starttls")
    String security;

    @Inject
    @ConfigProperty(name = "rapport.mail.from", defaultValue = "Rapport <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "rapport.mail.file-dir", defaultValue = "data/mail")
    String fileDir;

    @Inject
    @ConfigProperty(name = "rapport.mail.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "rapport.mail.retry-seconds", defaultValue = "60")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "rapport.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    public boolean smtp() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password.filter(p -> !p.isEmpty());
    }

    public String security() {
        return security.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String from() {
        return from;
    }

    public Path fileDir() {
        return Path.of(fileDir).toAbsolutePath().normalize();
    }

    public int pollSeconds() {
        return Math.max(1, pollSeconds);
    }

    /** Wait before the n-th retry (n = attempts so far, from 1): doubles each time, at most a day. */
    public long backoffSeconds(int attempts) {
        long wait = (long) Math.max(1, retrySeconds) << Math.min(attempts - 1, 16);
        return Math.min(wait, 24 * 3600);
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }
}
