package cascade.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's own meters (names are {@code cascade_*} in Prometheus). Thread-safe: updated from every room
 * context and every socket's event loop. Rates such as inputs/s are derived by Prometheus from the counters.
 */
public final class Metrics {
    private final PrometheusMeterRegistry registry;
    public final AtomicInteger rooms = new AtomicInteger();
    public final AtomicInteger connections = new AtomicInteger();
    /** (gateway event loop, room) pairs with a live subscription to the room's streams: ≤ loops × rooms. */
    public final AtomicInteger roomSubscriptions = new AtomicInteger();
    public final AtomicLong tickLagTicks = new AtomicLong();
    public final AtomicLong wsPendingBytes = new AtomicLong();
    public final Counter inputs;
    public final Counter ticks;
    public final Counter wsMessagesIn;
    public final Counter wsMessagesOut;
    public final Counter wsErrors;
    public final Counter slowConsumersDropped;
    public final Counter bookConflations;
    public final DistributionSummary wsWriteQueueBytes;

    public Metrics() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        registry.gauge("cascade.rooms", rooms);
        registry.gauge("cascade.ws.connections", connections);
        registry.gauge("cascade.ws.room.subscriptions", roomSubscriptions);
        registry.gauge("cascade.room.tick.lag.ticks", tickLagTicks);
        registry.gauge("cascade.ws.pending.bytes", wsPendingBytes);
        inputs = Counter.builder("cascade.room.inputs").description("player and instructor inputs applied").register(registry);
        ticks = Counter.builder("cascade.room.ticks").description("clock ticks applied").register(registry);
        wsMessagesIn = Counter.builder("cascade.ws.messages.in").register(registry);
        wsMessagesOut = Counter.builder("cascade.ws.messages.out").register(registry);
        wsErrors = Counter.builder("cascade.ws.errors").description("error replies sent").register(registry);
        slowConsumersDropped = Counter.builder("cascade.ws.slow.consumers.dropped").register(registry);
        bookConflations = Counter.builder("cascade.ws.book.conflations")
                .description("book deltas skipped for a full socket (a snapshot follows)").register(registry);
        wsWriteQueueBytes = DistributionSummary.builder("cascade.ws.write.queue.bytes")
                .description("bytes pending on a socket, sampled at each write").register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    public String scrape() {
        return registry.scrape();
    }
}
