/**
 * Draws one chart with chart.js, registering only the line chart pieces it
 * uses. Colours come from the page's CSS, so light and dark both read.
 */
import { CategoryScale, Chart, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset } from 'chart.js';
import type { ChartSpec } from '../site/chart-data.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Filler);

const charts = new Map<HTMLElement, Chart>();
const scheme = window.matchMedia('(prefers-color-scheme: dark)');
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
scheme.addEventListener('change', () => {
  for (const [figure, chart] of charts) {
    chart.destroy();
    drawChart(figure);
  }
});

function css(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

const DAY = 86_400_000;

/** Draws the chart of a `[data-chart]` figure into its canvas. */
export function drawChart(figure: HTMLElement): void {
  const canvas = figure.querySelector('canvas');
  const data = figure.querySelector('script[type="application/json"]');
  if (!canvas || !data?.textContent) return;
  const spec = JSON.parse(data.textContent) as ChartSpec;
  const locale = document.documentElement.lang || 'en';
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const start = spec.start ? Date.parse(`${spec.start}T00:00:00Z`) : 0;
  const xLabel = (x: number) => (spec.axis === 'day' ? dates.format(new Date(start + x * DAY)) : (spec.labels?.[x] ?? String(x)));
  const yLabel = (y: number) =>
    spec.y.format === 'percent' ? percents.format(y) : spec.y.format === 'boolean' ? (y >= 1 ? (spec.y.words?.[1] ?? 'Done') : (spec.y.words?.[0] ?? 'Not done')) : spec.y.unit === '%' ? `${numbers.format(y)}%` : `${numbers.format(y)}${spec.y.unit ? ` ${spec.y.unit}` : ''}`;

  // Green (--chart-3) is kept for the green band alone: a line in green would read as "good" whatever its value.
  const palette = [css('--chart-1'), css('--chart-2'), css('--chart-4'), css('--chart-5'), css('--chart-6')];
  const unfinished = new Set(spec.unfinished ?? []);
  const text = css('--muted');
  const grid = css('--border');
  let next = 0;
  const datasets: ChartDataset<'line', Array<{ x: number; y: number | null }>>[] = spec.series.map((series) => {
    const reference = series.role === 'target' || series.role === 'pace' || series.role === 'band';
    const color = series.role === 'target' ? css('--chart-target') : series.role === 'pace' ? css('--chart-pace') : series.role === 'band' ? css('--chart-band') : palette[next++ % palette.length]!;
    return {
      label: series.label,
      data: series.points.map(([x, y]) => ({ x, y })),
      borderColor: color,
      backgroundColor: color,
      borderWidth: reference ? 1.5 : 2.5,
      borderDash: series.role === 'pace' ? [6, 4] : series.role === 'target' || series.role === 'band' ? [2, 3] : [],
      pointRadius: reference ? 0 : 3,
      pointHoverRadius: reference ? 0 : 5,
      // A cycle in progress: a hollow point reached by a dashed segment, so a growing score does not read as a fall; a closed cycle is solid wherever it stands.
      pointBackgroundColor: series.points.map(([x]) => (unfinished.has(x) ? css('--surface') : color)),
      segment: reference ? undefined : { borderDash: (ctx) => (unfinished.has(ctx.p1DataIndex) ? [5, 4] : undefined) },
      // A point on the plot's edge (the cycle's last day, a 100% hit rate) is drawn whole, not cut in half.
      clip: false,
      stepped: spec.y.format === 'boolean' ? 'before' : false,
      tension: 0,
      spanGaps: true,
    };
  });
  canvas.style.display = 'block';
  charts.set(
    figure,
    new Chart(canvas, {
      type: 'line',
      data: { datasets, ...(spec.axis === 'category' ? { labels: spec.labels ?? [] } : {}) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion.matches ? false : { duration: 400 },
        // Room for a whole point at the top and right edges (clip: false above) and for the last day's label.
        layout: { padding: { top: 6, right: 10 } },
        parsing: spec.axis === 'category' ? undefined : false,
        plugins: {
          // The legend is HTML beside the canvas (Chart.astro), readable without JavaScript.
          legend: { display: false },
          tooltip: { callbacks: { title: (items) => xLabel(Number(items[0]?.parsed.x ?? 0)), label: (item) => `${item.dataset.label}: ${yLabel(Number(item.parsed.y))}` } },
        },
        scales: {
          x:
            spec.axis === 'day'
              ? {
                  type: 'linear',
                  min: 0,
                  max: spec.length ?? 0,
                  // Five evenly spaced days (start, quarters, end) instead of round numbers of days.
                  afterBuildTicks: (axis) => {
                    axis.ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: Math.round(f * (spec.length ?? 0)) }));
                  },
                  // `inner`: the first and last day's labels stay inside the canvas ("Sep 30" whole on a Q3 chart).
                  ticks: { color: text, callback: (v) => xLabel(Number(v)), maxRotation: 0, align: 'inner' },
                  grid: { color: grid },
                }
              : { type: 'category', ticks: { color: text }, grid: { color: grid } },
          y: {
            ...(spec.y.min !== undefined ? { min: spec.y.min } : {}),
            ...(spec.y.max !== undefined ? { max: spec.y.max } : {}),
            ticks: { color: text, maxTicksLimit: spec.y.format === 'boolean' ? 2 : 5, callback: (v) => yLabel(Number(v)) },
            grid: { color: grid },
          },
        },
      },
    }),
  );
  figure.dataset.drawn = 'true';
}
