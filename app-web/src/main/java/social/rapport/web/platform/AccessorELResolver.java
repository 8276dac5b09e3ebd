package social.rapport.web.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls without arguments in page expressions ({@code #{entry.post().author().id()}}: the
 * accessors of the records the services return, which EL 5 cannot read as properties) with the
 * method looked up once per class and name. The standard {@code BeanELResolver} finds the method
 * again on every call ({@code Class.getMethods()}, which copies every public method), and a feed
 * page makes thousands of such calls. Only public, no-argument methods declared by a public type
 * are handled here; anything else (arguments, overloads, a method of a non-public class) goes on
 * to the standard resolvers, unchanged. Registered in faces-config.xml. The cache holds
 * {@link Method}s only, per class (a {@link ClassValue}, so it never keeps a class loader alive).
 */
public class AccessorELResolver extends ELResolver {

    private static final ClassValue<ConcurrentHashMap<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name)
                || (params != null && params.length > 0) || (paramTypes != null && paramTypes.length > 0)) {
            return null;
        }
        Method accessor = ACCESSORS.get(base.getClass()).computeIfAbsent(name, n -> accessor(base.getClass(), n)).orElse(null);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, method);
            return value;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            return null; // not ours to call after all: the standard resolver decides
        }
    }

    /** The public no-argument method {@code name} of {@code type}, as a public type declares it (an interface's, say, for a JDK-internal list). */
    static Optional<Method> accessor(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Method m = declaredPublicly(c, name);
            if (m != null) {
                return Optional.of(m);
            }
            for (Class<?> i : c.getInterfaces()) {
                Optional<Method> inInterface = accessor(i, name);
                if (inInterface.isPresent()) {
                    return inInterface;
                }
            }
        }
        return Optional.empty();
    }

    private static Method declaredPublicly(Class<?> c, String name) {
        if (!Modifier.isPublic(c.getModifiers())) {
            return null;
        }
        try {
            Method m = c.getMethod(name);
            boolean callable = Modifier.isPublic(m.getModifiers()) && Modifier.isPublic(m.getDeclaringClass().getModifiers())
                    && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class;
            return callable ? m : null;
        } catch (NoSuchMethodException | SecurityException e) {
            return null;
        }
    }

    // Only method calls are resolved here; properties are left to the standard resolvers.

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not resolved here
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
