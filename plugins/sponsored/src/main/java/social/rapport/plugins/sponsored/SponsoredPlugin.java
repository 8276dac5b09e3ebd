package social.rapport.plugins.sponsored;

import jakarta.enterprise.context.ApplicationScoped;
import social.rapport.spi.Plugin;
import social.rapport.spi.SpiVersion;

/** The descriptor of the sponsored content plugin: its id names the tables, the migrations, the config keys and /p/sponsored/. */
@ApplicationScoped
public class SponsoredPlugin implements Plugin {

    public static final String ID = "sponsored";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Sponsored content";
    }

    @Override
    public String description() {
        return "Paid placements in the feed from advertisers an admin approved: every campaign is reviewed, "
                + "targets only members who allowed it, is labelled with who paid, and appears in a public ad library.";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }
}
