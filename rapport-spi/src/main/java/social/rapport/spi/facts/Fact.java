package social.rapport.spi.facts;

/**
 * A kind of profile fact a plugin may read for a purpose.
 *
 * <p>{@link #LANGUAGES} (since 2, minor): the languages the member uses on the platform, as
 * language tags ({@code en}, {@code it}). The platform has no "languages I speak" profile part
 * yet, so today it is the member's interface language (the one their mail is written in). It is
 * not a profile part with an audience: a purpose that covers it reads it whatever the party.
 */
public enum Fact {
    SKILLS, LOCATION, POSITIONS, EDUCATION, OPEN_TO, LANGUAGES
}
