package com.renovare.content.publishing;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pending scheduled publish. */
@Schema(name = "Schedule")
public record ScheduleView(
    @Schema(description = "When the draft will be published (UTC).", required = true)
        Instant publishAt,
    @Schema(maxLength = 1000, required = true) String changeNote,
    @Schema(description = "Who scheduled it.", maxLength = 100, required = true) String requestedBy,
    @Schema(required = true) Instant createdAt,
    @Schema(
            description = "Why the last attempt failed; the schedule waits until it is replaced.",
            maxLength = 2000)
        String lastError) {}
