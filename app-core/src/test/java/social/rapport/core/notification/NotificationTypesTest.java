package social.rapport.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationTypesTest {

    @Test
    void coreTypesBelongToNoPluginAndPluginTypesToThePrefixBeforeTheFirstDot() {
        for (String core : CoreNotificationTypes.ALL) {
            assertThat(NotificationTypes.pluginOf(core)).as(core).isNull();
        }
        assertThat(NotificationTypes.pluginOf("events.reminder")).isEqualTo("events");
        assertThat(NotificationTypes.pluginOf("my-plugin.a.b")).isEqualTo("my-plugin");
        assertThat(NotificationTypes.pluginOf("nodot")).isNull();
        assertThat(NotificationTypes.pluginOf(".x")).isNull();
    }

    @Test
    void idsBecomeAQuotedPostgresqlTextArray() {
        assertThat(NotificationInbox.array(List.of())).isEqualTo("{}");
        assertThat(NotificationInbox.array(List.of("post.comment", "events"))).isEqualTo("{\"post.comment\",\"events\"}");
        assertThat(NotificationInbox.array(List.of("a\"b", "c\\d"))).isEqualTo("{\"a\\\"b\",\"c\\\\d\"}");
    }
}
