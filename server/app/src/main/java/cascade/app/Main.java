package cascade.app;

import cascade.app.cli.DemoCommand;
import cascade.app.cli.ServeCommand;
import cascade.app.cli.SimulateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The only {@code main()}. {@code serve} is the default; {@code simulate} and {@code demo} run without a
 * server; later ones (e.g. {@code replay}) are added to the {@code subcommands} list.
 */
@Command(name = "cascade", mixinStandardHelpOptions = true, version = "cascade 0.1.0",
        description = "Cascade: a multiplayer training game about cascading liquidations.",
        subcommands = {ServeCommand.class, SimulateCommand.class, DemoCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        // Vert.x's own log lines (e.g. the blocked-thread checker) go through SLF4J/Logback like ours.
        System.setProperty("vertx.logger-delegate-factory-class-name", "io.vertx.core.logging.SLF4JLogDelegateFactory");
        int code = commandLine().execute(withDefaultCommand(args));
        if (code != 0) {
            System.exit(code);
        }
    }

    /** {@code cascade --port 9000} means {@code cascade serve --port 9000}: serve's flags work without its name. */
    static String[] withDefaultCommand(String[] args) {
        boolean topLevel = args.length > 0 && (args[0].equals("-h") || args[0].equals("--help")
                || args[0].equals("-V") || args[0].equals("--version"));
        if (topLevel || (args.length > 0 && !args[0].startsWith("-"))) {
            return args;
        }
        String[] out = new String[args.length + 1];
        out[0] = "serve";
        System.arraycopy(args, 0, out, 1, args.length);
        return out;
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    /** No subcommand given: run {@code serve} with its defaults. */
    @Override
    public Integer call() {
        return new CommandLine(new ServeCommand()).execute();
    }
}
