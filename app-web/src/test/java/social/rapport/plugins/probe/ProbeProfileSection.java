package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import social.rapport.spi.platform.Audience;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.profile.ProfileSection;
import social.rapport.spi.profile.ProfileSectionProvider;
import social.rapport.spi.platform.Viewer;

/** A section on every profile page, shown to everyone the owner allows, rendered by the probe's own fragment. */
@ApplicationScoped
public class ProbeProfileSection implements ProfileSectionProvider {

    @Override
    public String pluginId() {
        return ProbePlugin.ID;
    }

    @Override
    public Optional<ProfileSection> section(MemberRef owner, Viewer viewer) {
        return Optional.of(new ProfileSection("Probe section", "/p/probe/profile-section.xhtml",
                Map.of("greeting", "Probe says hello to " + owner.displayName() + " (@" + owner.handle() + ")",
                        "viewer", viewer.signedIn() ? "member" : "anonymous"),
                Audience.EVERYONE));
    }
}
