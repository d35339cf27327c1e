package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.internal.structure.Dates;
import io.github.newsparse.internal.text.Words;
import java.util.Set;

/**
 * A thread of comments after the story: three or more comment headers (a short line with a
 * date or a time: "Jane Roe July 26, 2012 at 3:56 pm", "by jroe on Tuesday July 24, @03:22AM",
 * "jroe says:") close to each other, with prose between them, and something that says these are
 * comments rather than a timeline or a live blog: "Reply" links, a count of comments ("{ 18
 * comments… }", "100 of 524 comments loaded") just before, or names before the dates. The
 * thread, from its first header (or its count) to the prose after its last header, is
 * {@code comments}.
 */
final class CommentThread {

    private static final int HEADER_MAX_WORDS = 16;
    /** How many lines may separate two headers of one thread, and follow the last one. */
    private static final int MAX_GAP = 12;
    private static final int MIN_HEADERS = 3;
    /** How far before the first header a count of comments is looked for. */
    private static final int COUNT_REACH = 5;
    /** Words before the date that can be a commenter's name or handle. */
    private static final int MAX_NAME_WORDS = 6;
    private static final Set<String> REPLY = Set.of("reply", "report", "quote", "permalink", "responder", "antworten",
            "repondre", "rispondi", "reageer", "respond", "like");
    /** The last word of a reply link that asks for more first: "Login to reply", "Log in to reply". */
    private static final Set<String> REPLY_LAST = Set.of("reply", "respond", "antworten", "repondre", "rispondi");
    private static final Set<String> COMMENT_WORDS = Set.of("comments", "comment", "responses", "replies", "thoughts",
            "kommentare", "commentaires", "comentarios", "commenti", "reacties");
    private static final Set<String> SAYS = Set.of("says", "said", "wrote", "writes");
    /** Words of a reporter quoting someone, and of a commenter speaking for themselves. */
    private static final Set<String> SAYING = Set.of("said", "says", "told", "asked", "added", "saying");
    private static final Set<String> PERSONAL = Set.of("i", "me", "my", "you", "your");
    /** Lines of this many words are prose, where a thread shows whose voice it is. */
    private static final int PROSE_WORDS = 12;
    private static final int MIN_REPORTED = 3;

    private CommentThread() {
    }

    /** Marks comment threads after the story's start as {@code comments}, in {@code targets} and {@code story}. */
    static void mark(String[] texts, String[][] words, Target[] targets, boolean[] fixed, boolean[] story) {
        int start = firstStory(story, words);
        if (start < 0) {
            return;
        }
        boolean[] thread = find(texts, words, fixed, start + 1, false);
        boolean[] talk = conversation(texts, words, fixed, start + 1);
        for (int k = 0; k < texts.length; k++) {
            thread[k] |= talk[k];
        }
        for (int k = 0; k < texts.length; k++) {
            if (thread[k]) {
                if (!fixed[k] || targets[k] == null || targets[k].role() != BlockRole.BOILERPLATE) {
                    targets[k] = new Target(BlockRole.BOILERPLATE, BoilerplateCategory.COMMENTS, false);
                    fixed[k] = true;
                }
                story[k] = false;
            }
        }
    }

    /**
     * The lines of the comment threads that start at or after line {@code from}. A thread that
     * is {@code certain} has "Reply" links or a count of comments, not only names before dates
     * (which a list of other posts, "Title (October 3, 2012)", has too), and does not open on
     * what may be the post's own header: a byline, or a date line followed by a count of
     * comments.
     */
    static boolean[] find(String[] texts, String[][] words, boolean[] fixed, int from, boolean certain) {
        int n = texts.length;
        boolean[] thread = new boolean[n];
        int i = from;
        while (i < n) {
            if (!isHeader(texts[i], words[i])
                    || certain && (isByline(texts[i]) || countsBeforeNextHeader(texts, words, i))) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int headers = 1;
            int named = hasName(texts[i]) || nameAbove(texts, words, i) ? 1 : 0;
            int replies = 0;
            int second = -1;
            int j = i + 1;
            // a "Reply" link closes a comment: the next header may follow a long one ({@value #MAX_GAP} lines
            // after the link); "Like" or "Share" may close a sidebar's entries as well
            int reach = i;
            while (j < n && j - reach <= MAX_GAP) {
                if (isReply(words[j])) {
                    replies++;
                    reach = REPLY_LAST.contains(words[j][0]) ? j : reach;
                } else if (isHeader(texts[j], words[j])) {
                    second = second < 0 ? j : second;
                    headers++;
                    named += hasName(texts[j]) || nameAbove(texts, words, j) ? 1 : 0;
                    last = j;
                    reach = j;
                }
                j++;
            }
            int countLine = countLine(words, first, second < 0 ? first + 1 : second);
            int to = Math.min(n, last + 1 + bodyAfter(texts, fixed, last));
            if (headers >= MIN_HEADERS && (replies >= 2 || countLine >= 0 || named >= 2 && !certain)
                    && !isReportage(texts, words, first, to)) {
                java.util.Arrays.fill(thread, countLine >= 0 ? countLine : first, to, true);
                i = to;
            } else {
                i = last + 1;
            }
        }
        return thread;
    }

    /** A thread of name lines has at least this many of them. */
    private static final int MIN_NAME_HEADERS = 6;
    /** … at least this many of them open with a given name … */
    private static final int MIN_GIVEN_NAMES = 3;
    /** … and at least this many of them name someone who wrote before: people answer each other. */
    private static final int MIN_REPLIES = 3;
    /** A name line has at most this many words. */
    private static final int NAME_LINE_WORDS = 3;
    /** What a commenter writes under their name has at least this many words. */
    private static final int MIN_COMMENT_WORDS = 6;

    /**
     * Comments headed by their writer's name alone ("Jane Roe" over what she wrote, "Sam" over
     * his reply): at least {@value #MIN_NAME_HEADERS} short name lines, each over a line of
     * prose, no more than {@value #MAX_GAP} lines apart, {@value #MIN_GIVEN_NAMES} of them
     * opening with a given name, and {@value #MIN_REPLIES} naming someone who wrote before in the
     * thread (people answer each other; a story's subheadings and an expert round-up's names do
     * not recur). The lines from the first name to the prose after the last are marked.
     */
    static boolean[] conversation(String[] texts, String[][] words, boolean[] fixed, int from) {
        int n = texts.length;
        boolean[] out = new boolean[n];
        int i = from;
        while (i < n) {
            if (!isNameLine(texts, words, fixed, i)) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int headers = 1;
            int given = startsWithGivenName(texts[i]) ? 1 : 0;
            java.util.Set<String> names = new java.util.HashSet<>();
            names.add(texts[i].strip());
            int repeated = 0;
            int j = i + 1;
            while (j < n && j - last <= MAX_GAP) {
                if (isNameLine(texts, words, fixed, j)) {
                    headers++;
                    given += startsWithGivenName(texts[j]) ? 1 : 0;
                    repeated += names.add(texts[j].strip()) ? 0 : 1;
                    last = j;
                }
                j++;
            }
            if (headers >= MIN_NAME_HEADERS && given >= MIN_GIVEN_NAMES && repeated >= MIN_REPLIES) {
                int to = last + 1;
                while (to < n && to - last <= MAX_GAP && words[to].length >= MIN_COMMENT_WORDS) {
                    to++;
                }
                java.util.Arrays.fill(out, first, to, true);
                i = to;
            } else {
                i = last + 1;
            }
        }
        return out;
    }

    /**
     * A short line of capitalised words or one handle, over a line of prose: a commenter's name.
     * Never a line a rule labelled, nor a reply link ("Reply" over the next comment).
     */
    private static boolean isNameLine(String[] texts, String[][] words, boolean[] fixed, int i) {
        if (fixed[i] || isReply(words[i]) || i + 1 >= texts.length || words[i + 1].length < MIN_COMMENT_WORDS
                || !isShortName(texts[i], words[i])) {
            return false;
        }
        return words[i].length == 1 || allCapitalised(texts[i].strip());
    }

    /**
     * A line of one to {@value #NAME_LINE_WORDS} words that opens with a letter and ends with a
     * letter or a digit: a name's or a handle's shape, never "Additionally:" or "Awesome!".
     */
    private static boolean isShortName(String text, String[] words) {
        String t = text.strip();
        return words.length > 0 && words.length <= NAME_LINE_WORDS && !t.isEmpty() && Character.isLetter(t.charAt(0))
                && Character.isLetterOrDigit(t.charAt(t.length() - 1));
    }

    private static boolean allCapitalised(String t) {
        for (String w : t.split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithGivenName(String text) {
        String t = text.strip();
        int space = t.indexOf(' ');
        return io.github.newsparse.internal.text.GivenNames.contains(space < 0 ? t : t.substring(0, space));
    }

    /**
     * Whether the prose between {@code from} and {@code to} reports what others said rather than
     * speaks for its writer: a live blog's entries ("\"We need leadership,\" Cruz said."), not
     * readers' comments ("I think you are wrong"). At least {@value #MIN_REPORTED} lines quote
     * someone with a saying verb, twice as many as the lines that say I or you outside quotes.
     */
    private static boolean isReportage(String[] texts, String[][] words, int from, int to) {
        int reported = 0;
        int personal = 0;
        for (int k = from; k < to; k++) {
            if (words[k].length < PROSE_WORDS) {
                continue;
            }
            boolean quotes = hasQuoteMark(texts[k]);
            boolean saying = false;
            boolean person = false;
            for (String w : words[k]) {
                saying |= SAYING.contains(w);
                person |= PERSONAL.contains(w);
            }
            if (quotes && saying) {
                reported++;
            } else if (!quotes && person) {
                personal++;
            }
        }
        return reported >= MIN_REPORTED && reported >= 2 * personal;
    }

    private static boolean hasQuoteMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '„') {
                return true;
            }
        }
        return false;
    }

    /** The first story line of real length: comments come after it. */
    private static int firstStory(boolean[] story, String[][] words) {
        for (int i = 0; i < story.length; i++) {
            if (story[i] && words[i].length >= 25) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a count of comments comes after the header at {@code i} and before the next one:
     * the header is the post's own date line ("2012-10-16 by Jane Roe" … "7 Responses"), not a
     * comment's.
     */
    private static boolean countsBeforeNextHeader(String[] texts, String[][] words, int i) {
        for (int k = i + 1; k < texts.length && k - i <= MAX_GAP && !isHeader(texts[k], words[k]); k++) {
            if (isCount(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** How many lines of prose follow the last header: up to the next fixed line or the gap's end. */
    private static int bodyAfter(String[] texts, boolean[] fixed, int last) {
        int k = 0;
        while (last + 1 + k < texts.length && k < MAX_GAP && !fixed[last + 1 + k]) {
            k++;
        }
        return k;
    }

    static boolean isHeader(String text, String[] words) {
        if (words.length == 0 || words.length > HEADER_MAX_WORDS) {
            return false;
        }
        String last = words[words.length - 1];
        if (text.endsWith(":") && SAYS.contains(last)) {
            return true;
        }
        return hasTime(text) || Dates.contains(text);
    }

    /** A clock time: "3:56", "13:24", "@03:22AM". */
    private static boolean hasTime(String t) {
        for (int i = 1; i + 2 < t.length(); i++) {
            if (t.charAt(i) == ':' && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1))
                    && Character.isDigit(t.charAt(i + 2)) && (i + 3 == t.length() || !Character.isDigit(t.charAt(i + 3)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A header that opens with a name or handle before its date: not a timeline entry, and not a
     * post's own byline ("By Jane Roe March 4, 2025", "Posted by …"), which teasers repeat.
     */
    private static boolean hasName(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("by ") || lower.startsWith("posted ") || lower.startsWith("written ")) {
            return false;
        }
        int at = Dates.start(text);
        if (at < 0) {
            at = text.indexOf(':');
        }
        if (at <= 0) {
            return false;
        }
        String before = text.substring(0, at).strip();
        int w = before.isEmpty() ? 0 : Words.splitCount(before);
        return w >= 1 && w <= MAX_NAME_WORDS && Character.isLetter(before.charAt(0));
    }

    /**
     * Whether the line above the header at {@code i} is a name alone ("Jane Roe" over "March 4,
     * 2025 at 3:56 pm"), opening with a given name, or a user name: a comment's writer, as a
     * name before the date on one line is.
     */
    private static boolean nameAbove(String[] texts, String[][] words, int i) {
        if (i == 0 || !isShortName(texts[i - 1], words[i - 1])) {
            return false;
        }
        String t = texts[i - 1].strip();
        if (t.indexOf(' ') < 0 && !Character.isUpperCase(t.charAt(0))) {
            return true; // a handle: "jroe", "sam_ortiz"
        }
        // a person's name ("Jane Roe", "Gaye"), not a column's title ("I Was Misinformed") over a teaser's date
        return allCapitalised(t) && startsWithGivenName(t);
    }

    /** A byline ("By Jane Roe March 4, 2025", "Posted by …", "Written by …"). */
    private static boolean isByline(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("by ") || lower.startsWith("posted by ") || lower.startsWith("written by ");
    }

    /** The most words of a reply link that names what it answers: "Reply to This Parent Share". */
    private static final int REPLY_TO_WORDS = 6;

    private static boolean isReply(String[] words) {
        return words.length >= 1 && words.length <= 3 && REPLY.contains(words[0])
                || words.length >= 3 && words.length <= REPLY_TO_WORDS && REPLY_LAST.contains(words[0]) && words[1].equals("to")
                || words.length >= 2 && words.length <= 4 && REPLY_LAST.contains(words[words.length - 1]);
    }

    /**
     * A count of comments ("18 comments", "100 of 524 comments loaded") just before {@code first},
     * or else just after it, before the next header {@code next} (the first header was the post's
     * own date line: "August 2, 2012 | Tags: …", "38 comments to …"); or -1.
     */
    private static int countLine(String[][] words, int first, int next) {
        for (int k = first - 1; k >= 0 && k >= first - COUNT_REACH; k--) {
            if (isCount(words[k])) {
                return k;
            }
        }
        for (int k = first + 1; k < next && k <= first + COUNT_REACH; k++) {
            if (isCount(words[k])) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A short line that counts comments ("18 comments", "Posted in News | 7 Comments"), or a line
     * of any length that opens with the count ("46 Comments on “Can 187,586 buyers be wrong?”").
     */
    private static boolean isCount(String[] w) {
        if (w.length >= 2 && isNumber(w[0]) && COMMENT_WORDS.contains(w[1])) {
            return true;
        }
        if (w.length > 10) {
            return false;
        }
        for (int x = 1; x < w.length; x++) {
            if (COMMENT_WORDS.contains(w[x]) && isNumber(w[x - 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
