/**
 * Lazy charts: chart.js is fetched only when a chart comes near the
 * viewport, and only on pages that have one. The page is complete without it.
 */

/** Starts watching every `[data-chart]` figure on the page. */
export function watchCharts(): void {
  const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');
  if (figures.length === 0 || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void import('./chart-render.ts').then(({ drawChart }) => drawChart(entry.target as HTMLElement));
      }
    },
    { rootMargin: '300px 0px' },
  );
  figures.forEach((figure) => observer.observe(figure));
}
