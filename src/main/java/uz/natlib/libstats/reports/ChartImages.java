package uz.natlib.libstats.reports;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import uz.natlib.libstats.vocabulary.Script;

/**
 * The annual report's charts, drawn with JFreeChart into images at three times their printed
 * size (sharp in print). JFreeChart draws through AWT, which knows no DejaVu unless told: the
 * font is registered from the JasperReports font jar, or Uzbek letters would fall back to boxes.
 */
final class ChartImages {

    private static final String FONT = "DejaVu Sans";
    private static final int SCALE = 3;

    static {
        for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            try (InputStream in = ChartImages.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
                if (in != null) {
                    GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                }
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot load font " + file, e);
            }
        }
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 10));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 10));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 9));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 8));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xC8D0DA));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        org.jfree.chart.ChartFactory.setChartTheme(theme);
    }

    private ChartImages() {
    }

    /** One bar per category (region), e.g. median plan fulfilment in percent. */
    static BufferedImage bars(String title, Map<String, ? extends Number> values, String noData, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((category, value) -> data.addValue(value, "", category));
        JFreeChart chart = ChartFactory.createBarChart(title, null, "%", data, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setNoDataMessage(noData);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x3E6A9E));
        renderer.setMaximumBarWidth(0.05);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator(
                "{2}", new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(Script.UZBEK))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 8));
        // The axis always reaches past 100%, so the target line shows even when every region is far below it.
        double highest = values.values().stream().filter(java.util.Objects::nonNull).mapToDouble(Number::doubleValue)
                .max().orElse(0);
        plot.getRangeAxis().setRange(0, Math.max(110, highest * 1.15));
        ValueMarker target = new ValueMarker(100, new Color(0xB00020), new java.awt.BasicStroke(1f));
        target.setLabel("100%");
        target.setLabelFont(new Font(FONT, Font.PLAIN, 8));
        target.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(target);
        uzbekNumbers(plot);
        return draw(chart, width, height);
    }

    /** Lines by quarter: series name → values of quarters I..IV (null where nothing was reported). */
    static BufferedImage lines(String title, Map<String, Number[]> series, String noData, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int q = 0; q < values.length; q++) {
                data.addValue(values[q], name, Texts.quarter(q + 1));
            }
        });
        JFreeChart chart = ChartFactory.createLineChart(title, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setNoDataMessage(noData);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, new Color(0x3E6A9E));
        renderer.setSeriesPaint(1, new Color(0xB0B8C4));
        renderer.setSeriesStroke(0, new java.awt.BasicStroke(2f));
        uzbekNumbers(plot);
        return draw(chart, width, height);
    }

    /** 1 234 567 on the axis, as in the tables. */
    private static void uzbekNumbers(CategoryPlot plot) {
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(
                new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(Script.UZBEK)));
    }

    private static BufferedImage draw(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }
}
