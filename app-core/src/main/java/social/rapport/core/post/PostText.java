package social.rapport.core.post;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import social.rapport.core.profile.LinkedText;

/**
 * What a member wrote in a post or comment: the {@code @handles} and {@code #tags} it names, and
 * its safe HTML. Plain stretches go through {@link LinkedText} (escaped, URLs linked with
 * {@code rel="nofollow ugc noopener"}); mentions and tags become links whose text and target are
 * escaped here, so no markup the member typed ever reaches the page.
 */
public final class PostText {

    /** Each mention notifies someone: a post or comment names at most this many members. */
    public static final int MAX_MENTIONS = 20;

    /** A handle as {@link social.rapport.core.profile.Handles} allows it, not inside a word or an e-mail address. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@/])@([a-z0-9-]{3,40})(?![\\w-])", Pattern.CASE_INSENSITIVE);
    /** Letters, digits and underscores, starting with a letter; not inside a word or a URL fragment. */
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w&#/])#(\\p{L}[\\p{L}\\p{N}_]{0,99})");
    private static final Pattern TOKEN = Pattern.compile(MENTION.pattern() + "|" + HASHTAG.pattern(), Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");

    private PostText() {
    }

    /** The handles mentioned, lower-case, in order of first appearance. */
    public static Set<String> mentions(String text) {
        return collect(text, MENTION);
    }

    /** The hashtags, lower-case without '#', in order of first appearance. */
    public static Set<String> hashtags(String text) {
        return collect(text, HASHTAG);
    }

    private static Set<String> collect(String text, Pattern pattern) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return found;
        }
        for (Span span : plainSpans(text)) {
            Matcher m = pattern.matcher(text).region(span.start, span.end);
            while (m.find()) {
                found.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    /**
     * Safe HTML of the text: mentions of known handles link to {@code <contextPath>/in/<handle>},
     * hashtags to {@code <contextPath>/tag/<tag>}, URLs as {@link LinkedText} does.
     *
     * @param known the mentioned handles that name a member (others stay plain text)
     */
    public static String html(String text, Set<String> known, String contextPath) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 64);
        int last = 0;
        for (Span span : allSpans(text)) {
            if (span.url) {
                html.append(LinkedText.html(text.substring(last, span.end)));
                last = span.end;
                continue;
            }
            Matcher m = TOKEN.matcher(text).region(span.start, span.end);
            while (m.find()) {
                String mention = m.group(1);
                String tag = m.group(2);
                if (mention != null && !known.contains(mention.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                html.append(LinkedText.html(text.substring(last, m.start())));
                if (mention != null) {
                    html.append("<a class=\"mention\" href=\"").append(LinkedText.escape(contextPath + "/in/" + mention.toLowerCase(Locale.ROOT)))
                            .append("\">@").append(LinkedText.escape(mention)).append("</a>");
                } else {
                    html.append("<a class=\"hashtag\" href=\"").append(LinkedText.escape(contextPath + "/tag/" + tag.toLowerCase(Locale.ROOT)))
                            .append("\">#").append(LinkedText.escape(tag)).append("</a>");
                }
                last = m.end();
            }
        }
        html.append(LinkedText.html(text.substring(last)));
        return html.toString();
    }

    /** The first {@code max} characters, on one line, for a notification. */
    public static String excerpt(String text, int max) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    private record Span(int start, int end, boolean url) {
    }

    /** The stretches outside URLs (a '#' in a URL is a fragment, not a tag). */
    private static List<Span> plainSpans(String text) {
        return allSpans(text).stream().filter(s -> !s.url).toList();
    }

    private static List<Span> allSpans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher url = URL.matcher(text);
        int last = 0;
        while (url.find()) {
            spans.add(new Span(last, url.start(), false));
            spans.add(new Span(url.start(), url.end(), true));
            last = url.end();
        }
        spans.add(new Span(last, text.length(), false));
        return spans;
    }
}
