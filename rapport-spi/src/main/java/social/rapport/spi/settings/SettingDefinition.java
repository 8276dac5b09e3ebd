package social.rapport.spi.settings;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A setting a plugin declares. Admins edit it on the plugin's generated settings page; every
 * change is validated and audited. The first value comes from MicroProfile Config
 * {@code rapport.plugins.<id>.<key>} when set there, else from {@link #defaultValue()}.
 *
 * @param key          lower-case letters, digits and dashes, e.g. {@code invitation-limit}
 * @param type         the type
 * @param defaultValue the value until an admin changes it, as text ({@code "30"}, {@code "true"})
 * @param min          for {@link SettingType#INTEGER} the smallest value, else null
 * @param max          for {@link SettingType#INTEGER} the largest value; for {@link SettingType#TEXT} the longest; else null
 * @param label        what the settings page shows
 * @param help         one sentence under the input: what the value changes
 */
public record SettingDefinition(String key, SettingType type, String defaultValue, Long min, Long max,
                                String label, String help) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,60}");

    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(label, "label");
        help = help == null ? "" : help;
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("setting key: lower-case letters, digits and dashes: " + key);
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min > max for " + key);
        }
    }

    public static SettingDefinition integer(String key, long defaultValue, long min, long max, String label, String help) {
        return new SettingDefinition(key, SettingType.INTEGER, Long.toString(defaultValue), min, max, label, help);
    }

    public static SettingDefinition bool(String key, boolean defaultValue, String label, String help) {
        return new SettingDefinition(key, SettingType.BOOLEAN, Boolean.toString(defaultValue), null, null, label, help);
    }

    public static SettingDefinition text(String key, String defaultValue, int maxLength, String label, String help) {
        return new SettingDefinition(key, SettingType.TEXT, defaultValue, null, (long) maxLength, label, help);
    }
}
