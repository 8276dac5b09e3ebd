package social.rapport.spi.profile;

import social.rapport.spi.Extension;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.platform.Viewer;

import java.util.Optional;

/** Profile SPI: a section a plugin adds to members' profile pages, in {@link #order()}. */
public interface ProfileSectionProvider extends Extension {

    /** The section for this owner as this viewer will see it, or empty to show nothing. */
    Optional<ProfileSection> section(MemberRef owner, Viewer viewer);
}
