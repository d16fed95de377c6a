package org.protego.directory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Protego keeps of one kind of HSDS 3.0 object: its members, each with the kind of value HSDS gives it and
 * whether HSDS (or Protego) requires it. {@link HsdsRules} checks an import against these shapes, and
 * {@link IgnoredFields} reports every member outside them.
 */
record HsdsShape(String name, Map<String, Member> members) {

    /** The kinds of value HSDS's schemas give members, as far as Protego checks them. */
    enum Kind {
        TEXT,
        UUID,
        URI,
        EMAIL,
        NUMBER,
        /** An ISO 8601 date, {@code YYYY-MM-DD}. */
        DATE,
        /** A time of day, {@code HH:MM} or {@code HH:MM:SS}, with an optional offset. */
        TIME,
        /** iCalendar days, such as {@code MO,TU} or {@code 2MO,-1FR}. */
        DAYS,
        ONE_OF,
        OBJECT,
        LIST
    }

    /** One member; {@code values} for {@link Kind#ONE_OF}, {@code shape} for objects and lists of objects. */
    record Member(String name, Kind kind, boolean required, List<String> values, HsdsShape shape) {}

    HsdsShape {
        members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    static Builder of(String name) {
        return new Builder(name);
    }

    static final class Builder {
        private final String name;
        private final Map<String, Member> members = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
            required("id", Kind.UUID);
        }

        Builder required(String member, Kind kind) {
            members.put(member, new Member(member, kind, true, List.of(), null));
            return this;
        }

        Builder optional(String member, Kind kind) {
            members.put(member, new Member(member, kind, false, List.of(), null));
            return this;
        }

        Builder texts(String... names) {
            Arrays.stream(names).forEach(member -> optional(member, Kind.TEXT));
            return this;
        }

        Builder oneOf(String member, boolean required, String... values) {
            members.put(member, new Member(member, Kind.ONE_OF, required, List.of(values), null));
            return this;
        }

        Builder object(String member, boolean required, HsdsShape shape) {
            members.put(member, new Member(member, Kind.OBJECT, required, List.of(), shape));
            return this;
        }

        Builder list(String member, HsdsShape shape) {
            members.put(member, new Member(member, Kind.LIST, false, List.of(), shape));
            return this;
        }

        HsdsShape build() {
            return new HsdsShape(name, members);
        }
    }
}
