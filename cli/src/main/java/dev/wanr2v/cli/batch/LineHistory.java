package dev.wanr2v.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * What the journal says about one manifest line, folded from its records in order. Mutable; used by
 * one thread at a time.
 */
public final class LineHistory {
    /** Where a line stands. */
    public enum Phase {
        /** An intent without an answer: the create may or may not have reached the vendor. */
        INTENT,
        /** The create failed in a way that leaves open whether the vendor accepted it. */
        UNKNOWN,
        /** The create was answered with an error: certainly no task, safe to send again. */
        REJECTED,
        /** The vendor accepted the task; its token is known. */
        SUBMITTED,
        /** The task ended (succeeded or failed). */
        DONE
    }

    private final int line;
    private Phase phase;
    private String sha256;
    private int attempts;
    private Instant sentAt;
    private String token;
    private boolean succeeded;
    private String videoUrl;
    private ObjectNode error;
    private String file;

    LineHistory(int line) {
        this.line = line;
    }

    /** Applies one record of this line. */
    void apply(JsonNode record) {
        String type = record.path("type").asText();
        switch (type) {
            case JournalRecords.INTENT -> {
                phase = Phase.INTENT;
                sha256 = record.path("sha256").asText(null);
                attempts = Math.max(attempts, record.path("attempt").asInt(attempts + 1));
                sentAt = instant(record.path("at").asText(null));
                token = null;
                error = null;
            }
            case JournalRecords.UNKNOWN -> {
                phase = Phase.UNKNOWN;
                error = object(record.get("error"));
            }
            case JournalRecords.REJECTED -> {
                phase = Phase.REJECTED;
                error = object(record.get("error"));
            }
            case JournalRecords.SUBMITTED -> {
                phase = Phase.SUBMITTED;
                token = record.path("token").asText(null);
            }
            case JournalRecords.DONE -> {
                phase = Phase.DONE;
                succeeded = record.path("succeeded").asBoolean();
                videoUrl = record.path("videoUrl").asText(null);
                error = object(record.get("error"));
            }
            case JournalRecords.DOWNLOADED -> file = record.path("file").asText(null);
            default -> {
                // a record type of a later version: ignored
            }
        }
    }

    private static ObjectNode object(JsonNode node) {
        return node instanceof ObjectNode o ? o : null;
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public int line() {
        return line;
    }

    /** The phase, or {@code null} when the line has no records that matter. */
    public Phase phase() {
        return phase;
    }

    /** The SHA-256 of the line's text when its last create was intended. */
    public String sha256() {
        return sha256;
    }

    /** How many creates were intended for the line. */
    public int attempts() {
        return attempts;
    }

    /** When the last create was about to be sent. */
    public Instant sentAt() {
        return sentAt;
    }

    /** The task's token, once submitted. */
    public String token() {
        return token;
    }

    /** For {@link Phase#DONE}: whether the task succeeded. */
    public boolean succeeded() {
        return succeeded;
    }

    public String videoUrl() {
        return videoUrl;
    }

    /** The error recorded with the phase, if any. */
    public ObjectNode error() {
        return error;
    }

    /** The downloaded file, once downloaded. */
    public String file() {
        return file;
    }
}
