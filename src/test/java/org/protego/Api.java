package org.protego;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running Protego over real HTTP, as a partner app, an administrator or a signed-in staff member would. */
public final class Api {

    public static final String BOOTSTRAP_TOKEN = "test-bootstrap-admin-token";
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public record StaffUser(String id, String username, String password, String totpSecret, String token) {}

    private final String base;
    private final HttpClient client;

    public Api(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String base() {
        return base;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response postJson(String path, String token, Object body, Map<String, String> headers) {
        var builder = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        body instanceof String text ? text : JSON.writeValueAsString(body)));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public Response postJson(String path, String token, Object body) {
        return postJson(path, token, body, Map.of());
    }

    public Response putJson(String path, String token, Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    public Response postText(String path, String token, String body) {
        return send(request(path, token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts a form the way a browser does, taking the CSRF token from the page that holds the form. */
    public Response postForm(String formPage, String action, Map<String, String> fields) {
        Response page = get(formPage, null);
        Matcher csrf = CSRF.matcher(page.body());
        var form = new StringBuilder();
        if (csrf.find()) {
            form.append("_csrf=").append(encode(csrf.group(1)));
        }
        fields.forEach((name, value) ->
                form.append('&').append(encode(name)).append('=').append(encode(value)));
        return send(request(action, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build());
    }

    /** Posts a form without a CSRF token, as a forged cross-site request would. */
    public Response postFormWithoutCsrf(String action, Map<String, String> fields) {
        var form = new StringBuilder("x=1");
        fields.forEach((name, value) ->
                form.append('&').append(encode(name)).append('=').append(encode(value)));
        return send(request(action, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build());
    }

    /** Creates a staff user through the administrator API and issues it a token. */
    public StaffUser createUser(String organisation, String... roles) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 12);
        String password = "pass-" + UUID.randomUUID();
        Response created = postJson(
                "/api/v1/admin/users",
                BOOTSTRAP_TOKEN,
                Map.of(
                        "username",
                        username,
                        "password",
                        password,
                        "roles",
                        List.of(roles),
                        "organisation",
                        organisation));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create user: " + created.body());
        }
        String id = created.json().get("id").asString();
        String token = postJson("/api/v1/admin/users/" + id + "/tokens", BOOTSTRAP_TOKEN, Map.of())
                .json()
                .get("token")
                .asString();
        return new StaffUser(
                id, username, password, created.json().get("totpSecret").asString(), token);
    }

    /** Signs in on the login page with password and the current TOTP code; the session cookie stays in this client. */
    public Response signIn(StaffUser user) {
        return postForm(
                "/login",
                "/login",
                Map.of(
                        "username",
                        user.username(),
                        "password",
                        user.password(),
                        "code",
                        currentCode(user.totpSecret())));
    }

    public static String currentCode(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submits a report through the public API and returns its answer. */
    public JsonNode submitReport(Map<String, Object> report) {
        Response response = postJson("/api/v1/reports", null, report);
        if (response.status() != 201) {
            throw new IllegalStateException("Report refused: " + response.body());
        }
        return response.json();
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
