package xyz.pushpad.client.tag;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TagExpressionTests {

	@ParameterizedTest
	@MethodSource("validExpressions")
	void parsePrintsCanonicalForm(String expression, String printed) {
		assertThat(TagExpression.parse(expression)).hasToString(printed);
	}

	static Stream<Arguments> validExpressions() {
		return Stream.of(arguments("sports", "sports"), arguments("  a&&b ", "a && b"),
				arguments("!a || b && c", "!a || b && c"), arguments("(a || b) && c", "(a || b) && c"),
				arguments("!(a && b)", "!(a && b)"), arguments("((a))", "a"), arguments("!!a", "!!a"),
				arguments("user:42 && lang.en-GB || #vip@x_y", "user:42 && lang.en-GB || #vip@x_y"));
	}

	@ParameterizedTest
	@MethodSource("malformedExpressions")
	void parseRejectsMalformedExpression(String expression, String message) {
		assertThatExceptionOfType(InvalidTagExpressionException.class)
			.isThrownBy(() -> TagExpression.parse(expression))
			.withMessage(message);
	}

	static Stream<Arguments> malformedExpressions() {
		String operand = " where a tag or '(' is expected; each operator needs a tag on both sides";
		String characters = "; tags may contain only a-z A-Z 0-9 _ - . : @ #";
		return Stream.of(arguments("", "a tag expression must not be empty or blank"),
				arguments("  ", "a tag expression must not be empty or blank"),
				arguments("a b", "missing operator before index 2; join the parts with && or ||"),
				arguments("a && b)", "')' at index 6 has no matching '('"),
				arguments("(a && b", "'(' at index 0 is never closed; add ')'"),
				arguments("a &&", "the expression ends where a tag or '(' is expected; remove the trailing operator"),
				arguments("a && && b", "'&&' at index 5" + operand), arguments("|| a", "'||' at index 0" + operand),
				arguments("a || ()", "')' at index 6" + operand), arguments("a & b", "single '&' at index 2; write '&&'"),
				arguments("caf\u00e9", "invalid character '\u00e9' at index 3" + characters),
				arguments("a && b$", "invalid character '$' at index 6" + characters));
	}

	@Test
	void matchesFollowsPrecedence() {
		TagExpression expression = TagExpression.parse("!a || b && c");

		assertThat(expression.matches(Set.of())).isTrue();
		assertThat(expression.matches(Set.of("a"))).isFalse();
		assertThat(expression.matches(Set.of("a", "b"))).isFalse();
		assertThat(expression.matches(Set.of("a", "b", "c"))).isTrue();
	}

	@Test
	void matchesHonoursParentheses() {
		TagExpression expression = TagExpression.parse("(a || b) && !c");

		assertThat(expression.matches(Set.of("b"))).isTrue();
		assertThat(expression.matches(Set.of("b", "c"))).isFalse();
		assertThat(expression.matches(Set.of("c"))).isFalse();
	}

	@Test
	void builderPrintsMinimalParentheses() {
		assertThat(Tags.tag("a").and(Tags.not(Tags.tag("b")))).hasToString("a && !b");
		assertThat(Tags.anyOf(Tags.tag("a"), Tags.tag("b")).and(Tags.tag("c"))).hasToString("(a || b) && c");
		assertThat(Tags.not(Tags.allOf(Tags.tag("a"), Tags.tag("b"), Tags.tag("c")))).hasToString("!(a && b && c)");
	}

	@Test
	void builderOutputParsesBackToEqualExpression() {
		TagExpression built = Tags.anyOf(Tags.not(Tags.tag("a")), Tags.allOf(Tags.tag("b"), Tags.tag("c").or(Tags.tag("d"))));

		TagExpression reparsed = TagExpression.parse(built.toString());

		assertThat(reparsed).isEqualTo(built);
		assertThat(reparsed.matches(Set.of("b", "d"))).isTrue();
	}

	@Test
	void builderRejectsInvalidTagName() {
		assertThatExceptionOfType(InvalidTagExpressionException.class).isThrownBy(() -> Tags.tag("a && b"))
			.withMessage("invalid tag \"a && b\": a tag contains one or more of the characters a-z A-Z 0-9 _ - . : @ #");
		assertThatExceptionOfType(InvalidTagExpressionException.class).isThrownBy(() -> Tags.tag(""));
	}

}
