package social.rapport.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every code block in docs/plugins.md marked {@code <!-- sample: <path> -->} is real code: it must
 * appear, line for line, in that file of the repository, so the guide cannot drift from the code.
 */
class DocSamplesTest {

    private static final Pattern SAMPLE = Pattern.compile("<!-- sample: (\\S+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyMarkedSampleIsInItsSourceFile() throws Exception {
        Path root = Path.of("..");
        String guide = Files.readString(root.resolve("docs/plugins.md"), StandardCharsets.UTF_8);
        Matcher samples = SAMPLE.matcher(guide);
        int count = 0;
        while (samples.find()) {
            count++;
            String source = Files.readString(root.resolve(samples.group(1)), StandardCharsets.UTF_8);
            assertThat(source).as("sample %d from %s", count, samples.group(1)).contains(samples.group(2));
        }
        assertThat(count).as("marked samples in docs/plugins.md").isGreaterThanOrEqualTo(4);
    }
}
