// A Chart.js chart on a canvas (role="img" with a label; the numbers are in a table beside it).
// Only the controllers we use are registered, so the bundle stays small.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

let registered = false;
function register(): void {
  if (registered) return;
  registered = true;
  Chart.register(
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    LineController,
    LineElement,
    PointElement,
    Legend,
    Tooltip,
  );
  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, sans-serif';
}

export function ChartCanvas({ config, label }: { config: ChartConfiguration; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    register();
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

/** Diagonal hatching, so a series is told apart by texture as well as colour. */
export function hatch(color: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/** Colour-blind-safe palette (Okabe–Ito) with a dash pattern and point shape per series. */
export const SERIES_STYLES = [
  { color: '#0072B2', dash: [], point: 'circle' },
  { color: '#D55E00', dash: [6, 4], point: 'triangle' },
  { color: '#009E73', dash: [2, 3], point: 'rect' },
  { color: '#CC79A7', dash: [10, 3, 2, 3], point: 'rectRot' },
  { color: '#E69F00', dash: [12, 6], point: 'star' },
  { color: '#56B4E9', dash: [4, 2], point: 'crossRot' },
] as const;
