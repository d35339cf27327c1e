package io.github.newsparse.cli;

import io.github.newsparse.Article;
import io.github.newsparse.CueType;
import io.github.newsparse.Dateline;
import io.github.newsparse.Paragraph;
import io.github.newsparse.PublicationDate;
import io.github.newsparse.Quote;
import io.github.newsparse.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --text} view of an article, for a person reading it: headline, byline and dates,
 * dateline, the body, then the quotes with their speakers.
 */
final class TextReport {

    private TextReport() {
    }

    static String of(Article a) {
        StringBuilder sb = new StringBuilder();
        a.headline().ifPresent(h -> sb.append(h).append('\n'));
        List<String> about = new ArrayList<>();
        if (!a.authors().isEmpty()) {
            about.add("By " + String.join(", ", a.authors()));
        }
        a.published().ifPresent(d -> about.add("Published " + d.iso()));
        a.updated().map(PublicationDate::iso).ifPresent(d -> about.add("Updated " + d));
        if (!about.isEmpty()) {
            sb.append(String.join(" | ", about)).append('\n');
        }
        a.dateline().ifPresent(d -> sb.append("Dateline: ").append(dateline(d)).append('\n'));
        if (sb.length() > 0) {
            sb.append('\n');
        }
        for (Paragraph p : a.paragraphs()) {
            sb.append(p.text()).append("\n\n");
        }
        if (!a.quotes().isEmpty()) {
            sb.append("Quotes:\n");
            for (Quote q : a.quotes()) {
                sb.append("  ").append(q.kind() == QuoteKind.DIRECT ? "\u201c" + q.text() + "\u201d" : q.text())
                        .append("\n    \u2014 ").append(who(q)).append('\n');
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static String dateline(Dateline d) {
        List<String> parts = new ArrayList<>();
        d.city().ifPresent(parts::add);
        d.region().ifPresent(parts::add);
        d.outlet().ifPresent(parts::add);
        d.date().ifPresent(parts::add);
        return d.text() + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")");
    }

    private static String who(Quote q) {
        StringBuilder sb = new StringBuilder(q.speaker().or(q::mention).orElse("unattributed"));
        List<String> role = new ArrayList<>();
        q.title().ifPresent(role::add);
        q.affiliation().ifPresent(role::add);
        if (!role.isEmpty()) {
            sb.append(" (").append(String.join(", ", role)).append(')');
        }
        Optional<String> cue = q.cue();
        cue.ifPresent(c -> sb.append(", ").append(c));
        if (q.kind() == QuoteKind.INDIRECT) {
            // "[reported]" for what the source said; "[belief]", "[intention]", … for the rest
            CueType type = q.cueType().orElse(CueType.SPEECH);
            sb.append(type == CueType.SPEECH ? " [reported]" : " [" + type.name().toLowerCase(java.util.Locale.ROOT) + "]");
        }
        return sb.toString();
    }
}
