package social.rapport.core.memberdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import social.rapport.core.plugin.PluginRegistry;
import social.rapport.spi.account.ExportFile;
import social.rapport.spi.account.MemberDataHook;

/**
 * "Download my data": a ZIP of JSON files (see {@link ExportQueries} and docs/data-export.md),
 * the member's photos, and each installed plugin's part under {@code plugins/<id>/} (the id of the
 * plugin whose archive holds the hook, not the id the hook reports, so one plugin cannot write
 * into another's folder), enabled or not: a disabled plugin keeps its data; read in one
 * transaction, so the files agree with each other. Built by the export job ({@link ExportBuilder})
 * for a member who asked ({@link ExportRequests}).
 */
@ApplicationScoped
public class MemberExport {

    private static final Logger LOG = Logger.getLogger(MemberExport.class.getName());

    @Inject
    ExportQueries queries;

    @Inject
    PluginRegistry plugins;

    /** How many steps {@link #write} reports: the core's files, the photos, then one per installed plugin. */
    public int steps() {
        return 2 + plugins.declaredBy(MemberDataHook.class).size();
    }

    /**
     * Writes the member's export to {@code out} as a ZIP, telling {@code progress} how many of
     * {@link #steps()} are done after each. For the export job, which builds what the member asked for.
     */
    @Transactional
    public void write(long me, OutputStream out, IntConsumer progress) throws IOException {
        int done = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var file : queries.files(me).entrySet()) {
                put(zip, file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            progress.accept(++done);
            for (ExportQueries.Binary image : queries.images(me)) {
                put(zip, image.path(), image.bytes());
            }
            progress.accept(++done);
            for (MemberDataHook hook : plugins.declaredBy(MemberDataHook.class)) {
                String folder = "plugins/" + plugins.ownerOf(hook) + "/";
                try {
                    for (ExportFile file : hook.export(me)) {
                        put(zip, folder + file.name(), file.json().getBytes(StandardCharsets.UTF_8));
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Plugin " + plugins.ownerOf(hook) + " failed to export member data", e);
                    put(zip, folder + "EXPORT-FAILED.txt",
                            "This plugin could not export its part; try again later.".getBytes(StandardCharsets.UTF_8));
                }
                progress.accept(++done);
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
