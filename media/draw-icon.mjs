// Draws media/icon.png (128×128): an envelope on a teal tile with a green check badge. Node built-ins only:
// shapes are tested per pixel with 4×4 supersampling, and the PNG is written with zlib. Run: node media/draw-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

// Shapes as "is this point inside" tests, in pixel coordinates.
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (ax, ay, bx, by, half) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half;
};
const any = (...shapes) => (x, y) => shapes.some((shape) => shape(x, y));

const tile = roundedRect(4, 4, 124, 124, 24);
const envelope = roundedRect(20, 36, 100, 92, 7);
const flap = any(segment(24, 41, 60, 68, 3.2), segment(60, 68, 96, 41, 3.2));
const badgeRing = circle(96, 92, 24);
const badge = circle(96, 92, 20);
const check = any(segment(85, 92, 93, 100, 3.6), segment(93, 100, 108, 84, 3.6));

/** Layers from the bottom up: each is a test and a colour, which may depend on the position. */
const layers = [
  [tile, (_x, y) => mix([20, 115, 120], [36, 150, 140], y / SIZE)],
  [envelope, () => [250, 248, 242]],
  [flap, () => [170, 186, 184]],
  [badgeRing, (_x, _y) => mix([20, 115, 120], [36, 150, 140], 0.8)],
  [badge, () => [76, 175, 80]],
  [check, () => [255, 255, 255]],
];

function mix(a, b, t) {
  return a.map((v, i) => v + (b[i] - v) * t);
}

function pixel(px, py) {
  let [r, g, b, a] = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let colour;
      for (const [inside, paint] of layers) if (inside(x, y)) colour = paint(x, y);
      if (!colour) continue;
      r += colour[0];
      g += colour[1];
      b += colour[2];
      a += 1;
    }
  }
  if (a === 0) return [0, 0, 0, 0];
  return [r / a, g / a, b / a, (255 * a) / SAMPLES ** 2].map(Math.round);
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
  rows.push(row);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
