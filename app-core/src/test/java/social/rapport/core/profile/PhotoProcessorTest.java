package social.rapport.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import social.rapport.core.platform.Refusal;

class PhotoProcessorTest {

    static final List<Integer> SIZES = List.of(400, 96);

    static byte[] image(String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A PNG whose header claims these dimensions; the pixel data is a token, as it is never read. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static void assertSquareJpegs(Map<Integer, byte[]> result) throws IOException {
        assertThat(result).containsOnlyKeys(400, 96);
        for (Map.Entry<Integer, byte[]> size : result.entrySet()) {
            assertThat(PhotoProcessor.sniff(size.getValue())).isEqualTo(PhotoProcessor.Format.JPEG);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(size.getValue()));
            assertThat(decoded.getWidth()).isEqualTo(size.getKey());
            assertThat(decoded.getHeight()).isEqualTo(size.getKey());
        }
    }

    @Test
    void aJpegIsCroppedToASquareAndReEncodedInEachSize() throws IOException {
        assertSquareJpegs(PhotoProcessor.process(image("jpeg", 1200, 800, BufferedImage.TYPE_INT_RGB), SIZES));
    }

    @Test
    void aPngWithTransparencyIsAccepted() throws IOException {
        assertSquareJpegs(PhotoProcessor.process(image("png", 300, 500, BufferedImage.TYPE_INT_ARGB), SIZES));
    }

    @Test
    void aWebpIsAccepted() throws IOException {
        try (InputStream webp = getClass().getResourceAsStream("photo.webp")) {
            assertSquareJpegs(PhotoProcessor.process(webp.readAllBytes(), SIZES));
        }
    }

    @Test
    void theTypeIsJudgedByContentNotByName() {
        byte[] text = "this is not a photo, whatever its name says".getBytes(StandardCharsets.UTF_8);
        assertRefused(text, "profile.photo.wrongType");
        assertRefused(new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0}, "profile.photo.wrongType");
    }

    @Test
    void aTruncatedJpegIsRefused() throws IOException {
        byte[] jpeg = image("jpeg", 800, 800, BufferedImage.TYPE_INT_RGB);
        assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), "profile.photo.corrupt");
    }

    @Test
    void aTruncatedPngIsRefused() throws IOException {
        byte[] png = image("png", 800, 800, BufferedImage.TYPE_INT_RGB);
        assertRefused(Arrays.copyOf(png, png.length / 2), "profile.photo.corrupt");
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeaderBeforeDecoding() {
        assertRefused(pngHeader(8000, 6000), "profile.photo.tooManyPixels");
        assertRefused(pngHeader(30000, 10), "profile.photo.tooManyPixels");
    }

    @Test
    void moreThanFiveMegabytesAreRefused() {
        byte[] big = new byte[PhotoProcessor.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertRefused(big, "profile.photo.tooLarge");
    }

    @Test
    void nothingIsRefused() {
        assertRefused(new byte[0], "profile.photo.missing");
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> PhotoProcessor.process(bytes, SIZES))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).messageKey()).isEqualTo(key))
                .satisfies(e -> assertThat(((Refusal) e).field()).isEqualTo("photo"));
    }
}
