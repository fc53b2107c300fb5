package uz.natlib.libstats.feedback;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * A written .xlsx rid of the parts that run or fetch something, with the relationships that
 * point at them, not only hidden behind a content type: the VBA project (and its signatures),
 * Excel 4 macro sheets, the ribbon (customUI), ActiveX and form controls, embedded OLE objects,
 * links to other workbooks, data connections and query tables, the cell hyperlinks' targets and
 * the calculation chain of formulas that are values now. Done on the package POI wrote, because
 * POI writes again every part it loaded, removed or not; {@link InertXlsx} has already taken
 * out of the XML what pointed at them.
 */
final class InertPackage {

    private static final String MS = "http://schemas.microsoft.com/office/2006/relationships/";
    private static final String OOXML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    static final Set<String> MACRO_SHEETS = Set.of(MS + "xlMacrosheet", MS + "xlIntlMacrosheet");
    static final String QUERY_TABLE = OOXML + "queryTable";

    /** Relationships removed from the package itself: the ribbon's. */
    private static final Set<String> OF_PACKAGE = Set.of(MS + "ui/extensibility",
            "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility");

    /**
     * Relationships removed by the content type of the part they start from. Only from the
     * parts whose XML no longer points at them: a chart's embedded workbook is a "package" too,
     * and a shape's hyperlink a "hyperlink", both still pointed at from the drawing.
     */
    private static final Map<String, Set<String>> BY_SOURCE = Map.of(
            SPREADSHEET + "sheet.main+xml", Set.of(MS + "vbaProject", MS + "attachedToolbars", MS + "xlMacrosheet",
                    MS + "xlIntlMacrosheet", OOXML + "externalLink", OOXML + "connections", OOXML + "calcChain"),
            SPREADSHEET + "worksheet+xml", Set.of(OOXML + "control", OOXML + "ctrlProp", OOXML + "oleObject",
                    OOXML + "package", OOXML + "hyperlink"),
            SPREADSHEET + "table+xml", Set.of(QUERY_TABLE));

    /** Content types of what runs or fetches something. */
    private static final Pattern LIVE_CONTENT = Pattern.compile(
            "vbaProject|activeX|macrosheet|macroEnabled|attachedToolbars|externalLink|connections|queryTable|oleObject",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULT = Pattern.compile("<Default [^>]*?ContentType=\"([^\"]*)\"[^>]*/>");

    private InertPackage() {
    }

    static void strip(byte[] xlsx, OutputStream out) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
        } catch (InvalidFormatException e) {
            throw new IOException("POI wrote a package it cannot open", e);
        }
        try {
            Set<PackagePartName> removed = new HashSet<>();
            for (PackageRelationship rel : list(pkg.getRelationships())) {
                if (OF_PACKAGE.contains(rel.getRelationshipType())) {
                    pkg.removeRelationship(rel.getId());
                    target(rel, removed);
                }
            }
            for (PackagePart part : pkg.getParts()) {
                Set<String> types = part.isRelationshipPart() ? null : BY_SOURCE.get(part.getContentType());
                if (types != null) {
                    for (PackageRelationship rel : list(part.getRelationships())) {
                        if (types.contains(rel.getRelationshipType())) {
                            part.removeRelationship(rel.getId());
                            target(rel, removed);
                        }
                    }
                }
            }
            // A live part no relationship points at is inert, but it is not handed back either.
            for (PackagePart part : pkg.getParts()) {
                if (isLive(part.getContentType())) {
                    removed.add(part.getPartName());
                }
            }
            removeOrphans(pkg, removed);
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            pkg.save(saved);
            withoutLiveDefaults(saved.toByteArray(), out);
        } catch (InvalidFormatException e) {
            throw new IOException("cannot strip the workbook's package", e);
        } finally {
            pkg.revert();
        }
    }

    private static void target(PackageRelationship rel, Set<PackagePartName> into) throws InvalidFormatException {
        if (rel.getTargetMode() != TargetMode.EXTERNAL) {
            into.add(PackagingURIHelper.createPartName(
                    PackagingURIHelper.resolvePartUri(rel.getSourceURI(), rel.getTargetURI())));
        }
    }

    /**
     * Removes each part no longer pointed at, with its own relationships, and then what only it
     * pointed at (a VBA project's signature, an ActiveX control's binary).
     */
    private static void removeOrphans(OPCPackage pkg, Set<PackagePartName> candidates) throws InvalidFormatException {
        List<PackagePartName> queue = new ArrayList<>(candidates);
        while (!queue.isEmpty()) {
            PackagePartName name = queue.remove(queue.size() - 1);
            PackagePart part = pkg.getPart(name);
            if (part == null || targets(pkg).contains(name)) {
                continue;
            }
            Set<PackagePartName> next = new HashSet<>();
            for (PackageRelationship rel : list(part.getRelationships())) {
                target(rel, next);
            }
            PackagePartName rels = PackagingURIHelper.getRelationshipPartName(name);
            if (pkg.getPart(rels) != null) {
                pkg.removePart(rels);
            }
            pkg.removePart(name);
            queue.addAll(next);
        }
    }

    /** Every part some relationship in the package points at. */
    private static Set<PackagePartName> targets(OPCPackage pkg) throws InvalidFormatException {
        Set<PackagePartName> targets = new HashSet<>();
        for (PackageRelationship rel : pkg.getRelationships()) {
            target(rel, targets);
        }
        for (PackagePart part : pkg.getParts()) {
            if (!part.isRelationshipPart()) {
                for (PackageRelationship rel : part.getRelationships()) {
                    target(rel, targets);
                }
            }
        }
        return targets;
    }

    static boolean isLive(String contentType) {
        return LIVE_CONTENT.matcher(contentType).find();
    }

    /**
     * Copies the package with no default content type of a live part left in [Content_Types].xml
     * ({@code bin} as a VBA project, as Excel writes it). POI keeps a default while any part
     * has its extension, as a printer's settings ({@code .bin} too) do, and has no way to drop it.
     */
    private static void withoutLiveDefaults(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream copy = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    Matcher live = DEFAULT.matcher(new String(bytes, StandardCharsets.UTF_8));
                    bytes = live.replaceAll(m -> isLive(m.group(1)) ? "" : Matcher.quoteReplacement(m.group()))
                            .getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        copy.finish(); // not closed: the stream is the caller's
    }

    /** A copy, so that relationships can be removed while going through them. */
    private static List<PackageRelationship> list(PackageRelationshipCollection rels) {
        List<PackageRelationship> copy = new ArrayList<>();
        rels.forEach(copy::add);
        return copy;
    }
}
