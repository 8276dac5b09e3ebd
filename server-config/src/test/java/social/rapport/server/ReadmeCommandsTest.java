package social.rapport.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's two commands are all a fresh clone needs: each is one line naming a script of the
 * repository, and CI ({@code .ci/run}) runs the Test command as the README writes it and installs
 * nothing before it (what the tests need is the command's job, so CI cannot hide a gap).
 */
class ReadmeCommandsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theRunAndTestSectionsEachStartWithOneCommandThatNamesAScriptOfTheRepository() throws IOException {
        for (String section : List.of("Run", "Test")) {
            String command = firstCodeBlock(section);
            assertThat(command).as("the first code block under ## " + section).isNotBlank().doesNotContain("\n");
            Path script = ROOT.resolve(command.split("\\s+")[0]).normalize();
            assertThat(script).as("the script the ## " + section + " command runs").startsWith(ROOT).isRegularFile().isExecutable();
        }
    }

    @Test
    void ciRunsTheReadmeTestCommandAndInstallsNothingBeforeIt() throws Exception {
        Process ci = new ProcessBuilder("bash", ROOT.resolve(".ci/run").toString(), "--print-test-command")
                .redirectErrorStream(true).start();
        String printed = new String(ci.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(ci.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ci.exitValue()).as(printed).isZero();
        assertThat(printed).isEqualTo(firstCodeBlock("Test"));

        assertThat(Files.readString(ROOT.resolve(".ci/run"))).doesNotContain("apt-get");
    }

    /** The lines of the first fenced block under {@code ## <section>}, before the next section. */
    private static String firstCodeBlock(String section) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        int start = lines.indexOf("## " + section);
        assertThat(start).as("README.md has a ## " + section + " section").isNotNegative();
        StringBuilder block = new StringBuilder();
        boolean inBlock = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("```")) {
                if (inBlock) {
                    break;
                }
                inBlock = true;
            } else if (inBlock) {
                block.append(block.isEmpty() ? "" : "\n").append(line);
            }
        }
        return block.toString().strip();
    }
}
