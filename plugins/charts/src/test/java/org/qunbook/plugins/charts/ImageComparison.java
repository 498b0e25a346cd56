package org.qunbook.plugins.charts;

import java.awt.image.BufferedImage;

/**
 * How far a screenshot is from its baseline: the pixels whose red, green, blue or alpha differ by
 * more than {@code channelThreshold} (anti-aliasing and font hinting move edges by a little, a
 * wrong colour or a moved bar by a lot), and whether their share stays within {@code maxFraction}.
 * Images of different sizes never match (a chart that grew or shrank is a change to review).
 *
 * @param diff the actual image greyed out, with each differing pixel in red (null when sizes differ)
 */
record ImageComparison(int differing, long total, int channelThreshold, double maxFraction, String sizes,
        BufferedImage diff) {

    static ImageComparison of(BufferedImage expected, BufferedImage actual, int channelThreshold, double maxFraction) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            String sizes = "size " + actual.getWidth() + "x" + actual.getHeight() + " differs from the baseline's "
                    + expected.getWidth() + "x" + expected.getHeight();
            return new ImageComparison(-1, 0, channelThreshold, maxFraction, sizes, null);
        }
        int width = actual.getWidth();
        int height = actual.getHeight();
        BufferedImage diff = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x, y);
                if (maxChannelDelta(e, a) > channelThreshold) {
                    differing++;
                    diff.setRGB(x, y, 0xff0000);
                } else {
                    int grey = (((a >> 16) & 0xff) + ((a >> 8) & 0xff) + (a & 0xff)) / 3;
                    int faded = 200 + grey * 55 / 255;
                    diff.setRGB(x, y, faded << 16 | faded << 8 | faded);
                }
            }
        }
        return new ImageComparison(differing, (long) width * height, channelThreshold, maxFraction,
                width + "x" + height, diff);
    }

    private static int maxChannelDelta(int p, int q) {
        int max = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            max = Math.max(max, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
        }
        return max;
    }

    boolean matches() {
        return diff != null && differing <= maxFraction * total;
    }

    String describe() {
        if (diff == null) {
            return sizes;
        }
        return String.format(java.util.Locale.ROOT, "%d of %d pixels (%.3f%%) differ by more than %d per channel;"
                + " at most %.3f%% may", differing, total, 100.0 * differing / total, channelThreshold, 100 * maxFraction);
    }
}
