package org.qunbook.plugins.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Reviewed baseline PNGs under {@code src/test/resources/screenshots/}, compared with a tolerance
 * ({@link ImageComparison}). Like {@code GoldenFiles}' {@code -Dgolden.update=true},
 * {@code -Dscreenshots.update=true} (or a missing baseline) writes the baseline and fails, so that a
 * person looks at the picture before it is committed. A mismatch writes the actual image and a diff
 * (differing pixels in red) under {@code target/screenshots/} and names them.
 */
final class ScreenshotBaselines {

    /** Per-channel difference (0–255) below which a pixel counts as the same: anti-aliasing noise. */
    static final int CHANNEL_THRESHOLD = 48;
    /** Share of pixels that may differ by more than that: a few glyph edges, not a bar or a colour. */
    static final double MAX_FRACTION = 0.005;

    private final Path baselines;
    private final Path failures;

    ScreenshotBaselines(Path baselines, Path failures) {
        this.baselines = baselines;
        this.failures = failures;
    }

    static ScreenshotBaselines ofThisModule() {
        return new ScreenshotBaselines(Path.of("src/test/resources/screenshots"), Path.of("target/screenshots"));
    }

    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("screenshots.update", "false"));
    }

    /** Asserts the PNG bytes match {@code <name>.png} (or writes it when missing or updating). */
    void assertMatches(String name, byte[] png) {
        try {
            Path baseline = baselines.resolve(name + ".png");
            BufferedImage actual = ImageIO.read(new ByteArrayInputStream(png));
            if (updating() || !Files.exists(baseline)) {
                Files.createDirectories(baselines);
                Files.write(baseline, png);
                throw new AssertionError("screenshot baseline " + (updating() ? "rewritten" : "was missing and written")
                        + ": " + baseline + "; look at it, and if the chart is drawn right commit it and run the test again"
                        + (updating() ? " without -Dscreenshots.update" : ""));
            }
            ImageComparison comparison = ImageComparison.of(ImageIO.read(baseline.toFile()), actual, CHANNEL_THRESHOLD,
                    MAX_FRACTION);
            if (!comparison.matches()) {
                Files.createDirectories(failures);
                Path actualFile = failures.resolve(name + "-actual.png");
                Files.write(actualFile, png);
                String diffNote = "";
                if (comparison.diff() != null) {
                    Path diffFile = failures.resolve(name + "-diff.png");
                    ImageIO.write(comparison.diff(), "png", diffFile.toFile());
                    diffNote = ", diff (differing pixels in red) " + diffFile;
                }
                throw new AssertionError("screenshot " + name + " differs from " + baseline + ": "
                        + comparison.describe() + "; actual " + actualFile + diffNote
                        + ". If the change is intended, run with -Dscreenshots.update=true, review and commit the baseline");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
