// Statistics for the benchmark: medians with distribution-free confidence intervals.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** 95 % order-statistic interval for the median: [x(j), x(k)] with P(j ≤ rank of median < k) ≥ 0.95 (binomial). */
export function medianCI(xs, level = 0.95) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n < 6) return [s[0], s[n - 1]];
  const pmf = Array.from({ length: n + 1 }, (_, i) => Math.exp(logChoose(n, i) - n * Math.LN2));
  // Widen symmetrically from the middle until the coverage is reached.
  let j = Math.floor((n - 1) / 2);
  let k = n - 1 - j;
  const coverage = () => pmf.slice(j + 1, k + 1).reduce((a, b) => a + b, 0);
  while (coverage() < level && j > 0) {
    j--;
    k++;
  }
  return [s[j], s[k]];
}
const logChoose = (n, k) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);
const logFactorial = (n) => {
  let x = 0;
  for (let i = 2; i <= n; i++) x += Math.log(i);
  return x;
};

/** A small seeded generator, so a run's bootstrap intervals are reproducible from its data. */
const mulberry32 = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * Ratio of medians of two paired samples (the same rounds) with a 95 % percentile-bootstrap interval
 * that resamples whole rounds, so what a round shares (machine load) stays paired.
 */
export function ratioCI(a, b, resamples = 2000) {
  const random = mulberry32(0x5eed);
  const n = a.length;
  const ratios = [];
  for (let r = 0; r < resamples; r++) {
    const ia = [];
    const ib = [];
    for (let i = 0; i < n; i++) {
      const pick = Math.floor(random() * n);
      ia.push(a[pick]);
      ib.push(b[pick]);
    }
    ratios.push(median(ia) / median(ib));
  }
  ratios.sort((x, y) => x - y);
  return { ratio: median(a) / median(b), low: ratios[Math.floor(0.025 * resamples)], high: ratios[Math.ceil(0.975 * resamples) - 1] };
}
