package social.rapport.core.profile;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import social.rapport.core.platform.Refusal;

/**
 * Checks an uploaded photo and re-encodes it: JPEG, PNG or WebP (recognised by content, not by
 * name) up to {@value #MAX_BYTES} bytes and {@value #MAX_PIXELS} pixels, the dimensions read
 * from the header before anything is decoded. The result is square JPEGs in the sizes the pages
 * use; nothing of the original file (metadata, location, embedded scripts) survives.
 */
public final class PhotoProcessor {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MAX_SIDE = 20_000;
    static final float QUALITY = 0.85f;
    /** Decoding is the memory-hungry part: at most this many at once per instance. */
    private static final Semaphore DECODING = new Semaphore(2);

    public enum Format { JPEG, PNG, WEBP }

    private PhotoProcessor() {
    }

    /**
     * The photo as JPEG bytes per square size (e.g. 400 and 96 pixels).
     *
     * @throws Refusal on field {@code photo}: too large, not a JPEG/PNG/WebP, too many pixels, or unreadable
     */
    public static Map<Integer, byte[]> process(byte[] bytes, List<Integer> sizes) {
        BufferedImage square = squareRgb(decodeChecked(bytes, sizes.stream().mapToInt(Integer::intValue).max().orElse(400)));
        Map<Integer, byte[]> result = new LinkedHashMap<>();
        for (int size : sizes) {
            result.put(size, jpeg(scale(square, size)));
        }
        return result;
    }

    /**
     * A picture (a post's image, an event's cover) as JPEG bytes per width, keeping its aspect
     * ratio and never enlarging it; same checks as {@link #process}.
     *
     * @throws Refusal on field {@code photo}, like {@link #process}
     */
    public static Map<Integer, byte[]> processKeepingShape(byte[] bytes, List<Integer> widths) {
        BufferedImage image = decodeChecked(bytes, widths.stream().mapToInt(Integer::intValue).max().orElse(1200));
        Map<Integer, byte[]> result = new LinkedHashMap<>();
        for (int width : widths) {
            int w = Math.min(width, image.getWidth());
            int h = Math.max(1, (int) Math.round((double) image.getHeight() * w / image.getWidth()));
            BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = target.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(image, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            result.put(width, jpeg(target));
        }
        return result;
    }

    /** The decoded image after every check, subsampled to about {@code largest} pixels. */
    private static BufferedImage decodeChecked(byte[] bytes, int largest) {
        if (bytes == null || bytes.length == 0) {
            throw new Refusal("photo", "profile.photo.missing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refusal("photo", "profile.photo.tooLarge");
        }
        Format format = sniff(bytes);
        if (format == null) {
            throw new Refusal("photo", "profile.photo.wrongType");
        }
        try {
            DECODING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal("photo", "profile.photo.corrupt");
        }
        try {
            return decode(bytes, format, largest);
        } finally {
            DECODING.release();
        }
    }

    /** The format by the file's magic bytes, or null when it is none of ours. */
    public static Format sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Format.JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Format.PNG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Format.WEBP;
        }
        return null;
    }

    private static ImageReader reader(Format format) throws IOException {
        if (format == Format.WEBP) {
            // created directly: plugins in a web application are not in ImageIO's JVM-wide registry
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == Format.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IOException("no reader for " + format);
        }
        return readers.next();
    }

    private static BufferedImage decode(byte[] bytes, Format format, int largest) {
        ImageReader reader = null;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader = reader(format);
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                throw new Refusal("photo", "profile.photo.tooManyPixels");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            // decode big photos at a fraction of their size: the pages need at most `largest` pixels
            int subsampling = (int) Math.max(1, Math.min(width, height) / (2L * largest));
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            boolean[] damaged = {false};
            // the JDK's JPEG reader reports a truncated file as a warning and returns a grey remainder
            reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> damaged[0] = true);
            BufferedImage image = reader.read(0, param);
            if (damaged[0] || image == null) {
                throw new Refusal("photo", "profile.photo.corrupt");
            }
            return image;
        } catch (Refusal refusal) {
            throw refusal;
        } catch (IOException | RuntimeException e) {
            throw new Refusal("photo", "profile.photo.corrupt");
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /** The centre square, on white where the original was transparent. */
    static BufferedImage squareRgb(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int x = (image.getWidth() - side) / 2;
        int y = (image.getHeight() - side) / 2;
        BufferedImage square = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, side, side);
            g.drawImage(image, 0, 0, side, side, x, y, x + side, y + side, null);
        } finally {
            g.dispose();
        }
        return square;
    }

    /** Scales down in halving steps (better than one bilinear step), or up in one. */
    static BufferedImage scale(BufferedImage square, int size) {
        BufferedImage current = square;
        int side = square.getWidth();
        while (side / 2 >= size) {
            side /= 2;
            current = resize(current, side);
        }
        return side == size ? current : resize(current, size);
    }

    private static BufferedImage resize(BufferedImage source, int side) {
        BufferedImage target = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, side, side, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
