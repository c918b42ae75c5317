package xyz.pushpad.contract;

/**
 * Known differences between the bundled OpenAPI spec and the way the Pushpad API is used, each with its reason.
 * {@link OpenApiContract} applies every one of them, so this list is the single place that records where the validator
 * departs from the literal spec.
 */
public enum SpecDeviation {

	/**
	 * Operations that the entry point includes with {@code $ref} are inlined before parsing.
	 */
	OPERATION_REFERENCES_INLINED("The spec writes each operation as a $ref to a file; OpenAPI 3.1 allows $ref on "
			+ "path items but not on operations, so parsers leave those operations empty."),

	/**
	 * {@code HEAD /projects/{project_id}/subscriptions} is validated as the {@code GET} of the same path, and its
	 * response must have no body.
	 */
	HEAD_COUNTS_SUBSCRIPTIONS("The spec declares only GET on /projects/{project_id}/subscriptions, but the official "
			+ "Java, Go, Node and Ruby libraries count subscriptions with HEAD and read X-Total-Count."),

	/**
	 * A request body that contains a property marked {@code readOnly} is reported.
	 */
	READ_ONLY_PROPERTIES_REJECTED_IN_REQUESTS("JSON Schema treats readOnly as an annotation only, but the spec uses it "
			+ "to mark fields that the server sets (ids, created_at) or that an update cannot change."),

	/**
	 * A request body that contains a property the schema does not declare is reported.
	 */
	UNDECLARED_PROPERTIES_REJECTED_IN_REQUESTS("The models do not set additionalProperties: false, so a misspelt "
			+ "field would pass the schema and then be ignored by the server."),

	/**
	 * A request without a body is reported when the operation's body schema has required properties.
	 */
	MISSING_BODY_REJECTED("No requestBody in the spec is marked required, but an empty create request cannot carry "
			+ "the properties its schema requires."),

	/**
	 * Any body, or none, is accepted for an error status.
	 */
	ERROR_BODIES_UNDOCUMENTED("The spec declares no content for error responses; the API returns a JSON object such "
			+ "as {\"error\": \"...\"} whose shape is not documented.");

	private final String reason;

	SpecDeviation(String reason) {
		this.reason = reason;
	}

	/**
	 * Returns why the validator departs from the spec here.
	 */
	public String reason() {
		return this.reason;
	}

}
