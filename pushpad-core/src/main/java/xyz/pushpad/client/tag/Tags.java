package xyz.pushpad.client.tag;

import java.util.Objects;

/**
 * Builder of tag expressions that can only produce valid ones, immutable. For example
 * {@code Tags.tag("sports").and(Tags.not(Tags.tag("travel")))} prints as {@code "sports && !travel"}.
 *
 * <p>{@link #tag(String)} rejects an invalid tag name at once, and the operators combine only expressions built this
 * way, so every result parses with {@link TagExpression#parse(String)}. {@link #toString()} returns the canonical
 * form, with parentheses only where precedence needs them.
 */
public final class Tags {

	private final TagExpression expression;

	private Tags(String text) {
		this.expression = TagExpression.parse(text);
	}

	/**
	 * Starts an expression with one tag.
	 * @param name the tag, one or more of the characters {@code a-z A-Z 0-9 _ - . : @ #}
	 * @return the expression
	 * @throws InvalidTagExpressionException if the name is empty or contains another character
	 */
	public static Tags tag(String name) {
		Objects.requireNonNull(name, "'name' must not be null");
		if (name.isEmpty()) {
			throw new InvalidTagExpressionException(name, 0, "expected a tag, found an empty name");
		}
		for (int i = 0; i < name.length(); i++) {
			if (!TagExpression.isTagCharacter(name.charAt(i))) {
				throw new InvalidTagExpressionException(name, i, "'" + name.charAt(i)
						+ "' is not allowed in a tag name (allowed: a-z A-Z 0-9 _ - . : @ #)");
			}
		}
		return new Tags(name);
	}

	/**
	 * Returns the negation of an expression.
	 * @param operand the expression to negate
	 * @return {@code !operand}
	 */
	public static Tags not(Tags operand) {
		return new Tags("!(" + operand + ")");
	}

	/**
	 * Returns the expression that matches when all the given expressions match.
	 * @param first the first expression
	 * @param others the other expressions
	 * @return {@code first && others...}
	 */
	public static Tags allOf(Tags first, Tags... others) {
		Tags result = first;
		for (Tags other : others) {
			result = result.and(other);
		}
		return result;
	}

	/**
	 * Returns the expression that matches when at least one of the given expressions matches.
	 * @param first the first expression
	 * @param others the other expressions
	 * @return {@code first || others...}
	 */
	public static Tags anyOf(Tags first, Tags... others) {
		Tags result = first;
		for (Tags other : others) {
			result = result.or(other);
		}
		return result;
	}

	/**
	 * Returns the expression {@code this && other}.
	 * @param other the right operand
	 * @return the conjunction
	 */
	public Tags and(Tags other) {
		return new Tags("(" + this + ") && (" + other + ")");
	}

	/**
	 * Returns the expression {@code this || other}.
	 * @param other the right operand
	 * @return the disjunction
	 */
	public Tags or(Tags other) {
		return new Tags("(" + this + ") || (" + other + ")");
	}

	/**
	 * Returns the parsed expression, for example to evaluate it with {@link TagExpression#matches}.
	 * @return the expression
	 */
	public TagExpression toExpression() {
		return this.expression;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Tags tags && toString().equals(tags.toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}

	/**
	 * Returns the canonical form of the expression, such as {@code "a && !(b || c)"}.
	 */
	@Override
	public String toString() {
		return this.expression.toCanonicalString();
	}

}
