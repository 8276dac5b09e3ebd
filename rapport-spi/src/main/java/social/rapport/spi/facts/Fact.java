package social.rapport.spi.facts;

/** A kind of profile fact a plugin may read for a purpose. */
public enum Fact {
    SKILLS, LOCATION, POSITIONS, EDUCATION, OPEN_TO
}
