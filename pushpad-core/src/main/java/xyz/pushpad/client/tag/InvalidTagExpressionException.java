package xyz.pushpad.client.tag;

/**
 * Thrown when a tag or tag expression breaks the grammar of Pushpad. The message names the problem and its position.
 */
public class InvalidTagExpressionException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final int index;

	/**
	 * Creates the exception.
	 * @param message what is wrong and how to fix it
	 * @param index the index of the first invalid character in the expression
	 */
	public InvalidTagExpressionException(String message, int index) {
		super(message);
		this.index = index;
	}

	/**
	 * Returns the index of the first invalid character in the expression.
	 * @return the zero-based index
	 */
	public int getIndex() {
		return this.index;
	}

}
