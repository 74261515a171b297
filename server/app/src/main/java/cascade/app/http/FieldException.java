package cascade.app.http;

import cascade.app.room.Codes;

/** A request field is missing, unknown or invalid; becomes an error reply, never a state change. */
public final class FieldException extends RuntimeException {
    public final Codes code;

    public FieldException(Codes code, String message) {
        super(message, null, false, false);
        this.code = code;
    }
}
