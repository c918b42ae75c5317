package xyz.pushpad.client.tag;

/**
 * Recursive-descent parser of one tag expression. Grammar, from the lowest precedence to the highest:
 * <pre>
 * or      = and { "||" and }
 * and     = unary { "&amp;&amp;" unary }
 * unary   = "!" unary | primary
 * primary = tag | "(" or ")"
 * </pre>
 * Whitespace between tokens is ignored.
 */
final class TagExpressionParser {

	private static final String TAG_CHARACTERS = "a-z A-Z 0-9 _ - . : @ #";

	private final String text;

	private int position;

	TagExpressionParser(String text) {
		this.text = text;
	}

	TagExpression parse() {
		skipWhitespace();
		if (this.position == this.text.length()) {
			throw new InvalidTagExpressionException("a tag expression must not be empty or blank", 0);
		}
		TagExpression expression = parseOr();
		skipWhitespace();
		if (this.position < this.text.length()) {
			throw error(describeTrailing(this.position));
		}
		return expression;
	}

	private TagExpression parseOr() {
		TagExpression expression = parseAnd();
		while (consume("||")) {
			expression = expression.or(parseAnd());
		}
		return expression;
	}

	private TagExpression parseAnd() {
		TagExpression expression = parseUnary();
		while (consume("&&")) {
			expression = expression.and(parseUnary());
		}
		return expression;
	}

	private TagExpression parseUnary() {
		if (consume("!")) {
			return parseUnary().negate();
		}
		return parsePrimary();
	}

	private TagExpression parsePrimary() {
		skipWhitespace();
		if (this.position == this.text.length()) {
			throw error("the expression ends where a tag or '(' is expected; remove the trailing operator");
		}
		int start = this.position;
		if (consume("(")) {
			TagExpression inner = parseOr();
			if (!consume(")")) {
				throw error("'(' at index " + start + " is never closed; add ')'");
			}
			return inner;
		}
		while (this.position < this.text.length() && isTagCharacter(this.text.charAt(this.position))) {
			this.position++;
		}
		if (this.position == start) {
			throw error(describeUnexpected(start));
		}
		return new TagExpression.Tag(this.text.substring(start, this.position));
	}

	private String describeTrailing(int index) {
		char found = this.text.charAt(index);
		if (found == ')') {
			return "')' at index " + index + " has no matching '('";
		}
		if (found == '&' || found == '|') {
			return "single '" + found + "' at index " + index + "; write '" + found + found + "'";
		}
		if (isTagCharacter(found) || found == '(' || found == '!') {
			return "missing operator before index " + index + "; join the parts with && or ||";
		}
		return "invalid character '" + found + "' at index " + index + "; tags may contain only " + TAG_CHARACTERS;
	}

	private String describeUnexpected(int index) {
		char found = this.text.charAt(index);
		if (this.text.startsWith("&&", index) || this.text.startsWith("||", index) || found == ')') {
			return "'" + (found == ')' ? ")" : this.text.substring(index, index + 2)) + "' at index " + index
					+ " where a tag or '(' is expected; each operator needs a tag on both sides";
		}
		if (found == '&' || found == '|') {
			return "single '" + found + "' at index " + index + "; write '" + found + found + "'";
		}
		return "invalid character '" + found + "' at index " + index + "; tags may contain only " + TAG_CHARACTERS;
	}

	private boolean consume(String token) {
		skipWhitespace();
		if (this.text.startsWith(token, this.position)) {
			this.position += token.length();
			return true;
		}
		return false;
	}

	private void skipWhitespace() {
		while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private InvalidTagExpressionException error(String problem) {
		return new InvalidTagExpressionException(problem, this.position);
	}

	private static boolean isTagCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
				|| c == '.' || c == ':' || c == '@' || c == '#';
	}

}
