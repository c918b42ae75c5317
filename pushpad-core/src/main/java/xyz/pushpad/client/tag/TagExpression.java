package xyz.pushpad.client.tag;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Parsed Pushpad tag expression, such as {@code (sports && !travel) || vip}, immutable and thread-safe.
 *
 * <p>A tag is made of the characters {@code a-z A-Z 0-9 _ - . : @ #}. Operators are {@code !} (not), {@code &&}
 * (and) and {@code ||} (or), from highest to lowest precedence, so {@code !a || b && c} means
 * {@code (!a) || (b && c)}; parentheses group. Whitespace between tokens is optional. A plain tag is the simplest
 * expression. Pushpad OR-s the items of a {@code tags} list, and {@link #matchesAny} does the same.
 */
public final class TagExpression {

	private final String source;

	private final Node root;

	private final Set<String> tags;

	private TagExpression(String source, Node root, Set<String> tags) {
		this.source = source;
		this.root = root;
		this.tags = Collections.unmodifiableSet(tags);
	}

	/**
	 * Parses a tag expression.
	 * @param expression the expression, for example {@code "sports && !travel"}
	 * @return the parsed expression
	 * @throws InvalidTagExpressionException if the expression is empty, contains a character that is neither part of
	 * a tag nor an operator, or breaks the grammar. The message names the index and the problem.
	 */
	public static TagExpression parse(String expression) {
		Objects.requireNonNull(expression, "'expression' must not be null");
		return new Parser(expression).parseExpression();
	}

	/**
	 * Returns whether the tag is made only of the allowed characters {@code a-z A-Z 0-9 _ - . : @ #} and is not
	 * empty.
	 * @param tag the tag
	 * @return {@code true} if Pushpad accepts the tag
	 */
	public static boolean isValidTag(String tag) {
		if (tag.isEmpty()) {
			return false;
		}
		for (int i = 0; i < tag.length(); i++) {
			if (!isTagCharacter(tag.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Returns whether any of the expressions matches the tags, as Pushpad evaluates a {@code tags} list. An empty
	 * list matches nothing.
	 * @param expressions the expressions, each already parsed
	 * @param subscriptionTags the tags of a subscription
	 * @return {@code true} if at least one expression matches
	 */
	public static boolean matchesAny(Iterable<TagExpression> expressions, Set<String> subscriptionTags) {
		for (TagExpression expression : expressions) {
			if (expression.matches(subscriptionTags)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Evaluates the expression against the tags of a subscription. Tags compare case-sensitively.
	 * @param subscriptionTags the tags of a subscription
	 * @return {@code true} if the expression holds for those tags
	 */
	public boolean matches(Set<String> subscriptionTags) {
		Objects.requireNonNull(subscriptionTags, "'subscriptionTags' must not be null");
		return this.root.matches(subscriptionTags);
	}

	/**
	 * Returns the tags the expression refers to, in order of first appearance.
	 * @return an unmodifiable set of tags
	 */
	public Set<String> tags() {
		return this.tags;
	}

	/**
	 * Returns the expression with one space around each binary operator and parentheses only where precedence needs
	 * them. Two expressions that differ only in whitespace and redundant parentheses have the same canonical form.
	 * @return the canonical form
	 */
	public String toCanonicalString() {
		return this.root.format(Precedence.OR);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof TagExpression that) && this.source.equals(that.source);
	}

	@Override
	public int hashCode() {
		return this.source.hashCode();
	}

	/**
	 * Returns the expression as it was parsed.
	 */
	@Override
	public String toString() {
		return this.source;
	}

	static boolean isTagCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
				|| c == '.' || c == ':' || c == '@' || c == '#';
	}

	private enum Precedence {

		OR, AND, NOT

	}

	private interface Node {

		boolean matches(Set<String> tags);

		String format(Precedence context);

	}

	private record Tag(String name) implements Node {

		@Override
		public boolean matches(Set<String> tags) {
			return tags.contains(this.name);
		}

		@Override
		public String format(Precedence context) {
			return this.name;
		}

	}

	private record Not(Node operand) implements Node {

		@Override
		public boolean matches(Set<String> tags) {
			return !this.operand.matches(tags);
		}

		@Override
		public String format(Precedence context) {
			return "!" + this.operand.format(Precedence.NOT);
		}

	}

	private record And(Node left, Node right) implements Node {

		@Override
		public boolean matches(Set<String> tags) {
			return this.left.matches(tags) && this.right.matches(tags);
		}

		@Override
		public String format(Precedence context) {
			String text = this.left.format(Precedence.AND) + " && " + this.right.format(Precedence.AND);
			return (context == Precedence.NOT) ? "(" + text + ")" : text;
		}

	}

	private record Or(Node left, Node right) implements Node {

		@Override
		public boolean matches(Set<String> tags) {
			return this.left.matches(tags) || this.right.matches(tags);
		}

		@Override
		public String format(Precedence context) {
			String text = this.left.format(Precedence.OR) + " || " + this.right.format(Precedence.OR);
			return (context != Precedence.OR) ? "(" + text + ")" : text;
		}

	}

	/**
	 * Recursive-descent parser of the grammar, lowest precedence first:
	 * <pre>
	 * or      = and { "||" and }
	 * and     = not { "&amp;&amp;" not }
	 * not     = "!" not | primary
	 * primary = "(" or ")" | tag
	 * </pre>
	 */
	private static final class Parser {

		private final String source;

		private final Set<String> tags = new LinkedHashSet<>();

		private int index;

		Parser(String source) {
			this.source = source;
		}

		TagExpression parseExpression() {
			skipWhitespace();
			if (atEnd()) {
				throw fail("expected a tag, found an empty expression");
			}
			Node root = parseOr();
			skipWhitespace();
			if (!atEnd()) {
				char c = current();
				if (c == ')') {
					throw fail("unexpected ')' without a matching '('");
				}
				throw fail("expected '&&', '||' or the end of the expression, found " + describe(c));
			}
			return new TagExpression(this.source, root, this.tags);
		}

		private Node parseOr() {
			Node left = parseAnd();
			while (consumeOperator('|')) {
				left = new Or(left, parseAnd());
			}
			return left;
		}

		private Node parseAnd() {
			Node left = parseNot();
			while (consumeOperator('&')) {
				left = new And(left, parseNot());
			}
			return left;
		}

		private Node parseNot() {
			skipWhitespace();
			if (!atEnd() && current() == '!') {
				this.index++;
				return new Not(parseNot());
			}
			return parsePrimary();
		}

		private Node parsePrimary() {
			skipWhitespace();
			if (atEnd()) {
				throw fail("expected a tag, '!' or '(', found the end of the expression");
			}
			char c = current();
			if (c == '(') {
				int open = this.index;
				this.index++;
				Node inner = parseOr();
				skipWhitespace();
				if (atEnd() || current() != ')') {
					throw new InvalidTagExpressionException(this.source, open, "missing ')' to close the '('");
				}
				this.index++;
				return inner;
			}
			if (!isTagCharacter(c)) {
				throw fail("expected a tag, '!' or '(', found " + describe(c));
			}
			int start = this.index;
			while (!atEnd() && isTagCharacter(current())) {
				this.index++;
			}
			String name = this.source.substring(start, this.index);
			this.tags.add(name);
			return new Tag(name);
		}

		/**
		 * Consumes a doubled operator such as {@code &&} if it comes next, after optional whitespace.
		 */
		private boolean consumeOperator(char symbol) {
			skipWhitespace();
			if (atEnd() || current() != symbol) {
				return false;
			}
			if (this.index + 1 >= this.source.length() || this.source.charAt(this.index + 1) != symbol) {
				throw fail("expected '" + symbol + symbol + "', found a single '" + symbol + "'");
			}
			this.index += 2;
			return true;
		}

		private void skipWhitespace() {
			while (!atEnd() && Character.isWhitespace(current())) {
				this.index++;
			}
		}

		private boolean atEnd() {
			return this.index >= this.source.length();
		}

		private char current() {
			return this.source.charAt(this.index);
		}

		private InvalidTagExpressionException fail(String problem) {
			return new InvalidTagExpressionException(this.source, this.index, problem);
		}

		private static String describe(char c) {
			boolean syntax = isTagCharacter(c) || "!&|()".indexOf(c) >= 0;
			return "'" + c + "'" + (syntax ? "" : ", which is not allowed in a tag (allowed: a-z A-Z 0-9 _ - . : @ #)");
		}

	}

}
