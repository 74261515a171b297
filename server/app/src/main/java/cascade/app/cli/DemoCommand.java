package cascade.app.cli;

import cascade.game.demo.CascadeDemo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cascade demo}: the scripted three-generation cascade on the engine, printed (no server). */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Print the scripted engine cascade demo.")
public final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        CascadeDemo.run(System.out);
        return 0;
    }
}
