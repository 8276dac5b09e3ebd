package social.rapport.spi.account;

import java.util.Objects;

/**
 * One file of a member's data export that a plugin contributes: a simple name such as
 * {@code attending.json} (the core puts it under {@code plugins/<plugin id>/}) and its JSON text.
 */
public record ExportFile(String name, String json) {

    public ExportFile {
        Objects.requireNonNull(json);
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,60}\\.json")) {
            throw new IllegalArgumentException("an export file name is lower-case letters, digits, '.', '_' or '-', ending in .json: " + name);
        }
    }
}
