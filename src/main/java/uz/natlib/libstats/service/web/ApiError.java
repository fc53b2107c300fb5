package uz.natlib.libstats.service.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;
import uz.natlib.libstats.vocabulary.Message;

/**
 * What the API answers when it refuses: a status, a short code for scripts, and the reason in
 * the three languages. Never a stack trace.
 */
public record ApiError(int status, String error, String messageCyrl, String messageLatn, String messageEn) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static ApiError of(int status, String error, Message message) {
        return new ApiError(status, error, message.cyrl(), message.latn(), message.en());
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message_cyrl", messageCyrl);
        body.put("message_latn", messageLatn);
        body.put("message_en", messageEn);
        return body;
    }

    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body()));
    }
}
