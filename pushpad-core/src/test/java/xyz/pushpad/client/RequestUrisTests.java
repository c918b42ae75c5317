package xyz.pushpad.client;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link RequestUris} must build the same URI as the RestClient's default expansion, which the template used before,
 * so every case is compared with {@link DefaultUriBuilderFactory} in its default {@code TEMPLATE_AND_VALUES} mode.
 */
class RequestUrisTests {

	private static final String BASE_URL = "https://pushpad.xyz/api/v1";

	private static final String QUERY_TEMPLATE = "/projects/{projectId}/subscriptions?per_page={perPage}&uids[]={uid0}"
			+ "&tags[]={tag0}";

	@ParameterizedTest
	@ValueSource(strings = { "plain-value_1.0~", "a&b=c", "a+b", "#fragment", "100%", "with space", "(x)!|y",
			"/path?q", "caf\u00e9 \u6771\u4eac", "rocket \ud83d\ude80", "lone \ud83d surrogate", "'*,;:@$", "" })
	void queryValueMatchesRestClient(String value) {
		RequestUris uris = new RequestUris(BASE_URL);

		URI expanded = uris.expand(QUERY_TEMPLATE, 123L, 30L, value, value);

		assertThat(expanded).isEqualTo(springExpansion(BASE_URL, QUERY_TEMPLATE, 123L, 30L, value, value));
	}

	@Test
	void pathTemplateMatchesRestClient() {
		RequestUris uris = new RequestUris(BASE_URL);

		URI expanded = uris.expand("/projects/{projectId}/subscriptions/{subscriptionId}", 123L, 456L);

		assertThat(expanded).hasToString("https://pushpad.xyz/api/v1/projects/123/subscriptions/456");
		assertThat(expanded).isEqualTo(
				springExpansion(BASE_URL, "/projects/{projectId}/subscriptions/{subscriptionId}", 123L, 456L));
	}

	@Test
	void bracketsInNamesEncoded() {
		URI expanded = new RequestUris(BASE_URL).expand(QUERY_TEMPLATE, 1L, 30L, "u", "t");

		assertThat(expanded.getRawQuery()).isEqualTo("per_page=30&uids%5B%5D=u&tags%5B%5D=t");
	}

	@Test
	void reservedCharactersInValuesEncoded() {
		URI expanded = new RequestUris(BASE_URL).expand(QUERY_TEMPLATE, 1L, 30L, "a&b=c #1", "x+y%");

		assertThat(expanded.getRawQuery()).isEqualTo("per_page=30&uids%5B%5D=a%26b%3Dc%20%231&tags%5B%5D=x%2By%25");
	}

	@Test
	void baseUrlEncodedAsRestClientDid() {
		List<String> baseUrls = List.of("http://127.0.0.1:18080", "http://127.0.0.1:18080/api/v1",
				"https://user:secret@pushpad.xyz/api/v1", "https://pushpad.xyz/my api");
		for (String baseUrl : baseUrls) {
			URI expanded = new RequestUris(baseUrl).expand("/notifications/{notificationId}", 7L);

			assertThat(expanded).as(baseUrl)
				.isEqualTo(springExpansion(baseUrl, "/notifications/{notificationId}", 7L));
		}
	}

	@Test
	void pathTemplateHasBasePathWithoutQuery() {
		RequestUris uris = new RequestUris("http://127.0.0.1:18080/api/v1");

		assertThat(uris.pathTemplate(QUERY_TEMPLATE)).isEqualTo("/api/v1/projects/{projectId}/subscriptions");
		assertThat(new RequestUris("http://127.0.0.1:18080").pathTemplate("/projects"))
			.isEqualTo("/projects");
	}

	@Test
	void missingVariableRejected() {
		RequestUris uris = new RequestUris(BASE_URL);

		assertThatIllegalArgumentException().isThrownBy(() -> uris.expand("/projects/{projectId}"))
			.withMessageContaining("{projectId}");
	}

	@Test
	void unclosedPlaceholderRejected() {
		RequestUris uris = new RequestUris(BASE_URL);

		assertThatIllegalArgumentException().isThrownBy(() -> uris.expand("/projects/{projectId", 1L))
			.withMessageContaining("is not closed");
	}

	/**
	 * Expands a template as the template did through the RestClient before: path by the URI builder factory, query
	 * added to the builder separately.
	 */
	private static URI springExpansion(String baseUrl, String uriTemplate, Object... uriVariables) {
		DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory(baseUrl);
		int query = uriTemplate.indexOf('?');
		if (query < 0) {
			return factory.expand(uriTemplate, uriVariables);
		}
		return factory.uriString(uriTemplate.substring(0, query))
			.query(uriTemplate.substring(query + 1))
			.build(uriVariables);
	}

}
