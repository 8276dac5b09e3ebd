package social.rapport.core.profile;

/** The parts of a profile whose audience the member chooses. Name and handle are always visible. */
public enum ProfilePart {
    PHOTO, HEADLINE, LOCATION, ABOUT, EXPERIENCE, EDUCATION, SKILLS, OPEN_TO, CONNECTIONS,
    /** Sections that enabled plugins add. */
    SECTIONS;

    /** The name of the form field that chooses this part's audience, e.g. {@code openToVisibility}. */
    public String visibilityField() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder field = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return field.append("Visibility").toString();
    }
}
