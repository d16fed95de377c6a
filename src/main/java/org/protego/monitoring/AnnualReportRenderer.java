package org.protego.monitoring;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays out an annual report as HTML in its own language and direction, and prints that same HTML to PDF with the fonts
 * shipped in the application, reaching for nothing outside it.
 */
@Component
class AnnualReportRenderer {

    static final String TEMPLATE = "monitoring/annual-report";
    static final String FONTS = "monitoring/fonts/";
    static final String FONT_FAMILY = "DejaVu Sans";
    static final String STYLESHEET = "static/css/annual-report.css";

    private final ITemplateEngine templates;
    private final String printStyles;

    AnnualReportRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.printStyles = new String(resource(STYLESHEET), StandardCharsets.UTF_8);
    }

    /** The whole report as a web page, styled by the site's stylesheet. */
    String page(AnnualReportDocument document) {
        return templates.process(TEMPLATE, context(document, false));
    }

    /** The report's body alone, in its own language and direction, to show inside a staff page. */
    String article(AnnualReportDocument document) {
        return templates.process(TEMPLATE, Set.of("report"), context(document, false));
    }

    /** The report as PDF: a draft carries a band saying so on every page. */
    byte[] pdf(AnnualReportDocument document) {
        String html = templates.process(TEMPLATE, context(document, true));
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer())
                    .defaultTextDirection(
                            document.rightToLeft()
                                    ? BaseRendererBuilder.TextDirection.RTL
                                    : BaseRendererBuilder.TextDirection.LTR)
                    .useFont(
                            () -> stream("DejaVuSans.ttf"),
                            FONT_FAMILY,
                            400,
                            BaseRendererBuilder.FontStyle.NORMAL,
                            true)
                    .useFont(
                            () -> stream("DejaVuSans-Bold.ttf"),
                            FONT_FAMILY,
                            700,
                            BaseRendererBuilder.FontStyle.NORMAL,
                            true)
                    // Everything the PDF shows is in the HTML and the fonts above: no link is ever followed.
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank")
                    .withProducer("Protego")
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print the annual report", e);
        }
        return out.toByteArray();
    }

    private Context context(AnnualReportDocument document, boolean print) {
        return new Context(
                Locale.forLanguageTag(document.language()),
                Map.of("report", document, "print", print, "printStyles", print ? printStyles : ""));
    }

    private static InputStream stream(String font) {
        InputStream in = AnnualReportRenderer.class.getClassLoader().getResourceAsStream(FONTS + font);
        if (in == null) {
            throw new IllegalStateException("The font " + FONTS + font + " is missing from the application");
        }
        return in;
    }

    private static byte[] resource(String path) {
        try (InputStream in = AnnualReportRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
