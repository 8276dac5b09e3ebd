package social.rapport.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface of rapport-spi (every public type and its public and protected members) is
 * committed in {@code rapport-spi/spi-signatures.txt}. A change to the contract fails this test
 * until the file is updated in the same change ({@code -Dspi.signatures.update=true}), so every
 * contract change is visible in review.
 */
class SignatureSnapshotTest {

    private static final Path SNAPSHOT = Path.of("spi-signatures.txt");

    @Test
    void theSurfaceMatchesTheCommittedSnapshot() throws Exception {
        String surface = String.join("\n", surface()) + "\n";
        if (Boolean.getBoolean("spi.signatures.update")) {
            Files.writeString(SNAPSHOT, surface, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(SNAPSHOT)).as("rapport-spi/spi-signatures.txt exists (create it with -Dspi.signatures.update=true)").isTrue();
        assertThat(surface)
                .as("The SPI's public surface changed: review it, then run the rapport-spi tests with -Dspi.signatures.update=true "
                        + "and commit rapport-spi/spi-signatures.txt with the change")
                .isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
    }

    static List<String> surface() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("package-info.class"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name.replace('$', '$'), false, SignatureSnapshotTest.class.getClassLoader());
            if (!Modifier.isPublic(type.getModifiers()) || type.isSynthetic() || type.isAnonymousClass()) {
                continue;
            }
            lines.add(header(type));
            List<String> members = new ArrayList<>();
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    members.add("  field " + Modifier.toString(f.getModifiers()) + " " + f.getGenericType().getTypeName() + " " + f.getName());
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers()) && !c.isSynthetic()) {
                    members.add("  new(" + params(c.getGenericParameterTypes()) + ")");
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    members.add("  " + (m.isDefault() ? "default " : "") + (Modifier.isStatic(m.getModifiers()) ? "static " : "")
                            + m.getGenericReturnType().getTypeName() + " " + m.getName() + "(" + params(m.getGenericParameterTypes()) + ")");
                }
            }
            members.sort(null);
            lines.addAll(members);
        }
        return lines;
    }

    private static String header(Class<?> type) {
        String kind = type.isRecord() ? "record" : type.isEnum() ? "enum" : type.isInterface() ? "interface" : "class";
        StringBuilder header = new StringBuilder(kind).append(' ').append(type.getName());
        if (type.isRecord()) {
            header.append('(').append(Arrays.stream(type.getRecordComponents())
                    .map(c -> c.getGenericType().getTypeName() + " " + c.getName()).collect(Collectors.joining(", "))).append(')');
        }
        if (type.getGenericSuperclass() != null && !type.isRecord() && !type.isEnum() && type.getSuperclass() != Object.class) {
            header.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            header.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(type.getGenericInterfaces())
                    .map(t -> t.getTypeName()).collect(Collectors.joining(", ")));
        }
        if (type.isEnum()) {
            header.append(" {").append(Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))).append('}');
        }
        return header.toString();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String params(java.lang.reflect.Type[] types) {
        return Arrays.stream(types).map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(", "));
    }

}
