package social.rapport.spi.profile;

import social.rapport.spi.platform.Audience;

import java.util.Map;
import java.util.Objects;

/**
 * A section a plugin adds to a profile page.
 *
 * @param title    heading, already in the viewer's language
 * @param fragment Facelets fragment in the plugin jar that renders it, e.g.
 *                 {@code /META-INF/resources/p/events/profile-section.xhtml} is referenced as
 *                 {@code /p/events/profile-section.xhtml}; it receives {@code section} (this record)
 * @param model    the data the fragment shows: a record the plugin defines (the fragment reads
 *                 {@code section.model().hosting()}), or a {@code Map} (copied); never null
 * @param audience who may see the section; the core also applies the owner's choice for plugin sections
 */
public record ProfileSection(String title, String fragment, Object model, Audience audience) {

    public ProfileSection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fragment, "fragment");
        model = model == null ? Map.of() : model instanceof Map<?, ?> map ? Map.copyOf(map) : model;
        audience = audience == null ? Audience.EVERYONE : audience;
    }
}
