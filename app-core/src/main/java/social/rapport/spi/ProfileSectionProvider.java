package social.rapport.spi;

import java.util.Optional;

/** Profile SPI: a section a plugin adds to members' profile pages, in {@link #order()}. */
public interface ProfileSectionProvider extends Extension {

    /** The section for this owner as this viewer will see it, or empty to show nothing. */
    Optional<ProfileSection> section(MemberRef owner, Viewer viewer);
}
