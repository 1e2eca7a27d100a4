package uk.councilperformance.corrections;

/** An officer who may correct published figures. The password is kept only as a BCrypt hash. */
public record Officer(long rowId, String username, String name, String passwordHash, String createdAt, boolean disabled) {
}
