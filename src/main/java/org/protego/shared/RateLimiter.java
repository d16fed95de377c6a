package org.protego.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Allows each key (a client address, a user name) so many attempts a minute. When more keys are tracked than the
 * cap, the least recently used are forgotten first, so that a flood from many addresses never resets the limits of
 * the clients that are active.
 */
public final class RateLimiter {

    static final int DEFAULT_MAX_TRACKED_KEYS = 100_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets;

    /** A limit of {@code perMinute} attempts per key; zero or less turns the limit off. */
    public RateLimiter(int perMinute) {
        this(perMinute, DEFAULT_MAX_TRACKED_KEYS);
    }

    RateLimiter(int perMinute, int maxTrackedKeys) {
        this.perMinute = perMinute;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxTrackedKeys;
            }
        };
    }

    /** Takes one attempt from the key's allowance; false when it is used up for now. */
    public boolean tryAcquire(String key) {
        if (perMinute <= 0) {
            return true;
        }
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, ignored -> newBucket());
        }
        return bucket.tryConsume(1);
    }

    boolean isTracked(String key) {
        synchronized (buckets) {
            return buckets.containsKey(key);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    /**
     * The key a client address is limited under: an IPv4 address as it is, an IPv6 address by its /64 prefix, since
     * one subscriber is usually given a whole /64 and could otherwise take a fresh address for every request.
     */
    public static String clientKey(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.indexOf(':') < 0 || !remoteAddress.matches("[0-9A-Fa-f:.%\\w-]+")) {
            return String.valueOf(remoteAddress);
        }
        String literal = remoteAddress.replaceFirst("%.*$", "");
        try {
            // A literal address is parsed without any name look-up.
            InetAddress address = InetAddress.getByName(literal);
            if (!(address instanceof Inet6Address)) {
                return address.getHostAddress();
            }
            byte[] bytes = address.getAddress();
            var prefix = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                prefix.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
