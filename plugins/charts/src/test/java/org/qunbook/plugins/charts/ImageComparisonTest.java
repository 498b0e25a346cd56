package org.qunbook.plugins.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screenshot comparison's tolerance, and what a failing or missing baseline leaves behind. */
class ImageComparisonTest {

    private static BufferedImage chart() {
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 100);
        g.setColor(new Color(10, 116, 100));
        g.fillRect(10, 40, 20, 60);
        g.fillRect(50, 20, 20, 80);
        g.dispose();
        return image;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        copy.getGraphics().drawImage(image, 0, 0, null);
        return copy;
    }

    private static ImageComparison compare(BufferedImage expected, BufferedImage actual) {
        return ImageComparison.of(expected, actual, ScreenshotBaselines.CHANNEL_THRESHOLD, ScreenshotBaselines.MAX_FRACTION);
    }

    @Test
    void identicalImagesMatch() {
        ImageComparison comparison = compare(chart(), chart());
        assertThat(comparison.matches()).isTrue();
        assertThat(comparison.differing()).isZero();
    }

    @Test
    void oneWrongPixelAndAShadeOfNoiseEverywhereStillMatch() {
        BufferedImage actual = copy(chart());
        actual.setRGB(5, 5, 0xff000000);
        for (int x = 0; x < 100; x++) {
            int p = actual.getRGB(x, 50);
            actual.setRGB(x, 50, (p & 0xff00ffff) | ((((p >> 16) & 0xff) ^ 0x1f) << 16)); // red off by < 32
        }
        ImageComparison comparison = compare(chart(), actual);
        assertThat(comparison.differing()).isEqualTo(1);
        assertThat(comparison.matches()).isTrue();
    }

    @Test
    void aTwoPercentRegionInAnotherColourFails() {
        BufferedImage actual = copy(chart());
        Graphics2D g = actual.createGraphics();
        g.setColor(new Color(92, 200, 176)); // the dark theme's bar colour, painted in the light one
        g.fillRect(10, 80, 20, 10); // 200 of 10,000 pixels
        g.dispose();
        ImageComparison comparison = compare(chart(), actual);
        assertThat(comparison.differing()).isEqualTo(200);
        assertThat(comparison.matches()).isFalse();
        assertThat(comparison.describe()).contains("200 of 10000 pixels (2.000%)");
        assertThat(comparison.diff().getRGB(15, 85) & 0xffffff).isEqualTo(0xff0000);
    }

    @Test
    void aChartOfAnotherSizeFails() {
        ImageComparison comparison = compare(chart(), new BufferedImage(100, 101, BufferedImage.TYPE_INT_ARGB));
        assertThat(comparison.matches()).isFalse();
        assertThat(comparison.describe()).contains("100x101 differs from the baseline's 100x100");
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aMismatchWritesTheActualImageAndADiffAndNamesThem(@TempDir Path dir) throws IOException {
        ScreenshotBaselines baselines = new ScreenshotBaselines(dir.resolve("baselines"), dir.resolve("target"));
        Files.createDirectories(dir.resolve("baselines"));
        Files.write(dir.resolve("baselines/bar-light.png"), png(chart()));
        baselines.assertMatches("bar-light", png(chart()));

        BufferedImage wrong = copy(chart());
        Graphics2D g = wrong.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(50, 20, 20, 80);
        g.dispose();
        assertThatThrownBy(() -> baselines.assertMatches("bar-light", png(wrong)))
                .hasMessageContaining("bar-light-actual.png").hasMessageContaining("bar-light-diff.png")
                .hasMessageContaining("-Dscreenshots.update=true");
        assertThat(dir.resolve("target/bar-light-actual.png")).exists();
        assertThat(dir.resolve("target/bar-light-diff.png")).exists();
    }

    @Test
    void aMissingBaselineIsWrittenAndTheTestFailsUntilItIsReviewed(@TempDir Path dir) throws IOException {
        ScreenshotBaselines baselines = new ScreenshotBaselines(dir.resolve("baselines"), dir.resolve("target"));
        assertThatThrownBy(() -> baselines.assertMatches("pie-dark", png(chart())))
                .hasMessageContaining("was missing and written").hasMessageContaining("look at it");
        assertThat(dir.resolve("baselines/pie-dark.png")).exists();
        baselines.assertMatches("pie-dark", png(chart()));
    }
}
