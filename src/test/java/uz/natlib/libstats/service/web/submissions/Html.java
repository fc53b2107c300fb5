package uz.natlib.libstats.service.web.submissions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough of an HTML reader for the pages' tests: elements by an attribute, their text. */
public final class Html {

    private Html() {
    }

    /** Every element (from its start tag to the matching close of its name) with that attribute value. */
    public static List<String> elements(String html, String tag, String attribute, String value) {
        List<String> found = new ArrayList<>();
        Matcher start = Pattern.compile("<" + tag + "\\b[^>]*\\b" + Pattern.quote(attribute) + "=\""
                + (value == null ? "[^\"]*" : Pattern.quote(value)) + "\"[^>]*>").matcher(html);
        while (start.find()) {
            int end = html.indexOf("</" + tag + ">", start.end());
            found.add(html.substring(start.start(), end < 0 ? html.length() : end + tag.length() + 3));
        }
        return found;
    }

    public static String element(String html, String tag, String attribute, String value) {
        List<String> all = elements(html, tag, attribute, value);
        if (all.size() != 1) {
            throw new AssertionError(all.size() + " <" + tag + " " + attribute + "=\"" + value + "\"> in the page");
        }
        return all.get(0);
    }

    /** An attribute of the first start tag in the fragment. */
    public static String attribute(String fragment, String attribute) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(
                fragment.substring(0, fragment.indexOf('>') + 1));
        return m.find() ? unescape(m.group(1)) : null;
    }

    /** The text of a fragment: tags dropped, entities read, white space folded. */
    public static String text(String fragment) {
        return unescape(fragment.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
    }

    public static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
