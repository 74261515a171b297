/** JMH benchmarks and the peer order-book stream runner; run on demand, never in {@code verify}. */
package cascade.bench;
