package cascade.app.config;

/** A setting is invalid; the message is printed as is and the process exits with code 2. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
