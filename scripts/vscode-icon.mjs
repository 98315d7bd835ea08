// Draws the extension's 128x128 icon (extension/images/icon.png): a document page with text lines
// on a dark blue tile, one line marked as a deviation (red wavy underline) and a green check.
// Run once when the design changes: node scripts/vscode-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 128;
const pixels = Buffer.alloc(size * size * 4);

function blend(x, y, [r, g, b], alpha = 1) {
  if (x < 0 || y < 0 || x >= size || y >= size) return;
  const at = (y * size + x) * 4;
  const keep = 1 - alpha;
  pixels[at] = Math.round(pixels[at] * keep + r * alpha);
  pixels[at + 1] = Math.round(pixels[at + 1] * keep + g * alpha);
  pixels[at + 2] = Math.round(pixels[at + 2] * keep + b * alpha);
  pixels[at + 3] = Math.max(pixels[at + 3], Math.round(255 * alpha));
}

function roundedRect(x0, y0, x1, y1, radius, colour) {
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const dx = Math.max(x0 + radius - x - 0.5, 0, x + 0.5 - (x1 - radius));
      const dy = Math.max(y0 + radius - y - 0.5, 0, y + 0.5 - (y1 - radius));
      const outside = Math.hypot(dx, dy) - radius;
      if (outside < 1) blend(x, y, colour, Math.min(1, 1 - outside));
    }
  }
}

function disc(cx, cy, radius, colour) {
  for (let y = Math.floor(cy - radius - 1); y <= cy + radius + 1; y++) {
    for (let x = Math.floor(cx - radius - 1); x <= cx + radius + 1; x++) {
      const outside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) - radius;
      if (outside < 1) blend(x, y, colour, Math.min(1, 1 - outside));
    }
  }
}

function thickLine(xa, ya, xb, yb, width, colour) {
  const steps = Math.ceil(Math.hypot(xb - xa, yb - ya) * 2);
  for (let step = 0; step <= steps; step++) {
    const t = step / steps;
    disc(xa + (xb - xa) * t, ya + (yb - ya) * t, width / 2, colour);
  }
}

const navy = [31, 58, 95];
const paper = [245, 247, 250];
const ink = [120, 134, 156];
const red = [214, 48, 49];
const green = [39, 174, 96];
const white = [255, 255, 255];

roundedRect(0, 0, 128, 128, 22, navy);
roundedRect(26, 14, 94, 114, 6, paper);
for (const [y, length] of [[30, 52], [42, 44], [54, 50], [78, 40], [90, 48]]) roundedRect(36, y, 36 + length, y + 5, 2, ink);
roundedRect(36, 66, 84, 71, 2, [60, 70, 90]);
for (let x = 36; x < 84; x++) blend(x, Math.round(75 + 1.6 * Math.sin((x - 36) / 2)), red);
for (let x = 36; x < 84; x++) blend(x, Math.round(76 + 1.6 * Math.sin((x - 36) / 2)), red);
disc(94, 94, 22, green);
thickLine(84, 95, 91, 102, 5, white);
thickLine(91, 102, 105, 86, 5, white);

function crc32(bytes) {
  let crc = -1;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const rows = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows)),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../extension/images/icon.png', import.meta.url), png);
console.log(`wrote extension/images/icon.png (${png.length} bytes)`);
