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

    /** As in application-test.properties; it works only until the suite's administrator exists, see adminToken(). */
    static final String BOOTSTRAP_TOKEN = "6c5c7ac1c1e1ddf6f3d7e2cdf62dd3b0b33c3a71d2b42c78d0a0d5ab18e2f08c";

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

    /** The suite's one administrator, shared by every test of this JVM, since there can be only one bootstrap. */
    private static String adminToken;

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

    /** A GET with extra headers, for example Accept to ask for another format. */
    public Response get(String path, String token, Map<String, String> headers) {
        var builder = request(path, token).GET();
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** An answer read as bytes, for binary content such as a PDF. */
    public record BinaryResponse(int status, byte[] body, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public BinaryResponse getBytes(String path, String token) {
        try {
            HttpResponse<byte[]> response =
                    client.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    public Response patchJson(String path, String token, Object body, Map<String, String> headers) {
        var builder = request(path, token)
                .header("Content-Type", "application/json")
                .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString(
                                body instanceof String text ? text : JSON.writeValueAsString(body)));
        headers.forEach(builder::header);
        return send(builder.build());
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
        return postForm(formPage, action, fields, Map.of());
    }

    /** Posts a form with extra headers, for example X-Forwarded-For to speak for another client address. */
    public Response postForm(String formPage, String action, Map<String, String> fields, Map<String, String> headers) {
        Response page = get(formPage, null);
        Matcher csrf = CSRF.matcher(page.body());
        var form = new StringBuilder();
        if (csrf.find()) {
            form.append("_csrf=").append(encode(csrf.group(1)));
        }
        fields.forEach((name, value) ->
                form.append('&').append(encode(name)).append('=').append(encode(value)));
        var builder = request(action, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        headers.forEach(builder::header);
        return send(builder.build());
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

    /**
     * Posts a form with one file the way a browser does (multipart/form-data), taking the CSRF token from the page that
     * holds the form.
     */
    public Response postFile(
            String formPage, String action, Map<String, String> fields, String fileField, String file) {
        Matcher csrf = CSRF.matcher(get(formPage, null).body());
        String boundary = "----protego" + UUID.randomUUID().toString().replace("-", "");
        var body = new StringBuilder();
        var parts = new java.util.LinkedHashMap<String, String>(fields);
        if (csrf.find()) {
            parts.put("_csrf", csrf.group(1));
        }
        parts.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(fileField)
                .append("\"; filename=\"upload.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .append(file)
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        return send(request(action, null)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /**
     * The API token of the test suite's administrator, created through the bootstrap token the first time any test of
     * this JVM asks for it. Every test shares the one database, where the bootstrap token stops working as soon as an
     * administrator exists.
     */
    public String adminToken() {
        synchronized (Api.class) {
            if (adminToken == null) {
                adminToken = bootstrapAdministrator();
            }
            return adminToken;
        }
    }

    private String bootstrapAdministrator() {
        // The account gets its token while it holds a lesser role: the role change to ADMIN is the bootstrap token's
        // last accepted call.
        Response created = postJson(
                "/api/v1/admin/users",
                BOOTSTRAP_TOKEN,
                Map.of(
                        "username",
                        "test-admin-" + UUID.randomUUID().toString().substring(0, 8),
                        "roles",
                        List.of("MONITOR"),
                        "organisation",
                        "hotline"));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create the test administrator: " + created.body());
        }
        String id = created.json().get("id").asString();
        String token = postJson("/api/v1/admin/users/" + id + "/tokens", BOOTSTRAP_TOKEN, Map.of("label", "tests"))
                .json()
                .get("token")
                .asString();
        Response promoted =
                putJson("/api/v1/admin/users/" + id + "/roles", BOOTSTRAP_TOKEN, Map.of("roles", List.of("ADMIN")));
        if (promoted.status() != 200) {
            throw new IllegalStateException("Could not make the test administrator: " + promoted.body());
        }
        return token;
    }

    /**
     * Creates a staff user through the administrator API, enrols it with a password of its own through the enrolment
     * API, as the user would, and issues it a token.
     */
    public StaffUser createUser(String organisation, String... roles) {
        return createUserInTeam(organisation, null, roles);
    }

    /**
     * Creates and enrols a staff user as {@link #createUser(String, String...)} does, in a team of its organisation
     * (none when {@code team} is null). Not an overload of createUser: with the varargs roles the two would be
     * ambiguous.
     */
    public StaffUser createUserInTeam(String organisation, String team, String... roles) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 12);
        var request = new java.util.HashMap<String, Object>(
                Map.of("username", username, "roles", List.of(roles), "organisation", organisation));
        if (team != null) {
            request.put("team", team);
        }
        Response created = postJson("/api/v1/admin/users", adminToken(), request);
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create user: " + created.body());
        }
        String id = created.json().get("id").asString();
        String password = "pass-" + UUID.randomUUID();
        Response enrolled = enrol(created.json().get("enrolmentCode").asString(), password);
        if (enrolled.status() != 200) {
            throw new IllegalStateException("Could not enrol user: " + enrolled.body());
        }
        String token = postJson("/api/v1/admin/users/" + id + "/tokens", adminToken(), Map.of())
                .json()
                .get("token")
                .asString();
        return new StaffUser(
                id, username, password, enrolled.json().get("totpSecret").asString(), token);
    }

    /** Sets a user's password with a one-time enrolment code, as the user would; the answer holds the TOTP secret. */
    public Response enrol(String code, String password) {
        return postJson("/api/v1/enrolments", null, Map.of("code", code, "password", password));
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
