package social.rapport.core.search;

import java.util.regex.Pattern;
import social.rapport.core.platform.Refusal;

/**
 * What a member typed, checked: long enough to mean something, short enough to stay cheap.
 * The database folds accents and splits words itself (people-search.sql); this only refuses
 * queries that could not match or would cost too much.
 */
public record SearchQuery(String text) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;
    /** A word of at least two letters or digits: a shorter prefix would match most members. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");

    /** The query, stripped; refuses blank, too short (field {@code q}) and too long input. */
    public static SearchQuery of(String input) {
        String text = input == null ? "" : input.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new Refusal("q", "search.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new Refusal("q", "search.tooLong");
        }
        if (text.length() < MIN_LENGTH || !WORD.matcher(text).find()) {
            throw new Refusal("q", "search.tooShort");
        }
        return new SearchQuery(text);
    }
}
