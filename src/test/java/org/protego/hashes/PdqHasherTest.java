package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Behaviour of the hasher on generated images; no photographs are involved. */
class PdqHasherTest {

    private static final PdqHash ZERO = new PdqHash(0, 0, 0, 0);

    @Test
    void imagesUnderFivePixelsOnASideHashToZeroWithQualityZero() {
        for (int[] size : new int[][] {{4, 4}, {4, 300}, {300, 4}, {1, 1}}) {
            PdqResult result = PdqHasher.hash(new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB));
            assertThat(result.hash()).isEqualTo(ZERO);
            assertThat(result.quality()).isZero();
            assertThat(result.isReliable()).isFalse();
        }
    }

    @Test
    void flatGreyImageHasLowQualityAndIsFlaggedUnreliable() {
        BufferedImage grey = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grey.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, 200, 150);
        g.dispose();

        PdqResult result = PdqHasher.hash(grey);

        assertThat(result.quality()).isLessThan(PdqResult.RELIABLE_QUALITY);
        assertThat(result.isReliable()).isFalse();
    }

    @Test
    void detailedGeneratedImageIsReliable() {
        assertThat(PdqHasher.hash(scene(320, 240)).isReliable()).isTrue();
    }

    @Test
    void hashingIsDeterministic() {
        PdqResult first = PdqHasher.hash(scene(320, 240));
        PdqResult second = PdqHasher.hash(scene(320, 240));
        assertThat(second).isEqualTo(first);
        assertThat(PdqHasher.hash(scene(320, 240)).hash()).isEqualTo(first.hash());
    }

    @Test
    void brightenedCopyStaysWithinMatchingDistance() {
        BufferedImage original = scene(320, 240);
        PdqHash hash = PdqHasher.hash(original).hash();
        assertThat(PdqHasher.hash(brightened(original, 12)).hash().distanceTo(hash))
                .isLessThanOrEqualTo(31);
    }

    @Test
    void resizedCopiesStayWithinMatchingDistance() {
        BufferedImage original = scene(320, 240);
        PdqHash hash = PdqHasher.hash(original).hash();
        assertThat(PdqHasher.hash(resized(original, 200, 150)).hash().distanceTo(hash))
                .isLessThanOrEqualTo(31);
        assertThat(PdqHasher.hash(resized(original, 640, 480)).hash().distanceTo(hash))
                .isLessThanOrEqualTo(31);
    }

    @Test
    void differentGeneratedImagesAreFarApart() {
        PdqHash scene = PdqHasher.hash(scene(320, 240)).hash();
        PdqHash other = PdqHasher.hash(otherScene(320, 240)).hash();
        assertThat(scene.distanceTo(other)).isGreaterThan(80);
    }

    @Test
    void sixtyFourSquareImageIsHashedWithoutFiltering() {
        BufferedImage noise = noise(64, 64, 7);
        float[] luminance = PdqHasher.luminance(noise);

        float[] grid = PdqHasher.downsample(luminance.clone(), 64, 64);

        // Section 5: the 64 x 64 grid is the luminance itself, where a blur of width 1 would still round a few sums.
        assertThat(grid).containsExactly(luminance);
        float[] filtered = luminance.clone();
        PdqHasher.jaroszFilter(filtered, 64, 64);
        assertThat(filtered).isNotEqualTo(luminance);
        assertThat(PdqHasher.hash(noise).hash()).isEqualTo(PdqHasher.threshold(PdqHasher.dct(luminance)));
    }

    @Test
    void everyRgbPixelLayoutGivesTheSameLuminanceAsGetRgb() {
        int[] types = {
            BufferedImage.TYPE_3BYTE_BGR,
            BufferedImage.TYPE_4BYTE_ABGR,
            BufferedImage.TYPE_INT_RGB,
            BufferedImage.TYPE_INT_ARGB,
            BufferedImage.TYPE_INT_BGR
        };
        for (int type : types) {
            BufferedImage whole = new BufferedImage(120, 90, type);
            Graphics2D g = whole.createGraphics();
            g.drawImage(scene(120, 90), 0, 0, null);
            g.dispose();
            // A sub-image shares its parent's pixel array at an offset, which the fast paths must respect.
            BufferedImage part = whole.getSubimage(13, 7, 100, 80);
            float[] expected = new float[100 * 80];
            for (int y = 0; y < 80; y++) {
                for (int x = 0; x < 100; x++) {
                    int rgb = part.getRGB(x, y);
                    expected[y * 100 + x] =
                            0.299f * (rgb >> 16 & 0xff) + 0.587f * (rgb >> 8 & 0xff) + 0.114f * (rgb & 0xff);
                }
            }
            assertThat(PdqHasher.luminance(part)).as("image type %d", type).containsExactly(expected);
        }
    }

    @Test
    void greyscaleImageIsHashedFromItsSampleValues() {
        BufferedImage colour = scene(160, 120);
        BufferedImage grey = new BufferedImage(160, 120, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage greyAsRgb = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        float[] samples = new float[160 * 120];
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 160; x++) {
                int value = colour.getRGB(x, y) & 0xff;
                grey.getRaster().setSample(x, y, 0, value);
                greyAsRgb.setRGB(x, y, value << 16 | value << 8 | value);
                samples[y * 160 + x] = value;
            }
        }

        // Section 1: the value itself, not getRGB's gamma-converted one.
        assertThat(PdqHasher.luminance(grey)).containsExactly(samples);
        PdqResult ofGrey = PdqHasher.hash(grey);
        PdqResult ofRgb = PdqHasher.hash(greyAsRgb);
        assertThat(ofGrey.hash().distanceTo(ofRgb.hash())).isLessThanOrEqualTo(2);
        assertThat(ofGrey.quality()).isEqualTo(ofRgb.quality());
    }

    @Test
    void dihedralVariantsEqualTheHashesOfTheTransformedPixels() {
        // At 64 and 320 pixels the blur window is odd and the centre samples are symmetric, so a transformed image
        // yields exactly the transformed grid and only float rounding could make a variant differ from a re-hash.
        for (int side : new int[] {64, 320}) {
            BufferedImage square = scene(side, side);
            List<PdqHash> variants = PdqHasher.hash(square).dihedralVariants();
            List<UnaryOperator<BufferedImage>> transforms = List.of(
                    image -> image,
                    image -> transformed(image, (x, y, n) -> new int[] {y, n - 1 - x}),
                    image -> transformed(image, (x, y, n) -> new int[] {n - 1 - x, n - 1 - y}),
                    image -> transformed(image, (x, y, n) -> new int[] {n - 1 - y, x}),
                    image -> transformed(image, (x, y, n) -> new int[] {x, n - 1 - y}),
                    image -> transformed(image, (x, y, n) -> new int[] {n - 1 - x, y}),
                    image -> transformed(image, (x, y, n) -> new int[] {y, x}),
                    image -> transformed(image, (x, y, n) -> new int[] {n - 1 - y, n - 1 - x}));
            assertThat(variants)
                    .hasSize(8)
                    .first()
                    .isEqualTo(PdqHasher.hash(square).hash());
            for (int k = 0; k < variants.size(); k++) {
                PdqHash rehashed =
                        PdqHasher.hash(transforms.get(k).apply(square)).hash();
                assertThat(variants.get(k).distanceTo(rehashed))
                        .as("%s at %d pixels", DihedralTransform.values()[k], side)
                        .isLessThanOrEqualTo(2);
            }
        }
    }

    /** A harmless synthetic picture: a gradient sky, a sun, hills and a house. */
    static BufferedImage scene(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(width / 320.0, height / 240.0);
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 200), 0, 160, new Color(250, 200, 120)));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(255, 230, 60));
        g.fill(new Ellipse2D.Double(230, 30, 50, 50));
        g.setColor(new Color(30, 120, 40));
        g.fillPolygon(new int[] {0, 90, 200, 320, 320, 0}, new int[] {170, 120, 160, 110, 240, 240}, 6);
        g.setColor(new Color(150, 60, 40));
        g.fillRect(60, 150, 70, 55);
        g.setColor(new Color(90, 30, 20));
        g.fillPolygon(new int[] {50, 95, 140}, new int[] {150, 115, 150}, 3);
        g.setColor(new Color(240, 240, 200));
        g.fillRect(80, 165, 18, 18);
        g.dispose();
        return image;
    }

    /** A second, unrelated synthetic picture: stripes under a radial glow with a dark ring. */
    static BufferedImage otherScene(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(width / 320.0, height / 240.0);
        for (int x = 0; x < 320; x += 40) {
            g.setColor(x % 80 == 0 ? new Color(220, 220, 230) : new Color(60, 60, 90));
            g.fillRect(x, 0, 40, 240);
        }
        g.setPaint(new RadialGradientPaint(
                110, 150, 90, new float[] {0f, 1f}, new Color[] {new Color(255, 120, 0, 220), new Color(255, 120, 0, 0)
                }));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(10, 10, 10));
        g.setStroke(new BasicStroke(14));
        g.draw(new Ellipse2D.Double(170, 40, 110, 110));
        g.dispose();
        return image;
    }

    private static BufferedImage brightened(BufferedImage source, int amount) {
        BufferedImage result = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                int rgb = source.getRGB(x, y);
                int red = Math.min(255, (rgb >> 16 & 0xff) + amount);
                int green = Math.min(255, (rgb >> 8 & 0xff) + amount);
                int blue = Math.min(255, (rgb & 0xff) + amount);
                result.setRGB(x, y, red << 16 | green << 8 | blue);
            }
        }
        return result;
    }

    private static BufferedImage resized(BufferedImage source, int width, int height) {
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return result;
    }

    /** Where pixel (x, y) of an n x n square goes. */
    private interface PixelMove {
        int[] target(int x, int y, int n);
    }

    private static BufferedImage transformed(BufferedImage square, PixelMove move) {
        int n = square.getWidth();
        BufferedImage result = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int[] target = move.target(x, y, n);
                result.setRGB(target[0], target[1], square.getRGB(x, y));
            }
        }
        return result;
    }

    private static BufferedImage noise(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }
}
