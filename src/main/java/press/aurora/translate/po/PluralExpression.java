package press.aurora.translate.po;

/**
 * The {@code plural=} expression of a Plural-Forms header (C syntax: {@code n}, integers, {@code ! % * / + -},
 * comparisons, {@code && ||}, {@code ?:} and parentheses), parsed once and evaluated for a number, as gettext's
 * {@code ngettext} does, with C's rule that a comparison or logical operator gives 1 or 0.
 */
public final class PluralExpression {

    private interface Node {
        long eval(long n);
    }

    private final String text;
    private final Node root;

    private PluralExpression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** @throws IllegalArgumentException with the position when the text is not such an expression */
    public static PluralExpression parse(String text) {
        Parser parser = new Parser(text);
        Node root = parser.ternary();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
        }
        return new PluralExpression(text, root);
    }

    /** The form index for {@code n}. */
    public long evaluate(long n) {
        return root.eval(n);
    }

    @Override
    public String toString() {
        return text;
    }

    private static long bool(boolean value) {
        return value ? 1 : 0;
    }

    /** Recursive descent, one method per C precedence level. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Node ternary() {
            Node condition = or();
            if (!accept("?")) {
                return condition;
            }
            Node then = ternary();
            expect(":");
            Node otherwise = ternary();
            return n -> condition.eval(n) != 0 ? then.eval(n) : otherwise.eval(n);
        }

        Node or() {
            Node left = and();
            while (accept("||")) {
                Node l = left;
                Node right = and();
                left = n -> bool(l.eval(n) != 0 || right.eval(n) != 0);
            }
            return left;
        }

        Node and() {
            Node left = equality();
            while (accept("&&")) {
                Node l = left;
                Node right = equality();
                left = n -> bool(l.eval(n) != 0 && right.eval(n) != 0);
            }
            return left;
        }

        Node equality() {
            Node left = relation();
            while (true) {
                Node l = left;
                if (accept("==")) {
                    Node right = relation();
                    left = n -> bool(l.eval(n) == right.eval(n));
                } else if (accept("!=")) {
                    Node right = relation();
                    left = n -> bool(l.eval(n) != right.eval(n));
                } else {
                    return left;
                }
            }
        }

        Node relation() {
            Node left = additive();
            while (true) {
                Node l = left;
                if (accept("<=")) {
                    Node right = additive();
                    left = n -> bool(l.eval(n) <= right.eval(n));
                } else if (accept(">=")) {
                    Node right = additive();
                    left = n -> bool(l.eval(n) >= right.eval(n));
                } else if (accept("<")) {
                    Node right = additive();
                    left = n -> bool(l.eval(n) < right.eval(n));
                } else if (accept(">")) {
                    Node right = additive();
                    left = n -> bool(l.eval(n) > right.eval(n));
                } else {
                    return left;
                }
            }
        }

        Node additive() {
            Node left = multiplicative();
            while (true) {
                Node l = left;
                if (accept("+")) {
                    Node right = multiplicative();
                    left = n -> l.eval(n) + right.eval(n);
                } else if (peekMinus()) {
                    pos++;
                    Node right = multiplicative();
                    left = n -> l.eval(n) - right.eval(n);
                } else {
                    return left;
                }
            }
        }

        Node multiplicative() {
            Node left = unary();
            while (true) {
                Node l = left;
                char op = peek();
                if (op != '*' && op != '/' && op != '%') {
                    return left;
                }
                pos++;
                Node right = unary();
                left = switch (op) {
                    case '*' -> n -> l.eval(n) * right.eval(n);
                    case '/' -> n -> l.eval(n) / nonZero(right.eval(n));
                    default -> n -> l.eval(n) % nonZero(right.eval(n));
                };
            }
        }

        Node unary() {
            if (peek() == '!' && !text.startsWith("!=", pos)) {
                pos++;
                Node operand = unary();
                return n -> bool(operand.eval(n) == 0);
            }
            return primary();
        }

        Node primary() {
            skipSpace();
            if (accept("(")) {
                Node inner = ternary();
                expect(")");
                return inner;
            }
            if (pos < text.length() && text.charAt(pos) == 'n') {
                pos++;
                return n -> n;
            }
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'" : "the expression ends too early");
            }
            long value = Long.parseLong(text.substring(start, pos));
            return n -> value;
        }

        private static long nonZero(long divisor) {
            if (divisor == 0) {
                throw new ArithmeticException("division by zero in a plural expression");
            }
            return divisor;
        }

        private boolean peekMinus() {
            return peek() == '-';
        }

        char peek() {
            skipSpace();
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        boolean accept(String token) {
            skipSpace();
            if (text.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        void expect(String token) {
            if (!accept(token)) {
                throw error("expected '" + token + "'");
            }
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(problem + " at column " + (pos + 1) + " of plural expression \"" + text + "\"");
        }
    }
}
