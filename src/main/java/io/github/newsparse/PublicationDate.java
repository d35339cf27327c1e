package io.github.newsparse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A date the page states for the article, with the time and UTC offset when the page gives them.
 *
 * <pre>{@code
 * article.published().ifPresent(d -> System.out.println(d.iso()));   // 2023-10-16T16:05-04:00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param date   the calendar date
 * @param time   the local time, when stated
 * @param offset the UTC offset, when stated (only together with a time)
 */
public record PublicationDate(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset) {

    /**
     * Checks the parts.
     *
     * @param date the calendar date
     * @param time the local time, when stated
     * @param offset the UTC offset, when stated (only together with a time)
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if an offset is given without a time
     */
    public PublicationDate {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(time, "time must not be null");
        Objects.requireNonNull(offset, "offset must not be null");
        if (offset.isPresent() && time.isEmpty()) {
            throw new IllegalArgumentException("offset " + offset.get() + " given without a time");
        }
    }

    /**
     * A date without a time.
     *
     * @param date the calendar date
     * @return the date
     */
    public static PublicationDate of(LocalDate date) {
        return new PublicationDate(date, Optional.empty(), Optional.empty());
    }

    /**
     * The contract's form: {@code YYYY-MM-DD}, {@code YYYY-MM-DDThh:mm[:ss]} or with {@code ±hh:mm}.
     *
     * @return the ISO-8601 text
     */
    public String iso() {
        StringBuilder sb = new StringBuilder(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        time.ifPresent(t -> {
            sb.append('T').append(String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()));
            if (t.getSecond() != 0) {
                sb.append(String.format(java.util.Locale.ROOT, ":%02d", t.getSecond()));
            }
            offset.ifPresent(o -> sb.append(o.getTotalSeconds() == 0 ? "+00:00" : o.getId()));
        });
        return sb.toString();
    }
}
