package social.rapport.core.profile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Handles name a member in URLs ({@code /in/<handle>}): 3 to 40 characters, lower-case ASCII
 * letters, digits and dashes. A new member's handle is derived from the display name.
 */
public final class Handles {

    public static final int MIN = 3;
    public static final int MAX = 40;
    private static final Pattern VALID = Pattern.compile("[a-z0-9-]{" + MIN + "," + MAX + "}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Handles() {
    }

    /** What the member typed, as it would be stored: trimmed and lower-cased. */
    public static String normalise(String handle) {
        return handle == null ? "" : handle.strip().toLowerCase(Locale.ROOT);
    }

    /** The message key of what is wrong with a (normalised) handle, if anything. */
    public static Optional<String> problem(String handle) {
        if (handle == null || handle.isEmpty()) {
            return Optional.of("profile.handle.required");
        }
        if (handle.length() < MIN || handle.length() > MAX) {
            return Optional.of("profile.handle.length");
        }
        if (!VALID.matcher(handle).matches()) {
            return Optional.of("profile.handle.characters");
        }
        return Optional.empty();
    }

    /**
     * The base of a new member's handle: "Zoë O'Brien-Núñez" becomes {@code zoe-o-brien-nunez}.
     * Accents are stripped, everything else that is not a letter or digit becomes a dash. Leaves
     * room for a numeric suffix; a name with nothing usable gives {@code member}.
     */
    public static String slug(String displayName) {
        String text = displayName == null ? "" : displayName;
        text = text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
                .replace("þ", "th").replace("Þ", "TH");
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        text = NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        text = trimDashes(text);
        if (text.length() > MAX - 6) {
            text = trimDashes(text.substring(0, MAX - 6));
        }
        return text.isEmpty() ? "member" : text;
    }

    /** The n-th candidate for a base (n from 1): the base itself when long enough, then base-2, base-3, ... */
    public static String candidate(String base, int n) {
        if (n == 1 && base.length() >= MIN) {
            return base;
        }
        return base + "-" + n;
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
