package social.rapport.web.plugin;

import jakarta.el.ELException;
import jakarta.el.ValueExpression;
import jakarta.el.VariableMapper;
import jakarta.faces.FacesException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <r:pluginInclude src="..." plugin="..." var="item" value="..."/>} inside an
 * {@code <r:isolated>}: includes a plugin's Facelets fragment like {@code ui:include} with one
 * {@code ui:param}, but a fragment that is missing or does not build (bad markup, a tag handler
 * that throws: a FaceletException, which is a FacesException) adds nothing: the components it added are removed, the enclosing
 * {@link IsolatedFragment} renders nothing, and the failure is logged and counted for the plugin.
 */
public class PluginInclude extends TagHandler {

    private final TagAttribute src;
    private final TagAttribute plugin;
    private final TagAttribute var;
    private final TagAttribute value;

    public PluginInclude(TagConfig config) {
        super(config);
        src = getRequiredAttribute("src");
        plugin = getRequiredAttribute("plugin");
        var = getRequiredAttribute("var");
        value = getRequiredAttribute("value");
    }

    @Override
    public void apply(FaceletContext ctx, UIComponent parent) throws IOException {
        String path = src.getValue(ctx);
        String owner = plugin.getValue(ctx);
        List<UIComponent> before = new ArrayList<>(parent.getChildren());
        VariableMapper outer = ctx.getVariableMapper();
        ctx.setVariableMapper(new Scoped(outer, var.getValue(ctx), value.getValueExpression(ctx, Object.class)));
        try {
            ctx.includeFacelet(parent, path);
        } catch (IOException | FacesException | ELException | IllegalArgumentException e) {
            parent.getChildren().retainAll(before);
            for (UIComponent box = parent; box != null; box = box.getParent()) {
                if (box instanceof IsolatedFragment) {
                    box.getAttributes().put(IsolatedFragment.FAILED, true);
                    break;
                }
            }
            IsolatedFragment.failed(owner, path, e);
        } finally {
            ctx.setVariableMapper(outer);
        }
    }

    /** The outer variables plus one. */
    private static final class Scoped extends VariableMapper {

        private final VariableMapper outer;
        private final String name;
        private ValueExpression expression;

        Scoped(VariableMapper outer, String name, ValueExpression expression) {
            this.outer = outer;
            this.name = name;
            this.expression = expression;
        }

        @Override
        public ValueExpression resolveVariable(String variable) {
            if (name.equals(variable)) {
                return expression;
            }
            return outer == null ? null : outer.resolveVariable(variable);
        }

        @Override
        public ValueExpression setVariable(String variable, ValueExpression replacement) {
            if (name.equals(variable)) {
                ValueExpression old = expression;
                expression = replacement;
                return old;
            }
            return outer == null ? null : outer.setVariable(variable, replacement);
        }
    }
}
