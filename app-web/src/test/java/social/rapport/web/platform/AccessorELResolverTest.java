package social.rapport.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessorELResolverTest {

    public record Author(long id, String name) {
        public String fails() {
            throw new IllegalStateException("from the accessor");
        }

        public String greet(String whom) {
            return "hello " + whom;
        }
    }

    private record Hidden(String secret) {
    }

    private final AccessorELResolver resolver = new AccessorELResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void callsAPublicRecordsAccessorAndSaysItResolvedIt() {
        ELContext context = context();
        assertThat(resolver.invoke(context, new Author(7, "Ana"), "name", new Class<?>[0], new Object[0])).isEqualTo("Ana");
        assertThat(context.isPropertyResolved()).isTrue();
        ELContext again = context();
        assertThat(resolver.invoke(again, new Author(8, "Bob"), "id", null, null)).isEqualTo(8L);
        assertThat(again.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesCallsWithArgumentsUnknownNamesAndNonPublicTypesToTheStandardResolver() {
        ELContext context = context();
        assertThat(resolver.invoke(context, new Author(7, "Ana"), "greet", new Class<?>[] {String.class}, new Object[] {"you"})).isNull();
        assertThat(resolver.invoke(context, new Author(7, "Ana"), "nothing", null, null)).isNull();
        assertThat(resolver.invoke(context, new Hidden("x"), "secret", null, null)).isNull();
        assertThat(resolver.invoke(context, null, "name", null, null)).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void aJdkInternalListIsCalledThroughItsPublicInterface() {
        ELContext context = context();
        Object list = List.of(1, 2, 3); // an instance of a non-public JDK class
        assertThat(resolver.invoke(context, list, "size", null, null)).isEqualTo(3);
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void anExceptionOfTheAccessorComesOutAsAnELExceptionWithItsCause() {
        assertThatThrownBy(() -> resolver.invoke(context(), new Author(7, "Ana"), "fails", null, null))
                .isInstanceOf(ELException.class).hasCauseInstanceOf(IllegalStateException.class);
    }
}
