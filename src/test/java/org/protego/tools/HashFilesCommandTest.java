package org.protego.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protego.hashes.PdqHasher;
import org.protego.hashes.PdqResult;

class HashFilesCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneLineWithHashQualityDigestsAndFileName() throws Exception {
        Path png = generatedPng("scene.png");

        int status = run(List.of(png.toString()));

        byte[] bytes = Files.readAllBytes(png);
        PdqResult expected = PdqHasher.hash(png);
        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(lines(out))
                .containsExactly(String.join(
                        ",",
                        expected.hash().toHex(),
                        Integer.toString(expected.quality()),
                        digest("MD5", bytes),
                        digest("SHA-256", bytes),
                        png.toString()));
        assertThat(lines(out).get(0)).matches("[0-9a-f]{64},\\d{1,3},[0-9a-f]{32},[0-9a-f]{64},.+");
    }

    @Test
    void reportsUnreadableFilesOnErrorAndStillHashesTheOthers() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "not an image");
        Path missing = folder.resolve("missing.png");
        Path png = generatedPng("scene.png");

        int status = run(List.of(text.toString(), missing.toString(), png.toString()));

        assertThat(status).isNotZero();
        assertThat(lines(out)).hasSize(1).allMatch(line -> line.endsWith("," + png));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes.txt").contains("missing.png");
    }

    @Test
    void refusesAnEmptyFileList() {
        assertThat(run(List.of())).isNotZero();
        assertThat(out.size()).isZero();
    }

    private int run(List<String> files) {
        return HashFilesCommand.run(
                files,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path generatedPng(String name) throws IOException {
        Path file = folder.resolve(name);
        ImageIO.write(scene(), "png", file.toFile());
        return file;
    }

    /** A small synthetic picture with enough structure for a reliable hash: a gradient sky, a sun and a hill. */
    private static BufferedImage scene() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 200), 0, 160, new Color(250, 200, 120)));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(255, 230, 60));
        g.fillOval(230, 30, 50, 50);
        g.setColor(new Color(30, 120, 40));
        g.fillPolygon(new int[] {0, 90, 200, 320, 320, 0}, new int[] {170, 120, 160, 110, 240, 240}, 6);
        g.dispose();
        return image;
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String digest(String algorithm, byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    }
}
