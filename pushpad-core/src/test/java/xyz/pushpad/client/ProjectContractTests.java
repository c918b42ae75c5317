package xyz.pushpad.client;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import xyz.pushpad.client.project.Project;
import xyz.pushpad.client.project.ProjectCreateRequest;
import xyz.pushpad.client.project.ProjectUpdateRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Contract tests of the project endpoints: the requests the template sends and how it maps each response.
 */
class ProjectContractTests {

	private static final String PROJECT_JSON = """
			{
			  "id": 12345, "sender_id": 98765, "name": "My Project", "website": "https://example.com",
			  "icon_url": "https://example.com/icon.png", "badge_url": null, "notifications_ttl": 604800,
			  "notifications_require_interaction": true, "notifications_silent": false,
			  "created_at": "2025-09-14T10:30:00.123Z", "some_future_field": [1]
			}
			""";

	@RegisterExtension
	static WireMockExtension server = WireMockContract.newServer();

	private PushpadTemplate template;

	@BeforeEach
	void createTemplate() {
		this.template = WireMockContract.newTemplate(server);
	}

	@AfterEach
	void exchangesFollowSpec() {
		WireMockContract.assertExchangesFollowSpec(server);
	}

	@Test
	void listReadsEveryField() {
		server.stubFor(get("/api/v1/projects").willReturn(okJson("[" + PROJECT_JSON + "]")));

		assertThat(this.template.listProjects()).singleElement().satisfies((project) -> {
			assertThat(project.id()).isEqualTo(12345L);
			assertThat(project.senderId()).isEqualTo(98765L);
			assertThat(project.name()).isEqualTo("My Project");
			assertThat(project.website()).isEqualTo("https://example.com");
			assertThat(project.iconUrl()).isEqualTo("https://example.com/icon.png");
			assertThat(project.badgeUrl()).isNull();
			assertThat(project.notificationsTtl()).isEqualTo(604800L);
			assertThat(project.notificationsRequireInteraction()).isTrue();
			assertThat(project.notificationsSilent()).isFalse();
			assertThat(project.createdAt()).isEqualTo(Instant.parse("2025-09-14T10:30:00.123Z"));
		});
		server.verify(getRequestedFor(urlEqualTo("/api/v1/projects"))
			.withHeader("Authorization", equalTo("Bearer " + WireMockContract.TOKEN))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("User-Agent", matching("pushpad-spring/\\S+"))
			.withHeader("Content-Type", absent()));
	}

	@Test
	void listNeedsNoProjectId() {
		server.stubFor(get("/api/v1/projects").willReturn(okJson("[]")));
		PushpadTemplate withoutProject = PushpadTemplate.builder()
			.authToken(WireMockContract.TOKEN)
			.baseUrl(server.baseUrl() + "/api/v1")
			.build();

		assertThat(withoutProject.listProjects()).isEmpty();
	}

	@Test
	void createSendsEveryField() {
		server.stubFor(post("/api/v1/projects").willReturn(aResponse().withStatus(201).withBody(PROJECT_JSON)));

		Project project = this.template.createProject(ProjectCreateRequest
			.builder(98765, "My Project", "https://example.com")
			.iconUrl("https://example.com/icon.png")
			.badgeUrl("https://example.com/badge.png")
			.notificationsTtl(Duration.ofDays(7))
			.notificationsRequireInteraction(true)
			.notificationsSilent(false)
			.build());

		server.verify(postRequestedFor(urlEqualTo("/api/v1/projects"))
			.withHeader("Content-Type", matching("application/json(;\\s*charset=UTF-8)?"))
			.withRequestBody(equalToJson("""
					{
					  "sender_id": 98765, "name": "My Project", "website": "https://example.com",
					  "icon_url": "https://example.com/icon.png", "badge_url": "https://example.com/badge.png",
					  "notifications_ttl": 604800, "notifications_require_interaction": true,
					  "notifications_silent": false
					}
					""")));
		assertThat(project.id()).isEqualTo(12345L);
	}

	@Test
	void createWithRequiredFieldsSendsOnlyThose() {
		server.stubFor(post("/api/v1/projects").willReturn(aResponse().withStatus(201).withBody(PROJECT_JSON)));

		this.template.createProject(ProjectCreateRequest.builder(1, "P", "https://example.com").build());

		server.verify(postRequestedFor(urlEqualTo("/api/v1/projects")).withRequestBody(
				equalToJson("{\"sender_id\":1,\"name\":\"P\",\"website\":\"https://example.com\"}")));
	}

	@Test
	void getKeepsLargeId() {
		server.stubFor(get("/api/v1/projects/9007199254740993")
			.willReturn(okJson("{\"id\":9007199254740993,\"sender_id\":9007199254740995}")));

		Project project = this.template.getProject(9007199254740993L);

		assertThat(project.id()).isEqualTo(9007199254740993L);
		assertThat(project.senderId()).isEqualTo(9007199254740995L);
	}

	@Test
	void updateSendsOnlyChangedFields() {
		server.stubFor(patch(urlEqualTo("/api/v1/projects/12345")).willReturn(okJson(PROJECT_JSON)));

		this.template.updateProject(12345,
				ProjectUpdateRequest.builder().name("Renamed").notificationsSilent(true).build());

		server.verify(patchRequestedFor(urlEqualTo("/api/v1/projects/12345"))
			.withRequestBody(equalToJson("{\"name\":\"Renamed\",\"notifications_silent\":true}")));
	}

	@Test
	void deleteAcceptsAccepted() {
		server.stubFor(delete("/api/v1/projects/12345").willReturn(aResponse().withStatus(202)));

		this.template.deleteProject(12345);

		server.verify(deleteRequestedFor(urlEqualTo("/api/v1/projects/12345")).withHeader("Content-Type", absent()));
	}

	@Test
	void invalidArgumentsFailBeforeSending() {
		assertThatExceptionOfType(PushpadValidationException.class).isThrownBy(() -> this.template.getProject(0))
			.withMessageContaining("'projectId'");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> ProjectCreateRequest.builder(0, "P", "https://example.com").build())
			.withMessageContaining("'sender_id'");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> ProjectCreateRequest.builder(1, " ", "https://example.com").build())
			.withMessageContaining("'name'");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> ProjectCreateRequest.builder(1, "P", "https://example.com")
				.notificationsTtl(Duration.ofDays(29))
				.build())
			.withMessageContaining("between 0 and 2419200");
		assertThatExceptionOfType(PushpadValidationException.class)
			.isThrownBy(() -> ProjectUpdateRequest.builder().build())
			.withMessageContaining("changes nothing");
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@ParameterizedTest
	@MethodSource("xyz.pushpad.client.WireMockContract#crudErrorStatuses")
	void errorStatusMapsToException(String operation, int status, Class<? extends PushpadApiException> expected) {
		server.stubFor(any(urlPathMatching("/api/v1/projects(/12345)?"))
			.willReturn(aResponse().withStatus(status).withBody("{\"error\":\"failed\"}")));

		assertThatExceptionOfType(expected).isThrownBy(() -> {
			switch (operation) {
				case "list" -> this.template.listProjects();
				case "create" -> this.template
					.createProject(ProjectCreateRequest.builder(1, "P", "https://example.com").build());
				case "get" -> this.template.getProject(12345);
				case "update" -> this.template.updateProject(12345, ProjectUpdateRequest.builder().name("N").build());
				case "delete" -> this.template.deleteProject(12345);
				default -> throw new IllegalArgumentException(operation);
			}
		}).satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(status));
	}

}
