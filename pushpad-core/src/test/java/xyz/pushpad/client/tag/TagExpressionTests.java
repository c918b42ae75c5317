package xyz.pushpad.client.tag;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import xyz.pushpad.client.PushpadValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TagExpressionTests {

	@Test
	void singleTagMatchesWhenPresent() {
		TagExpression expression = TagExpression.parse("sports");
		assertThat(expression.matches(Set.of("sports", "news"))).isTrue();
		assertThat(expression.matches(Set.of("news"))).isFalse();
		assertThat(expression.matches(Set.of())).isFalse();
	}

	@Test
	void tagsCompareCaseSensitively() {
		assertThat(TagExpression.parse("Sports").matches(Set.of("sports"))).isFalse();
	}

	@Test
	void notNegates() {
		TagExpression expression = TagExpression.parse("!travel");
		assertThat(expression.matches(Set.of())).isTrue();
		assertThat(expression.matches(Set.of("travel"))).isFalse();
	}

	@Test
	void doubleNotCancels() {
		assertThat(TagExpression.parse("!!a").matches(Set.of("a"))).isTrue();
		assertThat(TagExpression.parse("! ! a").matches(Set.of())).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "a && b; a b; true", "a && b; a; false", "a && b; b; false",
			"a || b; a; true", "a || b; b; true", "a || b; c; false", "a && !b; a; true", "a && !b; a b; false" })
	void binaryOperators(String expression, String tags, boolean expected) {
		assertThat(TagExpression.parse(expression).matches(Set.of(tags.split(" ")))).isEqualTo(expected);
	}

	@Test
	void notBindsTighterThanAndAndOr() {
		// !a || b && c means (!a) || (b && c)
		TagExpression expression = TagExpression.parse("!a || b && c");
		assertThat(expression.matches(Set.of())).isTrue();
		assertThat(expression.matches(Set.of("a"))).isFalse();
		assertThat(expression.matches(Set.of("a", "b"))).isFalse();
		assertThat(expression.matches(Set.of("a", "b", "c"))).isTrue();
		assertThat(expression.toCanonicalString()).isEqualTo("!a || b && c");
	}

	@Test
	void andBindsTighterThanOr() {
		// a || b && c means a || (b && c), not (a || b) && c
		TagExpression expression = TagExpression.parse("a || b && c");
		assertThat(expression.matches(Set.of("a"))).isTrue();
		assertThat(expression.matches(Set.of("b"))).isFalse();
		assertThat(TagExpression.parse("a && b || c").matches(Set.of("c"))).isTrue();
	}

	@Test
	void parenthesesOverridePrecedence() {
		TagExpression expression = TagExpression.parse("(a || b) && c");
		assertThat(expression.matches(Set.of("a"))).isFalse();
		assertThat(expression.matches(Set.of("a", "c"))).isTrue();
		assertThat(expression.matches(Set.of("b", "c"))).isTrue();
		assertThat(expression.toCanonicalString()).isEqualTo("(a || b) && c");
	}

	@Test
	void notAppliesToParenthesizedGroup() {
		TagExpression expression = TagExpression.parse("!(a && b)");
		assertThat(expression.matches(Set.of("a"))).isTrue();
		assertThat(expression.matches(Set.of("a", "b"))).isFalse();
		assertThat(expression.toCanonicalString()).isEqualTo("!(a && b)");
	}

	@Test
	void nestedParentheses() {
		TagExpression expression = TagExpression.parse("((tag1 && tag2) || !tag3) && (x || (y))");
		assertThat(expression.matches(Set.of("tag1", "tag2", "x"))).isTrue();
		assertThat(expression.matches(Set.of("y"))).isTrue();
		assertThat(expression.matches(Set.of("tag3", "y"))).isFalse();
		assertThat(expression.matches(Set.of("tag1", "tag2"))).isFalse();
	}

	@Test
	void whitespaceIsOptional() {
		TagExpression compact = TagExpression.parse("(a&&!b)||c");
		assertThat(compact.matches(Set.of("a"))).isTrue();
		assertThat(compact.matches(Set.of("a", "b"))).isFalse();
		assertThat(compact.toCanonicalString()).isEqualTo("a && !b || c");
		assertThat(TagExpression.parse("  a \t&&\n b  ").toCanonicalString()).isEqualTo("a && b");
	}

	@Test
	void operatorsChainLeftToRight() {
		TagExpression expression = TagExpression.parse("a && b && c || d || e");
		assertThat(expression.matches(Set.of("a", "b", "c"))).isTrue();
		assertThat(expression.matches(Set.of("a", "b"))).isFalse();
		assertThat(expression.matches(Set.of("e"))).isTrue();
	}

	@Test
	void tagsMayUseEveryAllowedCharacter() {
		String tag = "aZ09_-.:@#";
		TagExpression expression = TagExpression.parse(tag + " && !x");
		assertThat(expression.matches(Set.of(tag))).isTrue();
		assertThat(expression.tags()).containsExactly(tag, "x");
	}

	@Test
	void tagsListsReferencedTagsOnceInOrder() {
		assertThat(TagExpression.parse("b || a && !b || (c)").tags()).containsExactly("b", "a", "c");
	}

	@Test
	void matchesAnyOrsTheItems() {
		List<TagExpression> expressions = List.of(TagExpression.parse("tag0"),
				TagExpression.parse("tagA && !tagB"));
		assertThat(TagExpression.matchesAny(expressions, Set.of("tag0"))).isTrue();
		assertThat(TagExpression.matchesAny(expressions, Set.of("tagA"))).isTrue();
		assertThat(TagExpression.matchesAny(expressions, Set.of("tagA", "tagB"))).isFalse();
		assertThat(TagExpression.matchesAny(List.of(), Set.of("tag0"))).isFalse();
	}

	@Test
	void equalityFollowsSource() {
		assertThat(TagExpression.parse("a && b")).isEqualTo(TagExpression.parse("a && b"))
			.hasSameHashCodeAs(TagExpression.parse("a && b"))
			.isNotEqualTo(TagExpression.parse("a&&b"));
		assertThat(TagExpression.parse("a&&b")).hasToString("a&&b");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "aZ09_-.:@#", "user@example.com", "#hash", "plan:pro" })
	void validTags(String tag) {
		assertThat(TagExpression.isValidTag(tag)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a b", "a&b", "a|b", "!a", "(a)", "é", "a/b", "a+b", "a,b" })
	void invalidTags(String tag) {
		assertThat(TagExpression.isValidTag(tag)).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', quoteCharacter = '"', value = { //
			"\"\"; 0; expected a tag, found an empty expression", //
			"\"   \"; 3; expected a tag, found an empty expression", //
			"a &&; 4; expected a tag, '!' or '(', found the end of the expression", //
			"a ||; 4; expected a tag, '!' or '(', found the end of the expression", //
			"!; 1; expected a tag, '!' or '(', found the end of the expression", //
			"&& a; 0; expected a tag, '!' or '(', found '&'", //
			"a & b; 2; expected '&&', found a single '&'", //
			"a | b; 2; expected '||', found a single '|'", //
			"a &&& b; 4; expected a tag, '!' or '(', found '&'", //
			"a b; 2; expected '&&', '||' or the end of the expression, found 'b'", //
			"(a && b; 0; missing ')' to close the '('", //
			"(a && (b || c); 0; missing ')' to close the '('", //
			"a && (b || (c); 5; missing ')' to close the '('", //
			"a); 1; unexpected ')' without a matching '('", //
			"(); 1; expected a tag, '!' or '(', found ')'", //
			"a ! b; 2; expected '&&', '||' or the end of the expression, found '!'" })
	void syntaxErrorsNameIndexAndProblem(String expression, int index, String problem) {
		assertThatExceptionOfType(InvalidTagExpressionException.class)
			.isThrownBy(() -> TagExpression.parse(expression))
			.satisfies((ex) -> {
				assertThat(ex.getIndex()).isEqualTo(index);
				assertThat(ex.getProblem()).isEqualTo(problem);
				assertThat(ex.getExpression()).isEqualTo(expression);
				assertThat(ex.getMessage()).contains(problem + " at index " + index);
			});
	}

	@Test
	void unsupportedCharacterNamesAllowedCharacters() {
		assertThatExceptionOfType(InvalidTagExpressionException.class)
			.isThrownBy(() -> TagExpression.parse("news && caf\u00e9"))
			.withMessage("Invalid 'tags' (value \"news && caf\u00e9\"): expected '&&', '||' or the end of the "
					+ "expression, found '\u00e9', which is not allowed in a tag (allowed: a-z A-Z 0-9 _ - . : @ #) "
					+ "at index 11");
	}

	@Test
	void invalidExpressionIsValidationException() {
		assertThatExceptionOfType(PushpadValidationException.class).isThrownBy(() -> TagExpression.parse("a/b"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("tags"));
	}

	@Test
	void deepNestingParses() {
		String expression = "(".repeat(200) + "a" + ")".repeat(200);
		assertThat(TagExpression.parse(expression).matches(Set.of("a"))).isTrue();
	}

}
