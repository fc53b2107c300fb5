package uz.natlib.libstats.service.web.upload;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.service.web.Language;
import uz.natlib.libstats.service.web.NotFound;
import uz.natlib.libstats.service.web.submissions.OwnUploads;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.UserAccount;

/**
 * The upload page: a regional user (or an administrator) sends a return or plan and sees, within
 * seconds, what the inbox made of it.
 */
@Controller
class UploadController {

    private static final String PENDING = UploadController.class.getName() + ".pending";
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{16}");
    private static final int KEPT = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Uploads uploads;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    UploadController(Uploads uploads, CurrentUser currentUser, MessageSource messages) {
        this.uploads = uploads;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/upload")
    String form() {
        allowed();
        return "upload/form";
    }

    @PostMapping("/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
                  HttpServletResponse response, Model model) throws IOException {
        UserAccount me = allowed();
        if (file == null) {
            return refused(new UploadRefused(400, "no_file", "upload.noFile"), request, response, model);
        }
        Uploads.Received received;
        try {
            received = uploads.receive(me, file.getOriginalFilename(), file.getBytes(), request.getRemoteAddr());
        } catch (UploadRefused refused) {
            return refused(refused, request, response, model);
        }
        return shown(received, request, response, model);
    }

    /** A queued upload, asked again (the queued page refreshes itself here). */
    @GetMapping("/upload/pending/{token}")
    String pending(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        allowed();
        HttpSession session = request.getSession(false);
        Uploads.Pending pending = TOKEN.matcher(token).matches() && session != null ? pendingOf(session).get(token)
                : null;
        if (pending == null) {
            throw new NotFound();
        }
        return shown(uploads.lookUp(pending), request, response, model);
    }

    private String shown(Uploads.Received received, HttpServletRequest request, HttpServletResponse response,
                         Model model) {
        HttpSession session = request.getSession();
        if (!received.queued()) {
            OwnUploads.remember(session, received.submissionId());
            return "redirect:/submissions/" + received.submissionId();
        }
        String token = token();
        synchronized (session) {
            Map<String, Uploads.Pending> pending = pendingOf(session);
            if (pending.size() >= KEPT) {
                pending.remove(pending.keySet().iterator().next());
            }
            pending.put(token, received.pending());
            session.setAttribute(PENDING, pending);
        }
        response.setStatus(HttpServletResponse.SC_ACCEPTED);
        model.addAttribute("token", token);
        return "upload/queued";
    }

    private String refused(UploadRefused refused, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        if (refused.status() == HttpServletResponse.SC_FORBIDDEN && "forbidden".equals(refused.code())) {
            throw new AccessDeniedException("upload");
        }
        Language language = Language.of(RequestContextUtils.getLocale(request));
        response.setStatus(refused.status());
        model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(language.script()),
                language.locale()));
        model.addAttribute("refusalCode", refused.code());
        return "upload/form";
    }

    private UserAccount allowed() {
        UserAccount me = currentUser.required();
        if (me.role() == Role.ANALYST) {
            throw new AccessDeniedException("upload");
        }
        return me;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Uploads.Pending> pendingOf(HttpSession session) {
        return session.getAttribute(PENDING) instanceof LinkedHashMap<?, ?> map
                ? (Map<String, Uploads.Pending>) map : new LinkedHashMap<>();
    }

    private static String token() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
