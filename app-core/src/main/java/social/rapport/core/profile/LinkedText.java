package social.rapport.core.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a member's plain text (the "about" part) into safe HTML: everything is escaped, line
 * breaks become {@code <br>}, and http(s) URLs become links that search engines do not credit
 * and that cannot reach back into the page ({@code rel="nofollow ugc noopener"}). No HTML the
 * member typed ever reaches the page as markup.
 */
public final class LinkedText {

    /** http(s) URLs and www. addresses, up to the first space or angle bracket. */
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    /** Punctuation that usually ends the sentence rather than the URL. */
    private static final String TRAILING = ".,;:!?'\")]}";

    private LinkedText() {
    }

    public static String html(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder html = new StringBuilder(normalised.length() + 64);
        Matcher matcher = URL.matcher(normalised);
        int last = 0;
        while (matcher.find()) {
            String url = matcher.group();
            int end = url.length();
            while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0 && !balancedParenthesis(url, end)) {
                end--;
            }
            url = url.substring(0, end);
            if (url.isEmpty() || url.equalsIgnoreCase("www.") || url.matches("(?i)https?://")) {
                continue;
            }
            text(html, normalised.substring(last, matcher.start()));
            String href = url.regionMatches(true, 0, "www.", 0, 4) ? "https://" + url : url;
            html.append("<a href=\"").append(escape(href)).append("\" rel=\"nofollow ugc noopener\" target=\"_blank\">")
                    .append(escape(url)).append("</a>");
            last = matcher.start() + url.length();
        }
        text(html, normalised.substring(last));
        return html.toString();
    }

    /** A closing parenthesis that closes one opened inside the URL belongs to it (Wikipedia links). */
    private static boolean balancedParenthesis(String url, int end) {
        if (url.charAt(end - 1) != ')') {
            return false;
        }
        long open = url.substring(0, end).chars().filter(c -> c == '(').count();
        long close = url.substring(0, end).chars().filter(c -> c == ')').count();
        return open >= close;
    }

    private static void text(StringBuilder html, String text) {
        html.append(escape(text).replace("\n", "<br/>"));
    }

    /** Escapes the characters that are special in HTML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
