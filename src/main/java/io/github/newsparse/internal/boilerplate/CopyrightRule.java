package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.Copyright;
import io.github.newsparse.Span;
import io.github.newsparse.internal.text.Chars;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copyright lines ("Copyright 2018 WFSB (Meredith Corporation). All rights reserved.",
 * "© 2024 Connecticut Public") and their year and holder.
 */
final class CopyrightRule {

    /** Longest line, in words, taken for a copyright line. */
    private static final int MAX_WORDS = 40;

    private static final Pattern MARK = Pattern.compile(
            "(?i)(?:©|\\(c\\)|ⓒ|\\bcopyright\\b|\\bcopr\\.)");
    private static final Pattern YEARS = Pattern.compile("\\b((?:19|20)\\d{2})(?:\\s*[-–—/]\\s*((?:19|20)\\d{2}))?\\b");
    private static final Pattern RESERVED = Pattern.compile("(?i)[.,;]?\\s*all rights reserved.*$");

    private CopyrightRule() {
    }

    /** Whether the cleaned line is a copyright line. */
    static boolean matches(String line, int words) {
        if (words > MAX_WORDS) {
            return false;
        }
        Matcher m = mayHoldMark(line) ? MARK.matcher(line) : null;
        if (m != null && m.find()) {
            // The mark must come with a year, a © or "all rights reserved", or open a short line:
            // "Copyright law is complicated" is prose.
            char c = line.charAt(m.start());
            String after = line.substring(m.end()).stripLeading();
            return c == '©' || c == 'ⓒ' || after.startsWith("©") || YEARS.matcher(after).lookingAt()
                    || Chars.containsIgnoreAsciiCase(line, RESERVED_WORDS)
                    || (m.start() == 0 && words <= 6);
        }
        return words <= 15 && Chars.containsIgnoreAsciiCase(line, RESERVED_WORDS);
    }

    private static final String RESERVED_WORDS = "all rights reserved";

    /**
     * What {@link #MARK} needs, found without the pattern: a ©, a ⓒ, a "(c" or a "cop" in any
     * ASCII case. Most lines have none and skip the pattern.
     */
    private static boolean mayHoldMark(String line) {
        return line.indexOf('©') >= 0 || line.indexOf('ⓒ') >= 0 || Chars.containsIgnoreAsciiCase(line, "(c")
                || Chars.containsIgnoreAsciiCase(line, "cop");
    }

    /** The parsed copyright of a line that {@link #matches}. */
    static Copyright parse(String line, Span span) {
        Matcher mark = MARK.matcher(line);
        int after = mark.find() ? mark.end() : 0;
        String rest = line.substring(after);
        OptionalInt year = OptionalInt.empty();
        Matcher y = YEARS.matcher(rest);
        String holder;
        if (y.find()) {
            year = OptionalInt.of(Integer.parseInt(y.group(2) != null ? y.group(2) : y.group(1)));
            String before = rest.substring(0, y.start());
            holder = before.replace("©", "").replaceAll("(?i)\\bcopyright\\b", "").strip().isEmpty()
                    ? rest.substring(y.end()) : before;
        } else {
            holder = rest;
        }
        holder = RESERVED.matcher(holder).replaceFirst("");
        holder = holder.replace("©", "").replaceAll("(?i)^\\s*(?:copyright|by)\\b", "");
        holder = strip(holder);
        return new Copyright(line, year, holder.isEmpty() ? Optional.empty() : Optional.of(holder), span);
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && ",.;:-–— ".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ",.;:-–— ".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }
}
