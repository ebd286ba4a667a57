package io.linchpin.engine.forecast;

import java.util.SplittableRandom;

/**
 * Draws from the distribution of one {@link Estimate}. The parameters are worked out once, so a
 * draw costs a square root (triangular), a few normal deviates (PERT-beta, normal) or an
 * exponential (lognormal): Monte Carlo draws a hundred million of them.
 */
final class Draw {

    private static final int FIXED = 0;
    private static final int TRIANGULAR = 1;
    private static final int PERT = 2;
    private static final int UNIFORM = 3;
    private static final int NORMAL = 4;
    private static final int LOGNORMAL = 5;

    private final int kind;
    private final double low;
    private final double high;
    private final double p1;
    private final double p2;
    private final double p3;
    private final double p4;

    private Draw(int kind, double low, double high, double p1, double p2, double p3, double p4) {
        this.kind = kind;
        this.low = low;
        this.high = high;
        this.p1 = p1;
        this.p2 = p2;
        this.p3 = p3;
        this.p4 = p4;
    }

    static Draw of(Estimate e) {
        double a = e.optimistic();
        double m = e.mostLikely();
        double b = e.pessimistic();
        double width = b - a;
        if (width == 0) {
            return new Draw(FIXED, a, a, 0, 0, 0, 0);
        }
        switch (e.distribution()) {
            case TRIANGULAR:
                return new Draw(TRIANGULAR, a, b, (m - a) / width, width * (m - a), width * (b - m), 0);
            case PERT: {
                double alpha = 1 + 4 * (m - a) / width;
                double beta = 1 + 4 * (b - m) / width;
                double dAlpha = alpha - 1.0 / 3;
                double dBeta = beta - 1.0 / 3;
                return new Draw(PERT, a, b, dAlpha, 1 / Math.sqrt(9 * dAlpha), dBeta, 1 / Math.sqrt(9 * dBeta));
            }
            case UNIFORM:
                return new Draw(UNIFORM, a, b, 0, 0, 0, 0);
            case NORMAL:
                return new Draw(NORMAL, 0, Double.POSITIVE_INFINITY, e.mean(), width / 6, 0, 0);
            default: {
                double mean = e.mean();
                double sd = width / 6;
                double sigma2 = Math.log1p(sd * sd / (mean * mean));
                return new Draw(LOGNORMAL, 0, Double.POSITIVE_INFINITY, Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2), 0, 0);
            }
        }
    }

    boolean isFixed() {
        return kind == FIXED;
    }

    double next(SplittableRandom rng) {
        switch (kind) {
            case FIXED:
                return low;
            case TRIANGULAR: {
                // One square root whichever side of the mode the draw falls: no branch to mispredict.
                double u = rng.nextDouble();
                boolean left = u < p1;
                double root = Math.sqrt(left ? u * p2 : (1 - u) * p3);
                return left ? low + root : high - root;
            }
            case PERT: {
                double x = gamma(rng, p1, p2);
                double y = gamma(rng, p3, p4);
                return low + (high - low) * (x / (x + y));
            }
            case UNIFORM:
                return low + (high - low) * rng.nextDouble();
            case NORMAL: {
                double x;
                do {
                    x = p1 + p2 * rng.nextGaussian();
                } while (x < 0);
                return x;
            }
            default:
                return Math.exp(p1 + p2 * rng.nextGaussian());
        }
    }

    /**
     * A gamma deviate of shape {@code d + 1/3} ≥ 1 and scale 1, by Marsaglia and Tsang (2000); {@code c = 1 / sqrt(9d)}.
     * PERT's shapes are always at least 1, so no boost for small shapes is needed.
     */
    private static double gamma(SplittableRandom rng, double d, double c) {
        while (true) {
            double x;
            double v;
            do {
                x = rng.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
