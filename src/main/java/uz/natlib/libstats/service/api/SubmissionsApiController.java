package uz.natlib.libstats.service.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import uz.natlib.libstats.service.web.ApiError;
import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.service.web.Language;
import uz.natlib.libstats.service.web.Refusals;
import uz.natlib.libstats.service.web.submissions.FindingRow;
import uz.natlib.libstats.service.web.submissions.SubmissionDetails;
import uz.natlib.libstats.service.web.submissions.SubmissionsRepository;
import uz.natlib.libstats.service.web.upload.UploadRefused;
import uz.natlib.libstats.service.web.upload.Uploads;
import uz.natlib.libstats.users.UserAccount;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.Script;

/**
 * {@code POST /api/submissions}: a return or plan sent by a script, the same way as the upload
 * page (the inbox's path); answers with the outcome and every finding in the three languages.
 */
@RestController
class SubmissionsApiController {

    private final Uploads uploads;
    private final SubmissionsRepository submissions;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Refusals refusals;

    SubmissionsApiController(Uploads uploads, SubmissionsRepository submissions, CurrentUser currentUser,
                             MessageSource messages, Refusals refusals) {
        this.uploads = uploads;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.messages = messages;
        this.refusals = refusals;
    }

    @PostMapping(value = "/api/submissions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> submit(@RequestParam(name = "file", required = false) MultipartFile file,
                                               HttpServletRequest request) throws IOException {
        UserAccount me = currentUser.required();
        if (file == null) {
            return refusal(400, "no_file", "upload.noFile", new Object[0], new Object[0]);
        }
        Uploads.Received received;
        try {
            received = uploads.receive(me, file.getOriginalFilename(), file.getBytes(), request.getRemoteAddr());
        } catch (UploadRefused refused) {
            if (refused.status() == HttpServletResponse.SC_FORBIDDEN) {
                refusals.record(request);
            }
            return refusal(refused.status(), refused.code(), refused.messageKey(), refused.arguments(Script.CYRL),
                    refused.arguments(Script.LATN));
        }
        if (received.queued()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "queued");
            body.put("file", received.pending().name());
            putMessage(body, "upload.queued.text", new Object[0], new Object[0]);
            return ResponseEntity.accepted().body(body);
        }
        return ResponseEntity.status(HttpServletResponse.SC_CREATED).body(outcome(received.submissionId()));
    }

    // A request body that is not multipart: answered here in JSON, the API's way (a body too large fails
    // before this controller is chosen, see UploadLimit).
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> notMultipart(MultipartException e) {
        return e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
                ? refusal(413, "too_large", "upload.tooLarge", new Object[0], new Object[0])
                : refusal(400, "no_file", "upload.noFile", new Object[0], new Object[0]);
    }

    private Map<String, Object> outcome(long id) {
        SubmissionDetails file = submissions.find(id).orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("status", file.status());
        body.put("outcome", file.state().code());
        body.put("file", file.originalName());
        body.put("kind", file.kind());
        body.put("district", file.districtCode());
        body.put("district_name_cyrl", file.districtName(Script.CYRL));
        body.put("district_name_latn", file.districtName(Script.LATN));
        body.put("region", file.regionCode());
        body.put("period", file.periodCode());
        body.put("version", file.version());
        body.put("duplicate_of", file.duplicateOf());
        body.put("values", file.valueCount());
        body.put("errors", file.errorCount());
        body.put("warnings", file.warningCount());
        body.put("received_at", file.receivedAt());
        body.put("page", "/submissions/" + id);
        body.put("feedback", "/submissions/" + id + "/feedback");
        List<Map<String, Object>> findings = submissions.findings(id).stream().map(SubmissionsApiController::finding)
                .toList();
        body.put("findings", findings);
        return body;
    }

    private static Map<String, Object> finding(FindingRow f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rule", f.rule());
        row.put("severity", f.severity());
        row.put("sheet", f.sheet());
        row.put("cell", f.cell());
        row.put("value_seen", f.valueSeen());
        row.put("message_cyrl", f.messageCyrl());
        row.put("message_latn", f.messageLatn());
        row.put("message_en", f.messageEn());
        return row;
    }

    private ResponseEntity<Map<String, Object>> refusal(int status, String code, String key, Object[] argumentsCyrl,
                                                        Object[] argumentsLatn) {
        Message message = new Message(text(key, argumentsCyrl, Language.CYRL.locale()),
                text(key, argumentsLatn, Language.LATN.locale()), text(key, argumentsLatn, Locale.ENGLISH));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(status, code, message).body());
    }

    private void putMessage(Map<String, Object> body, String key, Object[] argumentsCyrl, Object[] argumentsLatn) {
        body.put("message_cyrl", text(key, argumentsCyrl, Language.CYRL.locale()));
        body.put("message_latn", text(key, argumentsLatn, Language.LATN.locale()));
        body.put("message_en", text(key, argumentsLatn, Locale.ENGLISH));
    }

    private String text(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, locale);
    }
}
