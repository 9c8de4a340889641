import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes icons/ladderbench.ico (Windows) and icons/ladderbench.icns (macOS) from the PNGs in icons/, so that
 * no platform tool is needed: both formats may hold PNG images as they are (ICO since Windows Vista, ICNS
 * since Mac OS X 10.7). Run from the repository root: {@code java packaging/tools/IconFiles.java}.
 */
public final class IconFiles {

    private static final Path ICONS = Path.of("icons");

    /** The ICO sizes; 256 is the largest an ICO entry holds. */
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    /** The ICNS element types that take PNG data, by pixel size (Apple's icns type codes). */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic11", 32);   // 16 pt at 2x
        ICNS_TYPES.put("ic12", 64);   // 32 pt at 2x
        ICNS_TYPES.put("ic13", 256);  // 128 pt at 2x
        ICNS_TYPES.put("ic14", 512);  // 256 pt at 2x
    }

    private IconFiles() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(ICONS.resolve("ladderbench.ico"), ico());
        Files.write(ICONS.resolve("ladderbench.icns"), icns());
    }

    private static byte[] png(int size) throws IOException {
        return Files.readAllBytes(ICONS.resolve("ladderbench-" + size + ".png"));
    }

    /** ICONDIR, one little-endian ICONDIRENTRY per image, then the images. */
    private static byte[] ico() throws IOException {
        byte[][] images = new byte[ICO_SIZES.length][];
        int headerSize = 6 + 16 * ICO_SIZES.length;
        int total = headerSize;
        for (int i = 0; i < ICO_SIZES.length; i++) {
            images[i] = png(ICO_SIZES[i]);
            total += images[i].length;
        }
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        int offset = headerSize;
        for (int i = 0; i < ICO_SIZES.length; i++) {
            int side = ICO_SIZES[i] == 256 ? 0 : ICO_SIZES[i];   // 0 stands for 256
            out.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32);
            out.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            out.put(image);
        }
        return out.array();
    }

    /** 'icns', the big-endian file length, then per element its type, length (header included) and PNG. */
    private static byte[] icns() throws IOException {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(elements);
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] image = png(type.getValue());
            data.writeBytes(type.getKey());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + elements.size());
        elements.writeTo(file);
        return file.toByteArray();
    }
}
