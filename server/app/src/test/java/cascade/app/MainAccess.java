package cascade.app;

/** Test access to {@link Main}'s argument rewriting. */
public final class MainAccess {
    private MainAccess() {
    }

    public static String[] withDefault(String... args) {
        return Main.withDefaultCommand(args);
    }
}
