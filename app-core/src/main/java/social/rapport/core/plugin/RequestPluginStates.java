package social.rapport.core.plugin;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plugin states as the current request first read them. A page asks the registry several
 * times (menu, header badges, feed, profile sections); without this each ask was a query and a
 * transaction of its own. Nothing outlives the request: the next request reads PostgreSQL again,
 * so a change made on any instance applies from the next page on, as before; a change made in
 * this request forgets them ({@link PluginAdministration#setEnabled}).
 */
@RequestScoped
class RequestPluginStates {

    private Map<String, Boolean> states;

    Map<String, Boolean> get(Supplier<Map<String, Boolean>> read) {
        if (states == null) {
            states = read.get();
        }
        return states;
    }

    void forget() {
        states = null;
    }
}
