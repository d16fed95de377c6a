package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The published zone, loaded as it is into a real Unbound resolver on a loopback port. */
@ProtegoTest
class ResponsePolicyZoneTest {

    static final String UNBOUND = "/usr/sbin/unbound";

    @LocalServerPort
    int port;

    @TempDir
    Path directory;

    Process unbound;

    @AfterEach
    void stop() {
        if (unbound != null) {
            unbound.destroy();
        }
    }

    @Test
    void domainListedAsDedicatedToAbuseAnswersNxdomainWhileOthersResolve() throws Exception {
        Assumptions.assumeTrue(
                new File(UNBOUND).canExecute(),
                "The policy zone test needs Debian's unbound (apt-get install unbound)");
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        var isp = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");
        Fixtures.rejectHeldVersions(api, analyst);
        // A registrable name: under example.org, which the Public Suffix List puts under the suffix org.
        String domain = "abuse-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        String item = Fixtures.reportedItem(api, analyst, "http://" + domain + "/index.html");
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        api.postJson("/api/v1/blocklist/dedicated-domains", analyst.token(), Map.of("urlItemId", item));
        long version = api.postJson("/api/v1/blocklist/publish", analyst.token(), Map.of())
                .json()
                .get("version")
                .asLong();

        String zone = api.get("/api/v1/blocklist/versions/" + version + "/rpz", isp.token())
                .body();
        assertThat(zone).contains(domain + " CNAME .").contains("*." + domain + " CNAME .");
        var bind = ZoneCheckers.namedCheckzone(ZoneCheckers.write(directory, "served.rpz", zone));
        assertThat(bind.accepted()).as(bind.output()).isTrue();
        int dnsPort = startUnbound(zone, domain);

        assertThat(DnsQuery.askA(domain, dnsPort).responseCode()).isEqualTo(DnsQuery.NXDOMAIN);
        assertThat(DnsQuery.askA("www." + domain, dnsPort).responseCode()).isEqualTo(DnsQuery.NXDOMAIN);
        var unlisted = DnsQuery.askA("good.example.org", dnsPort);
        assertThat(unlisted.responseCode()).isEqualTo(DnsQuery.NOERROR);
        assertThat(unlisted.answerCount()).isEqualTo(1);
    }

    private int startUnbound(String zone, String listedDomain) throws Exception {
        int dnsPort;
        try (var socket = new ServerSocket(0)) {
            dnsPort = socket.getLocalPort();
        }
        Files.writeString(directory.resolve("rpz.zone"), zone);
        // Without the policy zone every name below would resolve from this local zone.
        Files.writeString(directory.resolve("local.zone"), """
                $TTL 300
                @ IN SOA localhost. hostmaster.localhost. ( 1 3600 600 86400 300 )
                @ IN NS localhost.
                good IN A 192.0.2.10
                %1$s. IN A 192.0.2.66
                www.%1$s. IN A 192.0.2.67
                """.formatted(listedDomain));
        Path config = Files.writeString(directory.resolve("unbound.conf"), """
                server:
                  interface: 127.0.0.1
                  port: %1$d
                  do-daemonize: no
                  use-syslog: no
                  logfile: ""
                  chroot: ""
                  username: ""
                  directory: "%2$s"
                  pidfile: "%2$s/unbound.pid"
                  access-control: 127.0.0.0/8 allow
                  do-ip6: no
                  module-config: "respip validator iterator"
                auth-zone:
                  name: "example.org."
                  zonefile: "%2$s/local.zone"
                  for-upstream: yes
                  for-downstream: no
                  fallback-enabled: no
                rpz:
                  name: "rpz.protego."
                  zonefile: "%2$s/rpz.zone"
                """.formatted(dnsPort, directory));
        unbound = new ProcessBuilder(UNBOUND, "-d", "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("unbound.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> DnsQuery.askA("good.example.org", dnsPort).responseCode() == DnsQuery.NOERROR);
        return dnsPort;
    }
}
