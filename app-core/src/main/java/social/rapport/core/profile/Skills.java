package social.rapport.core.profile;

import java.util.Locale;
import java.util.regex.Pattern;

/** Skills are shared between members: "java", " Java " and "JAVA" are one skill. */
public final class Skills {

    public static final int MAX_LENGTH = 60;
    public static final int MAX_PER_MEMBER = 50;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Skills() {
    }

    /** The name as shown: trimmed, inner runs of spaces made one. */
    public static String clean(String name) {
        return name == null ? "" : SPACES.matcher(name.strip()).replaceAll(" ");
    }

    /** The key that makes two spellings one skill. */
    public static String normalise(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }
}
