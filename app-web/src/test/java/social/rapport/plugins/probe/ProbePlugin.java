package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import social.rapport.spi.Plugin;
import social.rapport.spi.SpiVersion;

@ApplicationScoped
public class ProbePlugin implements Plugin {

    public static final String ID = "probe";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Probe";
    }

    @Override
    public String description() {
        return "A test plugin with a menu entry, a page and a table.";
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
