package social.rapport.spi.settings;

/** The type of a plugin setting: it decides the input the admin gets and how the value is checked. */
public enum SettingType {
    /** A whole number within the definition's bounds. */
    INTEGER,
    /** On or off. */
    BOOLEAN,
    /** One line of text, at most {@link SettingDefinition#max()} characters (500 when unset). */
    TEXT
}
