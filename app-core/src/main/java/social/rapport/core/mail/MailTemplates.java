package social.rapport.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a mail from a template of {@code social/rapport/core/mail/templates*.properties}
 * (English, Italian), in plain text and HTML: a greeting, the template's paragraph, its link
 * (when it has one), and a footer with the instance name and the notification settings.
 * Keys per template: {@code <t>.subject}, {@code <t>.body}, {@code <t>.action}; arguments:
 * {0} the recipient's name, {1} the instance name, {2} the link.
 */
@ApplicationScoped
public class MailTemplates {

    static final String BUNDLE = "social.rapport.core.mail.templates";

    @Inject
    @ConfigProperty(name = "rapport.instance.name", defaultValue = "Rapport")
    String instanceName;

    @Inject
    PublicUrl urls;

    public OutgoingMail compose(String template, String language, String recipient, Long memberId, String name, String link) {
        return compose(template, language, recipient, memberId, name, link, new Object[0], List.of(), null);
    }

    /**
     * The general form: {@code extra} are the template's arguments from {3} on, {@code sections}
     * come after the paragraph, and an {@code unsubscribeUrl} adds a "stop these emails" line to
     * the footer and the {@code List-Unsubscribe} headers to the message.
     */
    public OutgoingMail compose(String template, String language, String recipient, Long memberId, String name, String link,
                                Object[] extra, List<MailSection> sections, String unsubscribeUrl) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language == null ? "en" : language));
        Object[] args = new Object[3 + extra.length];
        args[0] = name;
        args[1] = instanceName;
        args[2] = link == null ? "" : link;
        System.arraycopy(extra, 0, args, 3, extra.length);
        String subject = format(bundle, template + ".subject", args);
        String greeting = format(bundle, "greeting", args);
        String body = format(bundle, template + ".body", args);
        String settings = urls.link("/notifications/preferences");
        String footer = format(bundle, "footer", new Object[] {name, instanceName, settings});

        StringBuilder text = new StringBuilder().append(greeting).append("\n\n").append(body).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">")
                .append("<p>").append(escape(greeting)).append("</p><p>").append(escape(body)).append("</p>");
        for (MailSection section : sections) {
            text.append(section.title()).append("\n");
            html.append("<h3>").append(escape(section.title())).append("</h3><ul>");
            for (MailSection.Line line : section.lines()) {
                text.append("- ").append(line.text()).append(line.link() == null ? "" : "\n  " + line.link()).append("\n");
                html.append("<li>").append(line.link() == null ? escape(line.text())
                        : "<a href=\"" + escape(line.link()) + "\">" + escape(line.text()) + "</a>").append("</li>");
            }
            text.append("\n");
            html.append("</ul>");
        }
        if (link != null) {
            String action = format(bundle, template + ".action", args);
            text.append(action).append(":\n").append(link).append("\n\n");
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(action)).append("</a></p>")
                    .append("<p style=\"font-size:small\">").append(escape(link)).append("</p>");
        }
        text.append("-- \n").append(footer).append("\n");
        html.append("<hr><p style=\"font-size:small;color:#555\">").append(escape(format(bundle, "footer.html", args)))
                .append(" <a href=\"").append(escape(settings)).append("\">").append(escape(format(bundle, "footer.settings", args)))
                .append("</a>");
        if (unsubscribeUrl != null) {
            String stop = format(bundle, template + ".unsubscribe", args);
            text.append(stop).append(": ").append(unsubscribeUrl).append("\n");
            html.append(" · <a href=\"").append(escape(unsubscribeUrl)).append("\">").append(escape(stop)).append("</a>");
        }
        html.append("</p></body></html>");
        return new OutgoingMail(recipient, memberId, subject, text.toString(), html.toString(), unsubscribeUrl);
    }

    /** A phrase of the templates in the language, or {@code fallback} when the templates have no such key. */
    public String phrase(String key, String language, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language == null ? "en" : language));
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static String format(ResourceBundle bundle, String key, Object[] args) {
        return MessageFormat.format(bundle.getString(key), args);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
