package io.linchpin.engine.forecast;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

/**
 * Induces a rank correlation between samples without changing any sample's values, by Iman and
 * Conover (1982): build normal scores with exactly the target correlation, then reorder each
 * sample so its ranks follow its scores' ranks.
 */
final class ImanConover {

    private ImanConover() {
    }

    /** The lower Cholesky factor of the matrix with 1 on its diagonal and {@code c} elsewhere. */
    static double[][] equicorrelationFactor(int size, double c) {
        double[][] m = new double[size][size];
        for (int i = 0; i < size; i++) {
            Arrays.fill(m[i], c);
            m[i][i] = 1;
        }
        double[][] factor = cholesky(m);
        if (factor == null) {
            throw new IllegalArgumentException("a correlation of " + c + " between " + size + " tasks is not a valid correlation matrix");
        }
        return factor;
    }

    /**
     * Reorders each column so the columns' ranks correlate as {@code target} (a lower Cholesky
     * factor) says. A block with no more rows than columns has no correlation to measure and is
     * left as it is.
     */
    static void correlate(double[][] columns, double[][] target, SplittableRandom rng) {
        int k = columns.length;
        int rows = columns[0].length;
        if (rows <= k) {
            return;
        }
        double[] scores = new double[rows];
        for (int i = 0; i < rows; i++) {
            scores[i] = StandardNormal.quantile((i + 1.0) / (rows + 1));
        }
        double[][] s = new double[k][];
        for (int j = 0; j < k; j++) {
            s[j] = scores.clone();
            for (int i = rows - 1; i > 0; i--) {
                int other = rng.nextInt(i + 1);
                double swap = s[j][i];
                s[j][i] = s[j][other];
                s[j][other] = swap;
            }
        }
        double[][] actual = cholesky(correlationOf(s));
        if (actual == null) {
            throw new IllegalStateException("the shuffled normal scores of " + k + " tasks are linearly dependent over " + rows + " rows");
        }
        double[][] t = new double[k][rows];
        double[] y = new double[k];
        for (int row = 0; row < rows; row++) {
            for (int j = 0; j < k; j++) {
                double v = s[j][row];
                for (int l = 0; l < j; l++) {
                    v -= actual[j][l] * y[l];
                }
                y[j] = v / actual[j][j];
            }
            for (int j = 0; j < k; j++) {
                double v = 0;
                for (int l = 0; l <= j; l++) {
                    v += target[j][l] * y[l];
                }
                t[j][row] = v;
            }
        }
        for (int j = 0; j < k; j++) {
            double[] sorted = columns[j].clone();
            Arrays.sort(sorted);
            double[] order = t[j];
            Integer[] byScore = new Integer[rows];
            for (int i = 0; i < rows; i++) {
                byScore[i] = i;
            }
            Arrays.sort(byScore, Comparator.comparingDouble(i -> order[i]));
            for (int r = 0; r < rows; r++) {
                columns[j][byScore[r]] = sorted[r];
            }
        }
    }

    private static double[][] correlationOf(double[][] s) {
        int k = s.length;
        int rows = s[0].length;
        double[][] c = new double[k][k];
        double[] norm = new double[k];
        for (int j = 0; j < k; j++) {
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += s[j][i] * s[j][i];
            }
            norm[j] = Math.sqrt(sum);
        }
        // The scores of every column are the same values shuffled: each has mean zero.
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double sum = 0;
                for (int i = 0; i < rows; i++) {
                    sum += s[a][i] * s[b][i];
                }
                c[a][b] = c[b][a] = sum / (norm[a] * norm[b]);
            }
        }
        return c;
    }

    /** The lower Cholesky factor, or {@code null} if the matrix is not positive definite. */
    private static double[][] cholesky(double[][] m) {
        int k = m.length;
        double[][] l = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = m[i][j];
                for (int p = 0; p < j; p++) {
                    sum -= l[i][p] * l[j][p];
                }
                if (i == j) {
                    if (sum <= 1e-12) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }
}
