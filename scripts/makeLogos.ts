/** Draws Fairline's logos with no network and no image library: `npx tsx scripts/makeLogos.ts`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng, type Image, type Rgba } from './png';
import { ROOT } from './paths';

const INK: Rgba = [31, 58, 104, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const ACCENT: Rgba = [242, 169, 59, 255];

/** Shapes in a 0..1 square; the last one that covers a pixel wins. */
type Shape = (x: number, y: number) => boolean;
const rect = (x0: number, y0: number, x1: number, y1: number): Shape => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
const circle = (cx: number, cy: number, r: number): Shape => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const triangle = (cx: number, top: number, half: number, bottom: number): Shape => (x, y) => y >= top && y <= bottom && Math.abs(x - cx) <= ((y - top) / (bottom - top)) * half;

/** A balance: the fair answer, neither the customer's nor ours alone. */
function balance(ink: Rgba): [Shape, Rgba][] {
  return [
    [rect(0.47, 0.22, 0.53, 0.74), ink],
    [rect(0.2, 0.3, 0.8, 0.35), ink],
    [triangle(0.5, 0.7, 0.16, 0.8), ink],
    [circle(0.5, 0.2, 0.05), ACCENT],
    [triangle(0.24, 0.35, 0.12, 0.55), ink],
    [triangle(0.76, 0.35, 0.12, 0.55), ink],
    [rect(0.1, 0.55, 0.38, 0.6), ink],
    [rect(0.62, 0.55, 0.9, 0.6), ink],
  ];
}

function draw(size: number, background: Rgba | null, shapes: [Shape, Rgba][]): Image {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      // Supersampled so the edges are smooth at every size.
      for (let s = 0; s < samples * samples; s++) {
        const x = (px + ((s % samples) + 0.5) / samples) / size;
        const y = (py + (Math.floor(s / samples) + 0.5) / samples) / size;
        let colour: Rgba = background ?? [0, 0, 0, 0];
        for (const [shape, fill] of shapes) if (shape(x, y)) colour = fill;
        for (let c = 0; c < 4; c++) sum[c]! += colour[c]! * (c === 3 ? 1 : colour[3] / 255);
      }
      const alpha = sum[3]! / (samples * samples);
      for (let c = 0; c < 3; c++) pixels[(py * size + px) * 4 + c] = alpha === 0 ? 0 : Math.round(sum[c]! / (samples * samples) / (alpha / 255));
      pixels[(py * size + px) * 4 + 3] = Math.round(alpha);
    }
  }
  return { width: size, height: size, pixels };
}

const paperBalance = balance(PAPER);
writeFileSync(join(ROOT, 'assets', 'logo.png'), encodePng(draw(320, INK, paperBalance)));
writeFileSync(join(ROOT, 'assets', 'logo-small.png'), encodePng(draw(128, null, balance(INK))));
console.log('Wrote assets/logo.png (320×320) and assets/logo-small.png (128×128).');
