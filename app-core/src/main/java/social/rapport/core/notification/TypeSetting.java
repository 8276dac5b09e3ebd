package social.rapport.core.notification;

import java.io.Serializable;

/**
 * One line of the notification preferences: a type and whether the member receives it.
 *
 * @param label the plugin's label for a plugin type; null for a core type (the page labels those)
 */
public record TypeSetting(String type, String label, boolean on) implements Serializable {
}
