package cascade.app;

/** Placeholder until the command line lands. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Cascade");
    }
}
