package uz.natlib.libstats.service.web.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.service.web.NotFound;
import uz.natlib.libstats.users.UserAccount;

/**
 * Hands out a report file, for the page and the API alike: addressed by its database id only;
 * refused (403) to a regional user when it is another region's; served only when the row's path
 * is a regular file inside the data folder, reached without any symbolic link.
 */
@Component
public class ReportDownloads {

    private static final Logger log = LoggerFactory.getLogger(ReportDownloads.class);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportCatalogueRepository reports;
    private final Audit audit;
    private final Path home;

    ReportDownloads(ReportCatalogueRepository reports, Audit audit, LibstatsProperties properties) {
        this.reports = reports;
        this.audit = audit;
        this.home = properties.home();
    }

    /**
     * @throws NotFound              no report of that id, or its file is missing or not where it may be
     * @throws AccessDeniedException another region's report asked by a regional user (the security
     *                               chain answers 403 and writes the refusal to the audit)
     */
    public ResponseEntity<Resource> download(long id, UserAccount user, HttpServletRequest request) {
        StoredReport report = reports.find(id).orElseThrow(NotFound::new);
        if (!user.maySeeRegion(report.region())) {
            throw new AccessDeniedException("report " + id + " belongs to region " + report.region());
        }
        Path file = safeFile(report).orElseThrow(NotFound::new);
        InputStream in;
        long size;
        try {
            size = Files.size(file);
            in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            log.warn("report {}: cannot read {}: {}", id, file, e.toString());
            throw new NotFound();
        }
        audit.record(user.username(), Audit.Action.DOWNLOAD, "report " + id + " " + report.path(), Audit.Outcome.OK,
                request.getRemoteAddr());
        return ResponseEntity.ok()
                .contentType(contentType(report.format()))
                .contentLength(size)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName().toString(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(in));
    }

    /**
     * The row's path under the data folder, if it stays inside it and names a regular file with no
     * symbolic link on the way (a link in a folder of the path would otherwise lead anywhere).
     */
    private java.util.Optional<Path> safeFile(StoredReport report) {
        try {
            Path realHome = home.toRealPath();
            Path relative = Path.of(report.path());
            if (relative.isAbsolute()) {
                return refused(report, "an absolute path");
            }
            Path file = realHome.resolve(relative).normalize();
            if (!file.startsWith(realHome) || file.equals(realHome)) {
                return refused(report, "a path outside the data folder");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return refused(report, "not a regular file (missing, a folder or a symbolic link)");
            }
            if (!file.toRealPath().equals(file)) {
                return refused(report, "a path through a symbolic link");
            }
            return java.util.Optional.of(file);
        } catch (IOException | InvalidPathException e) {
            return refused(report, e.toString());
        }
    }

    private static java.util.Optional<Path> refused(StoredReport report, String why) {
        log.warn("report {} not served: its path {} is {}", report.id(), report.path(), why);
        return java.util.Optional.empty();
    }

    static MediaType contentType(String format) {
        return switch (format) {
            case "pdf" -> MediaType.APPLICATION_PDF;
            case "xlsx" -> XLSX;
            case "csv", "sdmx" -> CSV;
            default -> MediaType.APPLICATION_OCTET_STREAM;
        };
    }
}
