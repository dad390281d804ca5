/**
 * The fill of "no published figure": a diagonal hatch over the no-data grey, drawn once per
 * theme into a small canvas and used as an ECharts pattern. One shared image is far cheaper than
 * a per-region decal (measured: decals cost ~300 ms on the first draw of the city map).
 */
import type { MapColours } from './palettes';

export interface PatternFill {
  image: HTMLCanvasElement | string;
  imageWidth?: number;
  imageHeight?: number;
  repeat: 'repeat';
}

const cache = new Map<string, PatternFill>();

/**
 * `svg`: for the SVG renderer (paper) the tile goes in as a data URL with its size: given a
 * canvas, the SVG renderer encodes it again for every region (≈170 ms for the city map in print).
 */
export function hatchFill(colours: MapColours, size = 7, svg = false): PatternFill | string {
  const key = `${colours.noData}|${colours.noDataHatch}|${size}|${svg}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  // Without a 2D context (never in the app), plain grey still reads as "no data".
  if (!ctx) return colours.noData;
  ctx.fillStyle = colours.noData;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = colours.noDataHatch;
  ctx.lineWidth = 1;
  ctx.beginPath();
  // One diagonal and its wrap-around corners, so tiles join into continuous lines.
  ctx.moveTo(0, size);
  ctx.lineTo(size, 0);
  ctx.moveTo(-1, 1);
  ctx.lineTo(1, -1);
  ctx.moveTo(size - 1, size + 1);
  ctx.lineTo(size + 1, size - 1);
  ctx.stroke();
  const fill: PatternFill = svg
    ? { image: canvas.toDataURL(), imageWidth: size, imageHeight: size, repeat: 'repeat' }
    : { image: canvas, repeat: 'repeat' };
  cache.set(key, fill);
  return fill;
}
