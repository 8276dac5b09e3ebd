package social.rapport.plugins.sponsored.report;

import java.util.List;
import java.util.Locale;

/**
 * A server-rendered SVG bar chart of impressions per day, with clicks as a line: no script, no
 * library to load. Only numbers and ISO dates go into the markup, never text a member wrote.
 */
public final class ReportChart {

    private static final int W = 640;
    private static final int H = 220;
    private static final int PAD = 30;

    private ReportChart() {
    }

    public static String svg(List<DayFigures> days, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sponsored-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(W).append(' ').append(H).append("\" width=\"100%\"><title>").append(escape(title)).append("</title>");
        long max = days.stream().mapToLong(DayFigures::impressions).max().orElse(0);
        svg.append("<line x1=\"").append(PAD).append("\" y1=\"").append(H - PAD).append("\" x2=\"").append(W - 10)
                .append("\" y2=\"").append(H - PAD).append("\" stroke=\"#888\"/>");
        if (max == 0) {
            return svg.append("<text x=\"").append(PAD).append("\" y=\"").append(H / 2).append("\">0</text></svg>").toString();
        }
        double slot = (W - PAD - 10) / (double) days.size();
        double bar = Math.max(2, slot * 0.7);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            DayFigures d = days.get(i);
            double height = (H - 2 * PAD) * d.impressions() / (double) max;
            double x = PAD + i * slot;
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a7bd0\">"
                    + "<title>%s: %d impressions, %d clicks</title></rect>", x, H - PAD - height, bar, height, d.day(), d.impressions(), d.clicks()));
            double cy = H - PAD - (H - 2 * PAD) * d.clicks() / (double) max;
            line.append(String.format(Locale.ROOT, "%s%.1f,%.1f", line.length() == 0 ? "" : " ", x + bar / 2, cy));
            if (days.size() <= 14 || i % (days.size() / 7) == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>", x, H - PAD + 14,
                        d.day().toString().substring(5)));
            }
        }
        svg.append("<polyline fill=\"none\" stroke=\"#d0704a\" stroke-width=\"2\" points=\"").append(line).append("\"/>");
        svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%d\" font-size=\"10\">%d</text>", PAD, max));
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The same figures as CSV, one row per day. */
    public static String csv(List<DayFigures> days) {
        StringBuilder csv = new StringBuilder("day,impressions,reach,clicks,ctr_percent,spend_minor_units,average_frequency\n");
        for (DayFigures d : days) {
            if (d.suppressed()) {
                csv.append(d.day()).append(",suppressed,,,,,\n");
            } else {
                csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%.1f,%d,%.1f%n", d.day(), d.impressions(), d.reach(), d.clicks(),
                        d.ctr(), d.spent(), d.frequency()));
            }
        }
        return csv.toString();
    }
}
