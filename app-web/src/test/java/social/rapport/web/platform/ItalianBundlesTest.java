package social.rapport.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page speaks English and Italian: each key of an English bundle of the web module (and of
 * every plugin that ships an Italian bundle) is in its Italian sibling, so no Italian page falls
 * back to English text.
 */
class ItalianBundlesTest {

    @Test
    void everyEnglishKeyHasAnItalianText() throws IOException {
        List<Path> english = englishBundles();
        assertThat(english).as("bundles found").hasSizeGreaterThanOrEqualTo(8);
        for (Path bundle : english) {
            Path italian = bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", "_it.properties"));
            Set<String> missing = new TreeSet<>(load(bundle).stringPropertyNames());
            missing.removeAll(load(italian).stringPropertyNames());
            assertThat(missing).as("keys of %s missing in %s", bundle, italian.getFileName()).isEmpty();
        }
    }

    @Test
    void everyWebBundleHasAnItalianSibling() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/social/rapport/web/i18n"))) {
            files.filter(p -> !p.getFileName().toString().contains("_")).forEach(p -> assertThat(
                    p.resolveSibling(p.getFileName().toString().replace(".properties", "_it.properties"))).as("Italian of " + p).exists());
        }
    }

    /** The web module's bundles, and the plugins' bundles that have an Italian sibling. */
    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> web = Files.list(Path.of("src/main/resources/social/rapport/web/i18n"));
             Stream<Path> plugins = Files.walk(Path.of("../plugins"))) {
            return Stream.concat(web, plugins.filter(p -> p.toString().contains("/src/main/resources/") && p.toString().contains("/i18n/")))
                    .filter(p -> p.getFileName().toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replace(".properties", "_it.properties"))))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
