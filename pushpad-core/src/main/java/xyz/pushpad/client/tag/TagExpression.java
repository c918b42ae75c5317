package xyz.pushpad.client.tag;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tag expression of Pushpad, immutable: a tag, or tags combined with {@code !} (not), {@code &&} (and), {@code ||}
 * (or) and parentheses. {@code !} binds tighter than {@code &&}, which binds tighter than {@code ||}, so
 * {@code !a || b && c} means {@code (!a) || (b && c)}.
 *
 * <p>A tag contains one or more of the characters {@code a-z A-Z 0-9 _ - . : @ #}. {@link #toString()} prints the
 * expression in the form Pushpad expects, with a space around binary operators and only the parentheses that
 * precedence requires. Create one with {@link #parse(String)} or with {@link Tags}.
 */
public abstract sealed class TagExpression permits TagExpression.Tag, TagExpression.Not, TagExpression.Binary {

	private static final Pattern TAG = Pattern.compile("[a-zA-Z0-9_\\-.:@#]+");

	private static final int OR = 1;

	private static final int AND = 2;

	private static final int NOT = 3;

	private static final int ATOM = 4;

	TagExpression() {
	}

	/**
	 * Parses a tag or tag expression.
	 * @param expression the text, such as {@code "sports && !travel"}
	 * @return the parsed expression
	 * @throws InvalidTagExpressionException if the text is empty, contains a character that is not allowed, has
	 * unbalanced parentheses, or has an operator without an operand
	 */
	public static TagExpression parse(String expression) {
		if (expression == null) {
			throw new InvalidTagExpressionException("a tag expression must not be null", 0);
		}
		return new TagExpressionParser(expression).parse();
	}

	/**
	 * Returns whether a string is a valid tag, without operators.
	 * @param tag the string to check
	 * @return {@code true} if it is one or more of the characters {@code a-z A-Z 0-9 _ - . : @ #}
	 */
	public static boolean isValidTag(String tag) {
		return tag != null && TAG.matcher(tag).matches();
	}

	/**
	 * Returns whether a subscription with the given tags matches this expression.
	 * @param tags the tags of the subscription
	 * @return {@code true} if the expression is true for these tags
	 */
	public abstract boolean matches(Set<String> tags);

	/**
	 * Returns the expression {@code this && other}.
	 * @param other the right operand
	 * @return the conjunction
	 */
	public TagExpression and(TagExpression other) {
		return new Binary(this, "&&", other);
	}

	/**
	 * Returns the expression {@code this || other}.
	 * @param other the right operand
	 * @return the disjunction
	 */
	public TagExpression or(TagExpression other) {
		return new Binary(this, "||", other);
	}

	/**
	 * Returns the expression {@code !this}.
	 * @return the negation
	 */
	public TagExpression negate() {
		return new Not(this);
	}

	/**
	 * Returns the expression in the form Pushpad expects, such as {@code "a && !(b || c)"}.
	 */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		print(text);
		return text.toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TagExpression expression && toString().equals(expression.toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}

	abstract int precedence();

	abstract void print(StringBuilder text);

	void printOperand(StringBuilder text, TagExpression operand, int minPrecedence) {
		if (operand.precedence() < minPrecedence) {
			text.append('(');
			operand.print(text);
			text.append(')');
		}
		else {
			operand.print(text);
		}
	}

	/**
	 * Single tag.
	 */
	static final class Tag extends TagExpression {

		private final String name;

		Tag(String name) {
			if (!isValidTag(name)) {
				throw new InvalidTagExpressionException("invalid tag \"" + name + "\": a tag contains one or more "
						+ "of the characters a-z A-Z 0-9 _ - . : @ #", 0);
			}
			this.name = name;
		}

		@Override
		public boolean matches(Set<String> tags) {
			return tags.contains(this.name);
		}

		@Override
		int precedence() {
			return ATOM;
		}

		@Override
		void print(StringBuilder text) {
			text.append(this.name);
		}

	}

	/**
	 * Negation of an expression.
	 */
	static final class Not extends TagExpression {

		private final TagExpression operand;

		Not(TagExpression operand) {
			this.operand = operand;
		}

		@Override
		public boolean matches(Set<String> tags) {
			return !this.operand.matches(tags);
		}

		@Override
		int precedence() {
			return NOT;
		}

		@Override
		void print(StringBuilder text) {
			text.append('!');
			printOperand(text, this.operand, NOT);
		}

	}

	/**
	 * Conjunction or disjunction of two expressions.
	 */
	static final class Binary extends TagExpression {

		private final TagExpression left;

		private final String operator;

		private final TagExpression right;

		Binary(TagExpression left, String operator, TagExpression right) {
			this.left = left;
			this.operator = operator;
			this.right = right;
		}

		@Override
		public boolean matches(Set<String> tags) {
			return "&&".equals(this.operator) ? this.left.matches(tags) && this.right.matches(tags)
					: this.left.matches(tags) || this.right.matches(tags);
		}

		@Override
		int precedence() {
			return "&&".equals(this.operator) ? AND : OR;
		}

		@Override
		void print(StringBuilder text) {
			// Both operators are associative, so an operand of the same precedence needs no parentheses.
			printOperand(text, this.left, precedence());
			text.append(' ').append(this.operator).append(' ');
			printOperand(text, this.right, precedence());
		}

	}

}
