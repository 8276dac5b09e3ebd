package social.rapport.core.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Hands one message to the SMTP server of {@link MailSettings}, with Jakarta Mail as Payara
 * provides it; or, when no SMTP host is configured, writes it as an .eml file that any mail
 * program opens, and logs where.
 */
@ApplicationScoped
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    private Session session;

    @PostConstruct
    void configure() {
        Properties props = new Properties();
        if (settings.smtp()) {
            String protocol = settings.security().equals("tls") ? "smtps" : "smtp";
            props.put("mail.transport.protocol", protocol);
            props.put("mail." + protocol + ".host", settings.host());
            props.put("mail." + protocol + ".port", String.valueOf(settings.port()));
            props.put("mail." + protocol + ".connectiontimeout", "10000");
            props.put("mail." + protocol + ".timeout", "20000");
            props.put("mail." + protocol + ".writetimeout", "20000");
            if (settings.security().equals("starttls")) {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
            if (settings.security().equals("tls")) {
                props.put("mail.smtps.ssl.checkserveridentity", "true");
            }
            settings.user().ifPresent(u -> props.put("mail." + protocol + ".auth", "true"));
        }
        Authenticator authenticator = settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().orElseThrow(), settings.password().orElse(""));
            }
        };
        session = Session.getInstance(props, authenticator);
        if (!settings.smtp()) {
            LOG.info(() -> "No SMTP host (rapport.mail.smtp.host): mail is written as .eml files to " + settings.fileDir());
        }
    }

    /** Sends (or writes) the message; throws when it could not, so that the outbox retries. */
    public void send(long outboxId, OutgoingMail mail) throws MessagingException, IOException {
        MimeMessage message = build(mail);
        if (settings.smtp()) {
            Transport.send(message);
            return;
        }
        Path dir = settings.fileDir();
        Files.createDirectories(dir);
        Path file = dir.resolve(clock.instant().toEpochMilli() + "-" + outboxId + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        LOG.info(() -> "Mail to " + mail.recipient() + " (\"" + mail.subject() + "\") written to " + file);
    }

    private MimeMessage build(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        if (mail.unsubscribeUrl() != null) {
            // RFC 8058: a mail program may offer "unsubscribe" and POST to the link, no sign-in needed
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.saveChanges();
        return message;
    }
}
