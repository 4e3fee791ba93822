package dev.wanr2v.mediafit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Encodes with the JDK's writers: JPEG at a fixed quality (baseline, 4:2:0), PNG lossless. */
final class Encoding {
    /** JPEG quality of fitted images: high enough that re-encoding leaves no visible artefacts. */
    static final float JPEG_QUALITY = 0.92f;

    private Encoding() {
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        return write(image, "jpeg", JPEG_QUALITY);
    }

    static byte[] png(BufferedImage image) throws IOException {
        return write(image, "png", -1);
    }

    private static byte[] write(BufferedImage image, String format, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("no " + format + " writer in this JVM");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality > 0 && param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
