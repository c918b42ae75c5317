package xyz.pushpad.client.tag;

import xyz.pushpad.client.PushpadValidationException;

/**
 * Thrown by {@link TagExpression#parse(String)} when a tag expression breaks the grammar. The message quotes the
 * expression and names the zero-based index of the problem.
 */
public class InvalidTagExpressionException extends PushpadValidationException {

	private static final long serialVersionUID = 1L;

	private final String expression;

	private final int index;

	private final String problem;

	InvalidTagExpressionException(String expression, int index, String problem) {
		super("tags", expression, problem + " at index " + index);
		this.expression = expression;
		this.index = index;
		this.problem = problem;
	}

	/**
	 * Returns the expression that failed to parse.
	 */
	public String getExpression() {
		return this.expression;
	}

	/**
	 * Returns the zero-based index in the expression where the problem was found. It is the length of the expression
	 * when the expression ended too early.
	 */
	public int getIndex() {
		return this.index;
	}

	/**
	 * Returns what is wrong, without the expression and the index.
	 */
	public String getProblem() {
		return this.problem;
	}

}
