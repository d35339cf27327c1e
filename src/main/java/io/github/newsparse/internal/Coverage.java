package io.github.newsparse.internal;

import io.github.newsparse.Block;
import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.Span;
import io.github.newsparse.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the contract's promise hold: every non-whitespace input character lies in exactly one
 * block. Blocks come in input order and never overlap; the only characters they can miss are
 * ones normalisation dropped at a block's edge (zero-width characters, controls) or on a line of
 * their own. Each such gap is given to the block before it (or after it, at the start).
 */
final class Coverage {

    private Coverage() {
    }

    static List<Block> close(String text, List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int covered = 0;
        for (Block b : blocks) {
            Span s = b.span();
            if (s.start() < covered) {
                throw new IllegalStateException("overlapping blocks at " + s + ", covered to " + covered);
            }
            int gapEnd = lastNonSpace(text, covered, s.start());
            if (gapEnd >= 0) {
                if (out.isEmpty()) {
                    int gapStart = firstNonSpace(text, covered, s.start());
                    b = withSpan(b, new Span(gapStart, s.end()));
                } else {
                    Block prev = out.remove(out.size() - 1);
                    out.add(withSpan(prev, new Span(prev.span().start(), gapEnd + 1)));
                }
            }
            out.add(b);
            covered = b.span().end();
        }
        int tailEnd = lastNonSpace(text, covered, text.length());
        if (tailEnd >= 0) {
            if (out.isEmpty()) {
                out.add(new Block(BlockRole.BOILERPLATE, Optional.of(BoilerplateCategory.OTHER),
                        new Span(firstNonSpace(text, 0, text.length()), tailEnd + 1)));
            } else {
                Block prev = out.remove(out.size() - 1);
                out.add(withSpan(prev, new Span(prev.span().start(), tailEnd + 1)));
            }
        }
        return out;
    }

    private static Block withSpan(Block b, Span s) {
        return new Block(b.role(), b.category(), s);
    }

    private static int firstNonSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonSpace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Chars.isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
