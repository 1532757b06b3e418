package org.peyvand.platform.form.internal.values;

/**
 * Text that stops a regular expression which reads it for too long. Patterns come from form
 * designers, and a pattern such as {@code (a+)+$} backtracks for ages on some input; the matcher
 * reads every character through {@link #charAt}, so checking the clock there bounds the match.
 */
final class DeadlineText implements CharSequence {
    /** The match took longer than allowed. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final long deadline;
    private int reads;

    private DeadlineText(String text, long deadlineNanos) {
        this.text = text;
        this.deadline = deadlineNanos;
    }

    static DeadlineText within(String text, long millis) {
        return new DeadlineText(text, System.nanoTime() + millis * 1_000_000L);
    }

    @Override
    public char charAt(int index) {
        // reading the clock on every character would slow every match
        if ((++reads & 0x3FF) == 0 && System.nanoTime() > deadline) {
            throw new Exceeded();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineText(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
        return text;
    }
}
