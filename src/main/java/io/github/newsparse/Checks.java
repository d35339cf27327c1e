package io.github.newsparse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Argument checks shared by the records: the contract forbids empty strings. */
final class Checks {

    private Checks() {
    }

    static String nonEmpty(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    static void nonEmpty(Optional<String> value, String name) {
        Objects.requireNonNull(value, name + " must not be null (use Optional.empty())");
        value.ifPresent(v -> nonEmpty(v, name));
    }

    static List<String> nonEmptyStrings(List<String> values, String name) {
        List<String> copy = List.copyOf(Objects.requireNonNull(values, name + " must not be null"));
        for (String v : copy) {
            nonEmpty(v, name + " element");
        }
        return copy;
    }
}
