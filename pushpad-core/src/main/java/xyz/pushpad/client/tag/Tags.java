package xyz.pushpad.client.tag;

import java.util.List;

/**
 * Factory of {@link TagExpression}s that can only produce valid expressions, for example
 * {@code Tags.tag("sports").and(Tags.not(Tags.tag("travel")))}, which prints as {@code "sports && !travel"}.
 */
public final class Tags {

	private Tags() {
	}

	/**
	 * Returns the expression made of one tag.
	 * @param name the tag, one or more of the characters {@code a-z A-Z 0-9 _ - . : @ #}
	 * @return the expression
	 * @throws InvalidTagExpressionException if the name contains another character or is empty
	 */
	public static TagExpression tag(String name) {
		return new TagExpression.Tag(name);
	}

	/**
	 * Returns the negation of an expression.
	 * @param expression the expression to negate
	 * @return {@code !expression}
	 */
	public static TagExpression not(TagExpression expression) {
		return expression.negate();
	}

	/**
	 * Returns the expression that matches when all the given expressions match.
	 * @param first the first expression
	 * @param others the other expressions
	 * @return {@code first && others...}
	 */
	public static TagExpression allOf(TagExpression first, TagExpression... others) {
		TagExpression result = first;
		for (TagExpression other : List.of(others)) {
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
	public static TagExpression anyOf(TagExpression first, TagExpression... others) {
		TagExpression result = first;
		for (TagExpression other : List.of(others)) {
			result = result.or(other);
		}
		return result;
	}

}
