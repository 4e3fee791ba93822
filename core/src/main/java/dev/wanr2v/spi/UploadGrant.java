package dev.wanr2v.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a vendor's upload grant (a policy, a signed form, temporary credentials) said, as a codec read
 * it; the codec alone interprets the values. Values may be secrets (signatures): {@code toString()}
 * shows only their names.
 *
 * @param values the grant's fields by name
 */
public record UploadGrant(Map<String, String> values) {

    /** Copies the map. */
    public UploadGrant {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** One value, if present. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * One value that must be present.
     *
     * @throws IllegalStateException naming the missing field (the engine reports it as unexpected)
     */
    public String require(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("the upload grant has no " + name);
        }
        return v;
    }

    @Override
    public String toString() {
        return "UploadGrant" + values.keySet();
    }
}
