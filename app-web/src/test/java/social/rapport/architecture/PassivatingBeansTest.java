package social.rapport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The WAR is {@code <distributable/>}: Payara serializes the session, and with it the Faces view
 * maps that hold every view-scoped bean, to carry them to another instance (docs/operations.md,
 * "Forms survive"). A bean that keeps a value which cannot be serialized loses its whole view map
 * (Payara logs "Cannot serialize session attribute com.sun.faces.application.view.activeViewMaps")
 * and a form posted to another instance finds nothing. This checks, over the core, the web module
 * and every plugin, that each field a session- or view-scoped bean keeps (not static, not
 * transient, not injected) holds only serializable values, down through the records and classes
 * of Rapport it names and the element types of its collections.
 */
class PassivatingBeansTest {

    static final Set<String> PASSIVATING_SCOPES = Set.of("jakarta.faces.view.ViewScoped", "org.omnifaces.cdi.ViewScoped",
            "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped");

    @Test
    void everyValueASessionOrViewScopedBeanKeepsCanBeSerialized() {
        List<String> problems = new ArrayList<>();
        int beans = 0;
        for (JavaClass bean : new ClassFileImporter().importPackages("social.rapport")) {
            if (bean.getAnnotations().stream().noneMatch(a -> PASSIVATING_SCOPES.contains(a.getRawType().getName()))) {
                continue;
            }
            beans++;
            Class<?> type = bean.reflect();
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " is not Serializable");
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (kept(field) && !field.isAnnotationPresent(Inject.class)) {
                        check(field.getGenericType(), type.getSimpleName() + "." + field.getName(), new HashSet<>(), problems);
                    }
                }
            }
        }
        assertThat(beans).as("session- and view-scoped beans found").isGreaterThan(20);
        assertThat(problems).as("values that would not survive serialization of the session").isEmpty();
    }

    private static boolean kept(Field field) {
        return !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers()) && !field.isSynthetic();
    }

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, seen, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                check(bound, path, seen, problems);
            }
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, seen, problems);
        }
    }

    private static void checkClass(Class<?> c, String path, Set<Type> seen, List<String> problems) {
        if (c.isPrimitive() || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", seen, problems);
            return;
        }
        // The collection interfaces themselves are not Serializable; what is checked is their elements
        // (the implementations the code stores, ArrayList, List.of(), HashMap..., all are).
        if (Collection.class.isAssignableFrom(c) && c.isInterface() || Map.class.isAssignableFrom(c) && c.isInterface()) {
            return;
        }
        if (c == Optional.class) {
            problems.add(path + " is an Optional, which is not Serializable");
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + " holds " + c.getName() + ", which is not Serializable");
            return;
        }
        if (!c.getName().startsWith("social.rapport.")) {
            return; // a JDK or library type that says it is Serializable
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                check(component.getGenericType(), path + "." + component.getName(), seen, problems);
            }
        } else if (!c.isEnum()) {
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field field : k.getDeclaredFields()) {
                    if (kept(field)) {
                        check(field.getGenericType(), path + "." + field.getName(), seen, problems);
                    }
                }
            }
        }
    }
}
