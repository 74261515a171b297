package cascade.app;

import cascade.game.demo.CascadeDemo;

/** Until the server lands: runs the scripted engine cascade demo. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CascadeDemo.run(System.out);
    }
}
