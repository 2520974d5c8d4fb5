package io.taisei.platform;

/**
 * A record asked for by id does not exist. Answered with 404 (problem+json on the API, the error page in the UI);
 * the message never reaches the client.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String recordType;

    public RecordNotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " not found");
        this.recordType = recordType;
    }

    public String recordType() {
        return recordType;
    }
}
