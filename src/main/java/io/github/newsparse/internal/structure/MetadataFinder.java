package io.github.newsparse.internal.structure;

import io.github.newsparse.PublicationDate;
import io.github.newsparse.internal.text.CharTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date stamps: "date 2018-12-04", "Published: Oct. 16, 2023 4:05 PM EDT", "Updated …",
 * "Posted on …", or a line that is only a date. A stamp opening a paragraph ("date 2018-12-04
 * HARTFORD (WFSB) - …") is split off it; a date inside a sentence never counts.
 */
final class MetadataFinder {

    /** Longest line, in words, that can be a stamp. */
    private static final int MAX_WORDS = 24;
    /** How much text may follow a bare date on its line ("at 4:02 pm", "| 3 min read"). */
    private static final int MAX_TAIL = 24;
    /** A line this short may carry a bare date among names or sections. */
    static final int MAX_BARE_WORDS = 9;

    /**
     * Stamp labels in English, Spanish, French, German, Italian, Portuguese and Dutch: group 1
     * an update, group 2 a publication.
     */
    private static final List<String> UPDATE_LABELS = List.of("last updated", "last published", "updated", "last update",
            "last modified", "modified", "actualizado", "actualizada", "mis à jour", "mise à jour", "aktualisiert",
            "zuletzt aktualisiert", "geändert", "aggiornato", "aggiornata", "atualizado", "atualizada", "bijgewerkt");
    private static final List<String> PUBLISH_LABELS = List.of("date", "dated", "published", "publication date",
            "posted", "first published", "originally published", "created", "released", "publicado", "publicada",
            "fecha", "publié", "publiée", "veröffentlicht", "erschienen", "pubblicato", "pubblicata", "gepubliceerd",
            "geplaatst");
    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:(" + String.join("|", UPDATE_LABELS) + ")|("
            + String.join("|", PUBLISH_LABELS) + "))(?:\\s+(?:on|el|le|am|il|em|op))?\\s*:?\\s*");

    /** How many first characters of a line {@link #LABEL_HEADS} keys. */
    private static final int HEAD = 4;
    /** The first {@value #HEAD} characters of every label, lower-cased: a line opening otherwise has none. */
    private static final CharTable LABEL_HEADS = labelHeads();

    private static CharTable labelHeads() {
        Set<String> heads = new java.util.HashSet<>();
        for (List<String> labels : List.of(UPDATE_LABELS, PUBLISH_LABELS)) {
            for (String l : labels) {
                heads.add(l.substring(0, HEAD));
            }
        }
        return CharTable.of(heads);
    }

    /**
     * Whether {@code line} may open with a label: false only when its first {@value #HEAD}
     * characters are ASCII and open no label (other characters are left to the pattern's
     * Unicode case rules), so that most lines never run the pattern.
     */
    private static boolean mayOpenLabel(String line) {
        return line.length() >= HEAD && LABEL_HEADS.getAsciiLower(line, 0, HEAD) != -1;
    }

    private MetadataFinder() {
    }

    /** {@code line} without the stamp label it opens with ("Published 4 months ago" gives "4 months ago"). */
    static String withoutLeadingLabel(String line) {
        if (line.isEmpty() || !Character.isLetter(line.charAt(0)) || !mayOpenLabel(line)) {
            return line;
        }
        Matcher m = LABEL.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : line;
    }

    /** Whether {@code line} opens with a stamp's label ("Published on …", "Updated: …"). */
    static boolean opensWithLabel(String line) {
        return !line.isEmpty() && Character.isLetter(line.charAt(0)) && mayOpenLabel(line) && LABEL.matcher(line).lookingAt();
    }

    enum Kind { PUBLISHED, UPDATED, BARE }

    /** A stamp at the start of a line: its kind, date and where it ends in the line. */
    record Stamp(Kind kind, PublicationDate date, int end, boolean wholeLine) {
    }

    /** A stamp that is the whole line, or opens it with a label. */
    static Optional<Stamp> find(String line, int words) {
        // every label starts with a letter; the anchored pattern is only tried where one does
        Matcher label = line.isEmpty() || !Character.isLetter(line.charAt(0)) || !mayOpenLabel(line) ? null
                : LABEL.matcher(line);
        if (label != null && label.lookingAt()) {
            Kind kind = label.group(1) != null ? Kind.UPDATED : Kind.PUBLISHED;
            String rest = line.substring(label.end());
            Optional<DateParser.Found> f = DateParser.find(rest);
            if (f.isPresent() && f.get().start() == 0) {
                int end = label.end() + f.get().end();
                boolean whole = words <= MAX_WORDS && line.length() - end <= MAX_TAIL && !hasSentence(line.substring(end));
                return Optional.of(new Stamp(kind, f.get().date(), end, whole));
            }
            return Optional.empty();
        }
        if (words > MAX_WORDS) {
            return Optional.empty();
        }
        Optional<Stamp> inside = findInside(line, words);
        if (inside.isPresent()) {
            return Optional.of(new Stamp(inside.get().kind(), inside.get().date(), line.length(), true));
        }
        Optional<DateParser.Found> f = DateParser.find(line);
        if (f.isPresent() && words <= MAX_BARE_WORDS && !hasSentence(line.substring(0, f.get().start()))
                && !hasSentence(line.substring(f.get().end()))) {
            // "October 9, 2018 at 4:02 pm", "Tom Talbot October 14, 2025", "June 3, 2025/Wellness"
            return Optional.of(new Stamp(Kind.BARE, f.get().date(), line.length(), true));
        }
        return Optional.empty();
    }

    /**
     * {@code s} without the stamp label it ends with ("Jane Roe Published:", "Jane Roe | Posted
     * on"), stripped; {@code s} stripped when it ends with none.
     */
    static String withoutTrailingLabel(String s) {
        String t = s.strip();
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        int end = t.length();
        if (end >= 3 && t.regionMatches(true, end - 3, " on", 0, 3)) {
            end -= 3;
        }
        int best = -1;
        for (List<String> labels : List.of(UPDATE_LABELS, PUBLISH_LABELS)) {
            for (String label : labels) {
                int at = end - label.length();
                // the label is a word of its own, or glued to a name ("Jane RoePublished")
                if (at >= 0 && t.regionMatches(true, at, label, 0, label.length())
                        && (at == 0 || !Character.isLetter(t.charAt(at - 1)) || Character.isUpperCase(t.charAt(at)))) {
                    best = Math.max(best, label.length());
                }
            }
        }
        return best < 0 ? s.strip() : t.substring(0, end - best).strip();
    }

    /** Words that lead into a publication or update date inside a line. */
    private static final List<String> STAMP_CUES = List.of("published", "posted", "updated", "publicado", "publié",
            "veröffentlicht", "actualizado", "aktualisiert", "pubblicato", "atualizado");

    /**
     * A labelled stamp inside a short line ("By Jane Doe | Published Oct. 16, 2023", "By Ann
     * LeePublished: Jan 29, 2025").
     */
    static Optional<Stamp> findInside(String line, int words) {
        if (words > MAX_WORDS) {
            return Optional.empty();
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String cue : STAMP_CUES) {
            int at = lower.indexOf(cue);
            if (at > 0 && cue.equals("updated") && DateParser.find(line.substring(0, at)).isPresent()) {
                // "August 16, 2019 - Updated July 9, 2025": the first date is the publication
                continue;
            }
            if (at > 0 && (!Character.isLetter(line.charAt(at - 1)) || Character.isUpperCase(line.charAt(at)))) {
                Optional<Stamp> s = find(line.substring(at), words);
                if (s.isPresent()) {
                    return Optional.of(new Stamp(s.get().kind(), s.get().date(), at + s.get().end(), false));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasSentence(String tail) {
        int letters = 0;
        for (int i = 0; i < tail.length(); i++) {
            if (Character.isLetter(tail.charAt(i))) {
                letters++;
            }
        }
        return letters > 24;
    }
}
