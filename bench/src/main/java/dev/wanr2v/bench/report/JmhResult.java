package dev.wanr2v.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One benchmark result of a JMH JSON file: its primary metric and secondary metrics. */
record JmhResult(JsonNode node) {

    String benchmark() {
        return node.path("benchmark").asText();
    }

    String param(String name) {
        return node.path("params").path(name).asText(null);
    }

    String unit() {
        return node.path("primaryMetric").path("scoreUnit").asText();
    }

    /** JMH's own score and score error. */
    Stat score() {
        return score(node.path("primaryMetric"));
    }

    /** The primary metric's per-iteration values, all forks in a row. */
    double[] iterations() {
        return raw(node.path("primaryMetric"));
    }

    boolean has(String secondary) {
        return node.path("secondaryMetrics").has(secondary);
    }

    /**
     * A secondary metric's per-iteration values. (For {@code @AuxCounters(EVENTS)} JMH's score is their
     * sum over iterations; the report never uses it.)
     */
    double[] iterations(String secondary) {
        return raw(node.path("secondaryMetrics").path(secondary));
    }

    /** A secondary metric's score and error as JMH reports them (right for profilers' normalised values). */
    Stat score(String secondary) {
        return score(node.path("secondaryMetrics").path(secondary));
    }

    /** The mean of a secondary metric's per-iteration values, with its error. */
    Stat mean(String secondary) {
        return Stat.of(iterations(secondary));
    }

    /** Per iteration, {@code numerator / denominator} of two secondary metrics. */
    double[] quotients(String numerator, String denominator) {
        double[] a = iterations(numerator);
        double[] b = iterations(denominator);
        double[] q = new double[Math.min(a.length, b.length)];
        for (int i = 0; i < q.length; i++) {
            q[i] = a[i] / b[i];
        }
        return q;
    }

    int measurementIterations() {
        return iterations().length;
    }

    private static Stat score(JsonNode metric) {
        double error = metric.path("scoreError").asDouble(Double.NaN);
        return new Stat(metric.path("score").asDouble(Double.NaN), error);
    }

    private static double[] raw(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode v : fork) {
                values.add(v.asDouble());
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
