package social.rapport.web.plugin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import social.rapport.core.plugin.PluginCalls;

/**
 * {@code <r:isolated plugin="...">}: renders its children (a plugin's box and fragment) into a
 * buffer and writes it only if nothing failed. A fragment that throws while it renders, or that
 * {@link PluginInclude} could not build (missing, unparsable), renders nothing; the failure is
 * logged and counted for the plugin ({@link PluginCalls#fragmentFailed}), and the page goes on.
 */
@FacesComponent(IsolatedFragment.TYPE)
public class IsolatedFragment extends UIComponentBase {

    public static final String TYPE = "social.rapport.IsolatedFragment";
    static final String FAILED = "social.rapport.fragmentFailed";

    @Override
    public String getFamily() {
        return "social.rapport.Plugin";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeBegin(FacesContext context) {
        // everything happens in encodeChildren, buffered
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        if (Boolean.TRUE.equals(getAttributes().get(FAILED))) {
            return; // the fragment could not be built: counted when it happened
        }
        ResponseWriter page = context.getResponseWriter();
        StringWriter buffer = new StringWriter();
        context.setResponseWriter(page.cloneWithWriter(buffer));
        try {
            for (UIComponent child : getChildren()) {
                child.encodeAll(context);
            }
            context.getResponseWriter().flush();
        } catch (RuntimeException | IOException e) {
            failed(String.valueOf(getAttributes().get("plugin")), String.valueOf(getAttributes().get("fragment")), e);
            return;
        } finally {
            context.setResponseWriter(page);
        }
        page.write(buffer.toString());
    }

    @Override
    public void encodeEnd(FacesContext context) {
        // nothing: the buffer was written in encodeChildren
    }

    static void failed(String plugin, String fragment, Throwable cause) {
        CDI.current().select(PluginCalls.class).get().fragmentFailed(plugin, fragment, cause);
    }
}
