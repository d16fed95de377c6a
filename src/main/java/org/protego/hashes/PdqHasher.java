package org.protego.hashes;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Computes PDQ perceptual hashes as written down in {@code shared/design/PDQ.md}, bit for bit: every step works in
 * 32-bit float in the order the document gives, because the reference vectors are only reproduced exactly that way.
 */
public final class PdqHasher {

    /** Side of the grid the image is reduced to before the DCT (PDQ.md section 5). */
    static final int GRID = 64;

    /** Side of the DCT output that is thresholded into the 256 bits (PDQ.md section 7). */
    static final int DCT_SIZE = 16;

    private static final int MIN_SIDE = 5;
    private static final int QUALITY_DIVISOR = 90;
    private static final int MAX_QUALITY = 100;
    private static final float[] DCT_MATRIX = dctMatrix();

    /** Rows filtered side by side in the horizontal pass. */
    private static final int ROW_BLOCK = 8;

    private PdqHasher() {}

    /** Hashes an already decoded image at its full resolution. */
    public static PdqResult hash(BufferedImage image) {
        int rows = image.getHeight();
        int cols = image.getWidth();
        // Section 2: too small to say anything; the reference answers zero rather than failing.
        if (rows < MIN_SIDE || cols < MIN_SIDE) {
            return new PdqResult(new PdqHash(0, 0, 0, 0), 0, new float[DCT_SIZE * DCT_SIZE]);
        }
        float[] grid = downsample(luminance(image), rows, cols);
        float[] dct = dct(grid);
        return new PdqResult(threshold(dct), quality(grid), dct);
    }

    /** Decodes an image file with ImageIO and hashes it; a file that is missing or not a decodable image is an IOException. */
    public static PdqResult hash(Path file) throws IOException {
        return hash(decode(Files.readAllBytes(file), file.toString()));
    }

    /**
     * Decodes image bytes with ImageIO, in memory: ImageIO's default stream cache would otherwise write a temporary file
     * for every image. Bytes that are not a decodable image are an IOException naming {@code name}.
     */
    public static BufferedImage decode(byte[] encoded, String name) throws IOException {
        ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(encoded));
        BufferedImage image;
        try {
            // ImageIO.read closes the stream itself except when no reader accepts it.
            image = ImageIO.read(in);
        } catch (RuntimeException e) {
            // Some decoders signal corrupt data with unchecked exceptions; callers should see one kind of failure.
            throw new IOException(name + ": not a decodable image (" + e + ")", e);
        }
        if (image == null) {
            in.close();
            throw new IOException(name + ": not an image format ImageIO can decode");
        }
        return image;
    }

    /** Section 1: luminance as float, row-major; greyscale images give their sample value, alpha is ignored. */
    static float[] luminance(BufferedImage image) {
        int rows = image.getHeight();
        int cols = image.getWidth();
        float[] luma = new float[rows * cols];
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        if (model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !model.isAlphaPremultiplied()) {
            // getRGB would convert linear grey to sRGB with a gamma curve; the document wants the value itself.
            int max = (1 << model.getComponentSize(0)) - 1;
            int[] samples = new int[cols];
            for (int r = 0; r < rows; r++) {
                raster.getSamples(raster.getMinX(), raster.getMinY() + r, cols, 1, 0, samples);
                for (int c = 0; c < cols; c++) {
                    luma[r * cols + c] = max == 255 ? samples[c] : (samples[c] * 255 + max / 2) / max;
                }
            }
        } else if (isBytePerBandRgb(model, raster)) {
            // Decoded JPEGs land here. Reading their byte array directly is over twice as fast as getRGB or
            // getDataElements, and the values are the same.
            ComponentSampleModel layout = (ComponentSampleModel) raster.getSampleModel();
            DataBuffer buffer = raster.getDataBuffer();
            byte[] data = ((DataBufferByte) buffer).getData();
            int[] offsets = layout.getBandOffsets();
            int red = offsets[0];
            int green = offsets[1];
            int blue = offsets[2];
            int stride = layout.getPixelStride();
            int scanline = layout.getScanlineStride();
            int origin = buffer.getOffset()
                    + (raster.getMinX() - raster.getSampleModelTranslateX()) * stride
                    + (raster.getMinY() - raster.getSampleModelTranslateY()) * scanline;
            for (int r = 0; r < rows; r++) {
                for (int c = 0, p = origin + r * scanline; c < cols; c++, p += stride) {
                    luma[r * cols + c] = luma(data[p + red] & 0xff, data[p + green] & 0xff, data[p + blue] & 0xff);
                }
            }
        } else if (isPackedRgb(model, raster)) {
            // TYPE_INT_RGB and TYPE_INT_ARGB: the packed int is already 0xAARRGGBB.
            int[] pixels = new int[cols];
            for (int r = 0; r < rows; r++) {
                raster.getDataElements(raster.getMinX(), raster.getMinY() + r, cols, 1, pixels);
                for (int c = 0; c < cols; c++) {
                    luma[r * cols + c] = luma(pixels[c]);
                }
            }
        } else {
            int[] argb = new int[cols];
            for (int r = 0; r < rows; r++) {
                image.getRGB(0, r, cols, 1, argb, 0, cols);
                for (int c = 0; c < cols; c++) {
                    luma[r * cols + c] = luma(argb[c]);
                }
            }
        }
        return luma;
    }

    private static boolean isBytePerBandRgb(ColorModel model, Raster raster) {
        return model instanceof ComponentColorModel
                && model.getColorSpace().isCS_sRGB()
                && !model.isAlphaPremultiplied()
                && model.getNumColorComponents() == 3
                && Arrays.stream(model.getComponentSize()).allMatch(bits -> bits == 8)
                && raster.getSampleModel() instanceof ComponentSampleModel layout
                && raster.getDataBuffer() instanceof DataBufferByte
                && Arrays.stream(layout.getBankIndices()).allMatch(bank -> bank == 0);
    }

    private static boolean isPackedRgb(ColorModel model, Raster raster) {
        return model instanceof DirectColorModel direct
                && direct.getColorSpace().isCS_sRGB()
                && !direct.isAlphaPremultiplied()
                && raster.getTransferType() == DataBuffer.TYPE_INT
                && direct.getRedMask() == 0xff0000
                && direct.getGreenMask() == 0xff00
                && direct.getBlueMask() == 0xff;
    }

    private static float luma(int argb) {
        return luma(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
    }

    private static float luma(int red, int green, int blue) {
        // Section 1: float coefficients, summed left to right.
        return 0.299f * red + 0.587f * green + 0.114f * blue;
    }

    /** Sections 3 to 5: blurs and picks the 64 x 64 grid; a 64 x 64 input is already the grid and is returned as is. */
    static float[] downsample(float[] luma, int rows, int cols) {
        if (rows == GRID && cols == GRID) {
            return luma;
        }
        jaroszFilter(luma, rows, cols);
        return decimate(luma, rows, cols);
    }

    /** Section 4: two rounds of a horizontal then a vertical box pass, in place. */
    static void jaroszFilter(float[] luma, int rows, int cols) {
        // Section 3: the window is 1/128 of the side, not 1/64, because the box runs twice.
        int alongRows = (cols + 127) / 128;
        int alongColumns = (rows + 127) / 128;
        float[] scratch = new float[luma.length];
        for (int round = 0; round < 2; round++) {
            boxAlongRows(luma, scratch, rows, cols, alongRows);
            boxAlongColumns(scratch, luma, rows, cols, alongColumns);
        }
    }

    /**
     * The horizontal pass runs a block of rows side by side: each row's running sum is still updated in its own order,
     * but the independent sums keep the processor busy instead of waiting on one chain of dependent additions.
     */
    private static void boxAlongRows(float[] in, float[] out, int rows, int cols, int window) {
        int ahead = (window + 2) / 2;
        int behind = window - ahead;
        float[] sums = new float[ROW_BLOCK];
        for (int first = 0; first < rows; first += ROW_BLOCK) {
            int block = Math.min(ROW_BLOCK, rows - first);
            int start = first * cols;
            // Section 4: a running float sum, primed with the samples before the first output's last one.
            Arrays.fill(sums, 0f);
            for (int k = 0; k < Math.min(ahead - 1, cols); k++) {
                for (int b = 0, base = start; b < block; b++, base += cols) {
                    sums[b] += in[base + k];
                }
            }
            for (int i = 0; i < cols; i++) {
                int entering = i + ahead - 1;
                int leaving = i - behind - 1;
                int count = windowCount(i, ahead, behind, cols);
                for (int b = 0, base = start; b < block; b++, base += cols) {
                    float sum = sums[b];
                    if (entering < cols) {
                        sum += in[base + entering];
                    }
                    if (leaving >= 0) {
                        sum -= in[base + leaving];
                    }
                    sums[b] = sum;
                    out[base + i] = sum / count;
                }
            }
        }
    }

    /**
     * The vertical pass keeps one running sum per column and walks the rows in order, which does each column's float
     * operations in exactly the order a column-by-column pass would, while reading memory sequentially.
     */
    private static void boxAlongColumns(float[] in, float[] out, int rows, int cols, int window) {
        int ahead = (window + 2) / 2;
        int behind = window - ahead;
        float[] sums = new float[cols];
        for (int k = 0; k < Math.min(ahead - 1, rows); k++) {
            addRow(sums, in, k * cols);
        }
        for (int i = 0; i < rows; i++) {
            int entering = i + ahead - 1;
            int leaving = i - behind - 1;
            if (entering < rows) {
                addRow(sums, in, entering * cols);
            }
            if (leaving >= 0) {
                int base = leaving * cols;
                for (int c = 0; c < cols; c++) {
                    sums[c] -= in[base + c];
                }
            }
            int count = windowCount(i, ahead, behind, rows);
            int base = i * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = sums[c] / count;
            }
        }
    }

    private static void addRow(float[] sums, float[] in, int base) {
        for (int c = 0; c < sums.length; c++) {
            sums[c] += in[base + c];
        }
    }

    /** Section 4: near the edges the box is clipped and divided by the samples it actually holds. */
    private static int windowCount(int i, int ahead, int behind, int length) {
        return Math.min(i + ahead - 1, length - 1) - Math.max(i - behind, 0) + 1;
    }

    /** Section 5: a centre-sample pick, computed in double and truncated; smaller images are upsampled the same way. */
    private static float[] decimate(float[] blurred, int rows, int cols) {
        float[] grid = new float[GRID * GRID];
        for (int i = 0; i < GRID; i++) {
            int row = (int) ((i + 0.5) * rows / GRID);
            for (int j = 0; j < GRID; j++) {
                int col = (int) ((j + 0.5) * cols / GRID);
                grid[i * GRID + j] = blurred[row * cols + col];
            }
        }
        return grid;
    }

    /** Section 6: how much neighbouring cells of the grid differ, 0 (flat) to 100. */
    static int quality(float[] grid) {
        int sum = 0;
        for (int i = 0; i < GRID - 1; i++) {
            for (int j = 0; j < GRID; j++) {
                sum += gradient(grid[i * GRID + j], grid[(i + 1) * GRID + j]);
            }
        }
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID - 1; j++) {
                sum += gradient(grid[i * GRID + j], grid[i * GRID + j + 1]);
            }
        }
        return Math.min(MAX_QUALITY, sum / QUALITY_DIVISOR);
    }

    private static int gradient(float u, float v) {
        return Math.abs((int) ((u - v) * 100 / 255));
    }

    /** Section 7: D leaves out the DC term, so its row i has frequency i + 1; computed in double, stored as float. */
    private static float[] dctMatrix() {
        float[] matrix = new float[DCT_SIZE * GRID];
        double scale = StrictMath.sqrt(2.0 / GRID);
        for (int i = 0; i < DCT_SIZE; i++) {
            for (int j = 0; j < GRID; j++) {
                matrix[i * GRID + j] = (float) (scale * StrictMath.cos(Math.PI / 128 * (i + 1) * (2 * j + 1)));
            }
        }
        return matrix;
    }

    /** Section 7: B = (D A) transpose(D) in float, each dot product summed in index order. */
    static float[] dct(float[] grid) {
        float[] partial = new float[DCT_SIZE * GRID];
        for (int i = 0; i < DCT_SIZE; i++) {
            for (int j = 0; j < GRID; j++) {
                float sum = 0;
                for (int k = 0; k < GRID; k++) {
                    sum += DCT_MATRIX[i * GRID + k] * grid[k * GRID + j];
                }
                partial[i * GRID + j] = sum;
            }
        }
        float[] dct = new float[DCT_SIZE * DCT_SIZE];
        for (int i = 0; i < DCT_SIZE; i++) {
            for (int j = 0; j < DCT_SIZE; j++) {
                float sum = 0;
                for (int k = 0; k < GRID; k++) {
                    sum += partial[i * GRID + k] * DCT_MATRIX[j * GRID + k];
                }
                dct[i * DCT_SIZE + j] = sum;
            }
        }
        return dct;
    }

    /**
     * Sections 8 and 9: bit 16 i + j is set when B[i][j] is strictly above the lower median, which makes about half the
     * bits ones whatever the image's contrast.
     */
    static PdqHash threshold(float[] dct) {
        float[] sorted = dct.clone();
        Arrays.sort(sorted);
        float median = sorted[sorted.length / 2 - 1];
        boolean[] bits = new boolean[PdqHash.BITS];
        for (int k = 0; k < bits.length; k++) {
            bits[k] = dct[k] > median;
        }
        return PdqHash.fromBits(bits);
    }
}
