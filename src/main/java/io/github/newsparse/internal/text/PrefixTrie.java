package io.github.newsparse.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Phrases looked up by the text they open: {@link #first} walks the text once, character by
 * character, and meets every phrase the text starts with, so a lookup costs the length of the
 * longest phrase, not the number of phrases. Values keep the order they were added in: the first
 * added wins. Built once, then read-only (safe to share between threads).
 *
 * @param <V> what a phrase stands for
 */
public final class PrefixTrie<V> {

    private static final class Node<V> {
        char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        Node<V>[] children = new Node[0];
        /** The phrases ending here, in the order they were added. */
        List<Entry<V>> ending = List.of();

        Node<V> child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : children[i];
        }

        Node<V> childOrNew(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            k[at] = c;
            @SuppressWarnings("unchecked")
            Node<V>[] ch = new Node[children.length + 1];
            System.arraycopy(children, 0, ch, 0, at);
            System.arraycopy(children, at, ch, at + 1, children.length - at);
            ch[at] = new Node<>();
            keys = k;
            children = ch;
            return ch[at];
        }
    }

    /** A phrase and its value, with the rank it was added at. */
    private record Entry<V>(String phrase, V value, int rank) {
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** Adds {@code phrase}; it ranks after every phrase added before it. */
    public void add(String phrase, V value) {
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> n = root;
        for (int i = 0; i < phrase.length(); i++) {
            n = n.childOrNew(phrase.charAt(i));
        }
        List<Entry<V>> e = new ArrayList<>(n.ending);
        e.add(new Entry<>(phrase, value, size++));
        n.ending = List.copyOf(e);
    }

    /**
     * The value of the earliest added phrase that {@code text} starts with and that {@code accept}
     * takes (given the phrase and its value), or null.
     */
    public V first(String text, BiPredicate<String, V> accept) {
        return first(text, 0, accept);
    }

    /**
     * As {@link #first(String, BiPredicate)}, for the phrases that {@code text} opens at
     * {@code from}.
     */
    public V first(String text, int from, BiPredicate<String, V> accept) {
        Node<V> n = root;
        Entry<V> best = null;
        for (int i = from; i < text.length(); i++) {
            n = n.child(text.charAt(i));
            if (n == null) {
                break;
            }
            for (Entry<V> e : n.ending) {
                if ((best == null || e.rank() < best.rank()) && accept.test(e.phrase(), e.value())) {
                    best = e;
                    break;
                }
            }
        }
        return best == null ? null : best.value();
    }
}
