package xyz.pushpad.client.tag;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TagsTests {

	@Test
	void builderPrintsMinimalParentheses() {
		assertThat(Tags.tag("a").and(Tags.not(Tags.tag("b")))).hasToString("a && !b");
		assertThat(Tags.anyOf(Tags.tag("a"), Tags.tag("b")).and(Tags.tag("c"))).hasToString("(a || b) && c");
		assertThat(Tags.not(Tags.allOf(Tags.tag("a"), Tags.tag("b"), Tags.tag("c")))).hasToString("!(a && b && c)");
		assertThat(Tags.tag("a").or(Tags.tag("b").and(Tags.tag("c")))).hasToString("a || b && c");
	}

	@Test
	void builderOutputParsesToSameExpression() {
		Tags built = Tags.anyOf(Tags.not(Tags.tag("a")), Tags.allOf(Tags.tag("b"), Tags.tag("c").or(Tags.tag("d"))));

		TagExpression reparsed = TagExpression.parse(built.toString());

		assertThat(reparsed.toCanonicalString()).isEqualTo(built.toString());
		assertThat(reparsed.matches(Set.of("b", "d"))).isTrue();
		assertThat(built.toExpression().matches(Set.of("a", "b", "c"))).isTrue();
		assertThat(built.toExpression().matches(Set.of("a", "b"))).isFalse();
	}

	@Test
	void builderRejectsInvalidTagName() {
		assertThatExceptionOfType(InvalidTagExpressionException.class).isThrownBy(() -> Tags.tag("a && b"))
			.withMessage("Invalid 'tags' (value \"a && b\"): ' ' is not allowed in a tag name "
					+ "(allowed: a-z A-Z 0-9 _ - . : @ #) at index 1");
		assertThatExceptionOfType(InvalidTagExpressionException.class).isThrownBy(() -> Tags.tag(""))
			.withMessage("Invalid 'tags' (value \"\"): expected a tag, found an empty name at index 0");
	}

}
