package social.rapport.plugins.sponsored.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import social.rapport.spi.platform.Jdbc;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.spi.platform.Viewer;

/**
 * The plugin's settings: values in {@code sponsored_setting}, every change audited in
 * {@code sponsored_setting_audit}. Until an admin changes a setting, its value is the MicroProfile
 * Config key {@code rapport.plugins.sponsored.<key>} when set, else the built-in default.
 * The instance currency is {@code rapport.plugins.sponsored.currency} (ISO code, default EUR).
 */
@ApplicationScoped
public class SponsoredSettings {

    @Inject
    Jdbc db;

    @Inject
    Config config;

    @Inject
    Clock clock;

    public int get(Setting setting) {
        return db.one("select value from sponsored_setting where key = ?", r -> r.getString(1), setting.key())
                .map(Integer::valueOf)
                .orElseGet(() -> initial(setting));
    }

    /** Every setting in one query (the feed contributor's time budget is small). */
    public Map<Setting, Integer> all() {
        Map<String, Integer> stored = new java.util.HashMap<>();
        db.list("select key, value from sponsored_setting", r -> stored.put(r.getString(1), Integer.valueOf(r.getString(2))));
        Map<Setting, Integer> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            values.put(s, stored.getOrDefault(s.key(), initial(s)));
        }
        return values;
    }

    public String currency() {
        return config.getOptionalValue("rapport.plugins.sponsored.currency", String.class).orElse("EUR");
    }

    private int initial(Setting setting) {
        Optional<Integer> configured = config.getOptionalValue("rapport.plugins.sponsored." + setting.key(), Integer.class);
        return configured.filter(setting::allows).orElse(setting.defaultValue());
    }

    /** Admins only; refuses a value outside the setting's bounds with a field message. */
    @Transactional
    public void set(Viewer admin, Setting setting, Long value) {
        if (!admin.signedIn() || !admin.admin()) {
            throw new SponsoredForbidden("settings are for admins");
        }
        if (value == null || !setting.allows(value)) {
            throw new SponsoredRefusal(setting.key(), "sponsored.error.setting.bounds", setting.min(), setting.max());
        }
        int old = get(setting);
        if (old == value) {
            return;
        }
        db.update("insert into sponsored_setting (key, value, updated_by, updated_at) values (?, ?, ?, ?) "
                + "on conflict (key) do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                setting.key(), value.toString(), admin.memberId(), clock.instant());
        db.update("insert into sponsored_setting_audit (key, old_value, new_value, changed_by, changed_at) values (?, ?, ?, ?, ?)",
                setting.key(), Integer.toString(old), value.toString(), admin.memberId(), clock.instant());
    }
}
