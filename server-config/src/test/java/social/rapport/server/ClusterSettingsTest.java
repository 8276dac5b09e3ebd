package social.rapport.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    @Test
    void withoutANameTheInstanceRunsAlone() {
        assertThat(ClusterSettings.from(Map.of()).payaraOptions()).containsExactly("--nocluster");
        // alone, pre-boot-commands.asadmin keeps sessions out of a replication store: nothing to add
        assertThat(ClusterSettings.from(Map.of()).preBootCommands()).isEmpty();
    }

    @Test
    void aNameWithoutMembersIsRefusedMulticastIsNeverUsed() {
        assertThatThrownBy(() -> ClusterSettings.from(Map.of("RAPPORT_CLUSTER_NAME", "prod")))
                .isInstanceOf(StartupProblem.class).hasMessageContaining("RAPPORT_CLUSTER_MEMBERS");
        assertThatThrownBy(() -> ClusterSettings.from(Map.of("RAPPORT_CLUSTER_NAME", "prod", "RAPPORT_CLUSTER_MEMBERS", "db1")))
                .isInstanceOf(StartupProblem.class).hasMessageContaining("'db1'");
    }

    @Test
    void membersBecomeTcpIpDiscovery() {
        ClusterSettings cluster = ClusterSettings.from(Map.of("RAPPORT_CLUSTER_NAME", "prod",
                "RAPPORT_CLUSTER_MEMBERS", "10.0.0.1:5900, 10.0.0.2:5900", "RAPPORT_CLUSTER_INTERFACE", "10.0.0.1",
                "RAPPORT_CLUSTER_HOST_AWARE", "false"));

        assertThat(cluster.payaraOptions()).containsExactly("--clustername", "prod",
                "--clustermode", "tcpip:10.0.0.1:5900,10.0.0.2:5900", "--startport", "5900",
                "--interfaces", "10.0.0.1", "--nohostaware");
        assertThat(cluster.preBootCommands()) // sessions replicated
                .containsExactly("set configs.config.server-config.availability-service.web-container-availability.availability-enabled=true");
    }
}
