package xyz.pushpad.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Expands the URI templates of {@link PushpadTemplate} against its base URL. The RestClient could expand them as
 * well, but its {@link DefaultUriBuilderFactory} parses the base URL and the template again on every request, which
 * allocated about 6 KB per send or get on JDK 17 ({@code TemplateBenchmark} of pushpad-benchmarks with {@code -prof gc}).
 *
 * <p>The result is the same as the RestClient's default expansion ({@code EncodingMode.TEMPLATE_AND_VALUES}): every
 * variable is percent-encoded as UTF-8 except for the unreserved characters of RFC 3986 ({@code A-Z a-z 0-9 - . _ ~}),
 * so a value such as {@code a&b=c} or {@code #} can never change the structure of the URI.
 */
final class RequestUris {

	private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

	private final String encodedBaseUrl;

	private final String basePath;

	/**
	 * Creates the expander for a base URL without a trailing slash.
	 * @throws IllegalArgumentException if the base URL is not a valid URI once its illegal characters are encoded
	 */
	RequestUris(String baseUrl) {
		// The RestClient encoded the base URL this way before each request, so characters that are illegal in a URI,
		// such as spaces, are encoded exactly as before.
		URI base = new DefaultUriBuilderFactory(baseUrl).expand("");
		this.encodedBaseUrl = base.toString();
		this.basePath = (base.getRawPath() != null) ? base.getRawPath() : "";
	}

	/**
	 * Expands a template such as {@code /projects/{projectId}/subscriptions?page={page}&uids[]={uid0}} to an absolute
	 * URI. Each variable replaces the next {@code {name}} in order, as with the RestClient's varargs expansion, and is
	 * written with its {@code toString()}, or as an empty string when it is {@code null}. The template's own
	 * characters are copied unchanged, except for {@code [} and {@code ]}, which are encoded as {@code %5B} and
	 * {@code %5D} as the RestClient encoded them in the query parameter names {@code uids[]} and {@code tags[]}.
	 * @throws IllegalArgumentException if the template has an unclosed {@code {} or more placeholders than variables
	 */
	URI expand(String uriTemplate, Object... uriVariables) {
		StringBuilder uri = new StringBuilder(this.encodedBaseUrl.length() + uriTemplate.length() + 32);
		uri.append(this.encodedBaseUrl);
		int variable = 0;
		int i = 0;
		while (i < uriTemplate.length()) {
			char c = uriTemplate.charAt(i);
			if (c == '{') {
				int end = uriTemplate.indexOf('}', i);
				if (end < 0) {
					throw new IllegalArgumentException("Invalid URI template " + uriTemplate + ": '{' at index " + i
							+ " is not closed");
				}
				if (variable >= uriVariables.length) {
					throw new IllegalArgumentException("Missing URI variable for " + uriTemplate.substring(i, end + 1)
							+ " in " + uriTemplate);
				}
				Object value = uriVariables[variable++];
				appendEncoded(uri, (value != null) ? value.toString() : "");
				i = end + 1;
				continue;
			}
			if (c == '[') {
				uri.append("%5B");
			}
			else if (c == ']') {
				uri.append("%5D");
			}
			else {
				uri.append(c);
			}
			i++;
		}
		return URI.create(uri.toString());
	}

	/**
	 * Returns the path of a template with the base URL's path in front and without its query, such as
	 * {@code /api/v1/projects/{projectId}/subscriptions}: the value the RestClient records as the {@code uri} of its
	 * {@code http.client.requests} observation.
	 */
	String pathTemplate(String uriTemplate) {
		return this.basePath + ExchangeFailures.stripQuery(uriTemplate);
	}

	/**
	 * Appends a value with every byte of its UTF-8 form percent-encoded, except for unreserved characters. A lone
	 * surrogate becomes {@code ?} (encoded as {@code %3F}), as in {@link String#getBytes(java.nio.charset.Charset)}.
	 */
	static void appendEncoded(StringBuilder uri, String value) {
		if (isUnreserved(value)) {
			uri.append(value);
			return;
		}
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			if (b >= 0 && isUnreserved((char) b)) {
				uri.append((char) b);
			}
			else {
				uri.append('%').append(HEX_DIGITS[(b >> 4) & 0xF]).append(HEX_DIGITS[b & 0xF]);
			}
		}
	}

	private static boolean isUnreserved(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (!isUnreserved(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isUnreserved(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

}
