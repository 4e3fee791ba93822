package dev.wanr2v.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** An image too large for wan26api, for the fitting tests of the command. */
public final class FitOptionTestImages {
    private FitOptionTestImages() {
    }

    /** A 2400x1800 JPEG in {@code dir}, named {@code photo.jpg}. */
    public static Path largeJpeg(Path dir) throws IOException {
        BufferedImage image = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 2400, 1800);
        g.dispose();
        Path file = dir.resolve("photo.jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

}
