package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import social.rapport.spi.Plugin;
import social.rapport.spi.SpiVersion;

@ApplicationScoped
public class FaultyPlugin implements Plugin {

    public static final String ID = "faulty";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Faulty";
    }

    @Override
    public String description() {
        return "A test plugin whose extensions throw, hang, or work.";
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
