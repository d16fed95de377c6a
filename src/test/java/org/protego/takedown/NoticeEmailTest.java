package org.protego.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.Fixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With an SMTP server configured, a notice reaches the provider's abuse address as e-mail, without any image. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoticeEmailTest {

    static final List<String> received = new CopyOnWriteArrayList<>();
    static final ServerSocket smtp = listen();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", smtp::getLocalPort);
    }

    @AfterAll
    static void stop() throws IOException {
        smtp.close();
    }

    @LocalServerPort
    int port;

    @Test
    void noticeIsEmailedToTheAbuseContactAndMarkedSo() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        String provider = api.postJson(
                        "/api/v1/takedown/providers",
                        analyst.token(),
                        Map.of(
                                "name",
                                "Mail host " + UUID.randomUUID(),
                                "abuseContact",
                                "abuse@mailhost.example",
                                "country",
                                "NL",
                                "language",
                                "en"))
                .json()
                .get("id")
                .asString();
        String url = Fixtures.uniqueUrl("/emailed");
        String item = Fixtures.reportedItem(api, analyst, url);
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                                .status()
                        == 200);

        api.postJson(
                "/api/v1/takedown/items/" + item + "/notices",
                analyst.token(),
                Map.of("recipientKind", "PROVIDER", "providerId", provider));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                        .json()
                        .get("notices")
                        .get(0)
                        .get("delivery")
                        .asString()
                        .equals("EMAILED"));
        String mail = received.stream()
                .filter(message -> message.contains(url))
                .findFirst()
                .orElseThrow();
        assertThat(mail)
                .contains("RCPT TO:<abuse@mailhost.example>")
                .contains("Subject: Notice PR-")
                .doesNotContainIgnoringCase("Content-Disposition: attachment");
    }

    /** A minimal SMTP server (RFC 5321) that accepts every message and keeps its transcript. */
    static ServerSocket listen() {
        try {
            var server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            var acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (var socket = server.accept();
                            var in = new BufferedReader(
                                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                            var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
                        var transcript = new StringBuilder();
                        out.print("220 test SMTP\r\n");
                        out.flush();
                        String line;
                        boolean inData = false;
                        while ((line = in.readLine()) != null) {
                            transcript.append(line).append('\n');
                            if (inData) {
                                if (line.equals(".")) {
                                    inData = false;
                                    out.print("250 queued\r\n");
                                    out.flush();
                                }
                                continue;
                            }
                            String command = line.toUpperCase();
                            if (command.startsWith("DATA")) {
                                inData = true;
                                out.print("354 go on\r\n");
                            } else if (command.startsWith("QUIT")) {
                                out.print("221 bye\r\n");
                                out.flush();
                                break;
                            } else {
                                out.print("250 ok\r\n");
                            }
                            out.flush();
                        }
                        received.add(transcript.toString());
                    } catch (IOException e) {
                        // The server socket closed after the test, or a client went away.
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
