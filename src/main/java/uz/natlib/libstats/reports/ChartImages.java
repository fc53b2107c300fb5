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

    /** Why a category has a bar or not: a value (0 too), no plan to compare with, or no data at all. */
    enum BarState { VALUE, NO_PLAN, NO_DATA }

    /** One category of a bar chart: its value where it has one, else why not. */
    record Bar(String category, Number value, BarState state) {

        static Bar of(String category, Number value, boolean anyData) {
            return new Bar(category, value, value != null ? BarState.VALUE : anyData ? BarState.NO_PLAN : BarState.NO_DATA);
        }
    }

    /** How a category without a bar is shown: the words and their colour, which differ from one state to the other. */
    static final Map<BarState, Color> STATE_COLOURS = Map.of(BarState.NO_PLAN, new Color(0x8A5A00),
            BarState.NO_DATA, new Color(0x6B7480));

    /** One bar per category (region), e.g. median plan fulfilment in percent. */
    static BufferedImage bars(String title, java.util.List<Bar> bars, Map<BarState, String> words, String noData,
                              int width, int height) {
        return draw(barChart(title, bars, words, noData), width, height);
    }

    /**
     * A category without a bar says why at its foot, in words of the state's own colour; a value
     * of 0 keeps a hairline bar and its label "0", so that none of the three looks like another.
     */
    static JFreeChart barChart(String title, java.util.List<Bar> bars, Map<BarState, String> words, String noData) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bars.forEach(bar -> data.addValue(bar.value(), "", bar.category()));
        boolean anyValue = bars.stream().anyMatch(bar -> bar.state() == BarState.VALUE);
        if (!anyValue) {
            data.clear();
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, "%", data, PlotOrientation.VERTICAL, false, false, false);
        chart.getTitle().setMaximumLinesToDisplay(3);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setNoDataMessage(noData);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x3E6A9E));
        renderer.setMaximumBarWidth(0.05);
        renderer.setMinimumBarLength(1.0);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator(
                "{2}", new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(Script.UZBEK))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 8));
        // The axis always reaches past 100%, so the target line shows even when every region is far below it.
        double highest = bars.stream().map(Bar::value).filter(java.util.Objects::nonNull).mapToDouble(Number::doubleValue)
                .max().orElse(0);
        double top = Math.max(110, highest * 1.15);
        plot.getRangeAxis().setRange(0, top);
        ValueMarker target = new ValueMarker(100, new Color(0xB00020), new java.awt.BasicStroke(1f));
        target.setLabel("100%");
        target.setLabelFont(new Font(FONT, Font.PLAIN, 8));
        target.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(target);
        if (anyValue) {
            for (Bar bar : bars) {
                if (bar.state() != BarState.VALUE) {
                    org.jfree.chart.annotations.CategoryTextAnnotation why = new org.jfree.chart.annotations.CategoryTextAnnotation(
                            words.get(bar.state()), bar.category(), top * 0.03);
                    why.setFont(new Font(FONT, bar.state() == BarState.NO_PLAN ? Font.BOLD : Font.ITALIC, 7));
                    why.setPaint(STATE_COLOURS.get(bar.state()));
                    why.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER);
                    plot.addAnnotation(why);
                }
            }
        }
        uzbekNumbers(plot);
        return chart;
    }

    /**
     * Lines by quarter: one value per category, null where nothing was reported.
     *
     * @param subtitle what is drawn, printed under the title
     * @param axis     the value axis's label
     */
    static BufferedImage lines(String title, String subtitle, String axis, java.util.List<String> categories,
                               Map<String, Number[]> series, String noData, int width, int height) {
        return draw(lineChart(title, subtitle, axis, categories, series, noData), width, height);
    }

    /** A series with no value at all is left out, legend entry and all (no "2020" when there is no 2020). */
    static JFreeChart lineChart(String title, String subtitle, String axis, java.util.List<String> categories,
                                Map<String, Number[]> series, String noData) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            if (java.util.Arrays.stream(values).anyMatch(java.util.Objects::nonNull)) {
                for (int q = 0; q < values.length; q++) {
                    data.addValue(values[q], name, categories.get(q));
                }
            }
        });
        JFreeChart chart = ChartFactory.createLineChart(title, null, axis, data, PlotOrientation.VERTICAL, true, false, false);
        // The whole title, wrapped: a cut one would leave the reader guessing which row it is.
        chart.getTitle().setMaximumLinesToDisplay(Integer.MAX_VALUE);
        chart.getTitle().setFont(new Font(FONT, Font.BOLD, 8));
        org.jfree.chart.title.TextTitle under = new org.jfree.chart.title.TextTitle(subtitle, new Font(FONT, Font.ITALIC, 7));
        under.setPaint(new Color(0x444444));
        chart.addSubtitle(0, under);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setNoDataMessage(noData);
        plot.getRangeAxis().setLabelFont(new Font(FONT, Font.PLAIN, 7));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, new Color(0x3E6A9E));
        renderer.setSeriesPaint(1, new Color(0xB0B8C4));
        renderer.setSeriesStroke(0, new java.awt.BasicStroke(2f));
        // means have fractions: 12,5 events per district must not print as two ticks of "13"
        uzbekNumbers(plot, "#,##0.##");
        return chart;
    }

    /** 1 234 567 on the axis, as in the tables. */
    private static void uzbekNumbers(CategoryPlot plot) {
        uzbekNumbers(plot, "#,##0");
    }

    private static void uzbekNumbers(CategoryPlot plot, String pattern) {
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(
                new java.text.DecimalFormat(pattern, java.text.DecimalFormatSymbols.getInstance(Script.UZBEK)));
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
