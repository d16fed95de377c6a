package org.protego.blocklist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/** A minimal DNS client over UDP (RFC 1035 section 4), enough to read a response code and an answer count. */
final class DnsQuery {

    static final int NOERROR = 0;
    static final int NXDOMAIN = 3;

    record Answer(int responseCode, int answerCount) {}

    private DnsQuery() {}

    static Answer askA(String name, int port) throws IOException {
        var query = new ByteArrayOutputStream();
        int id = (int) (Math.random() * 0xffff);
        query.writeBytes(new byte[] {(byte) (id >> 8), (byte) id, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0});
        for (String label : name.split("\\.")) {
            byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
            query.write(bytes.length);
            query.writeBytes(bytes);
        }
        query.writeBytes(new byte[] {0, 0, 1, 0, 1});
        try (var socket = new DatagramSocket()) {
            socket.setSoTimeout(3000);
            byte[] request = query.toByteArray();
            socket.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), port));
            byte[] buffer = new byte[1500];
            var response = new DatagramPacket(buffer, buffer.length);
            socket.receive(response);
            return new Answer(buffer[3] & 0x0f, ((buffer[6] & 0xff) << 8) | (buffer[7] & 0xff));
        }
    }
}
