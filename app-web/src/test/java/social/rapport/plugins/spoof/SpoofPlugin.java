package social.rapport.plugins.spoof;

import jakarta.enterprise.context.ApplicationScoped;
import social.rapport.spi.Plugin;
import social.rapport.spi.SpiVersion;

/** A test plugin alone in its jar, whose navigation claims to be the core's ({@link SpoofedNavigation}). */
@ApplicationScoped
public class SpoofPlugin implements Plugin {

    public static final String ID = "spoof";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Spoof";
    }

    @Override
    public String description() {
        return "A test plugin whose extension reports the core's plugin id.";
    }

    @Override
    public String version() {
        return "0.0.1";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }
}
