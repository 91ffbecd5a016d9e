// Draws Alongside's icon (two circles side by side, one warm, one calm, on a soft ground)
// and writes the PNG and ICO files the PWA and the extension need. Run once after a
// design change: `node scripts/make-icons.mjs`. No image library: a tiny PNG encoder on zlib.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BG = [29, 101, 97]; // --al-color-primary
const LEFT = [250, 246, 241]; // --al-color-bg
const RIGHT = [240, 168, 132]; // warm accent

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Renders the icon at `size`; `safe` shrinks the art into the maskable safe zone. */
function draw(size, { maskable = false, rounded = true } = {}) {
  const px = Buffer.alloc(size * size * 4);
  const s = size;
  const scale = maskable ? 0.72 : 1;
  const r = 0.2 * s * scale;
  const cy = s / 2;
  const c1 = s / 2 - 0.13 * s * scale;
  const c2 = s / 2 + 0.13 * s * scale;
  const corner = rounded && !maskable ? 0.22 * s : 0;
  const sub = 4; // supersampling for smooth edges
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < sub; sy++) for (let sx = 0; sx < sub; sx++) {
        const fx = x + (sx + 0.5) / sub, fy = y + (sy + 0.5) / sub;
        if (corner) {
          const dx = Math.max(corner - fx, fx - (s - corner), 0), dy = Math.max(corner - fy, fy - (s - corner), 0);
          if (dx * dx + dy * dy > corner * corner) continue;
        }
        let col = BG;
        const in1 = (fx - c1) ** 2 + (fy - cy) ** 2 <= r * r;
        const in2 = (fx - c2) ** 2 + (fy - cy) ** 2 <= r * r;
        if (in2) col = RIGHT;
        if (in1) col = in2 ? [245, 207, 186] : LEFT;
        acc = [acc[0] + col[0], acc[1] + col[1], acc[2] + col[2], acc[3] + 255];
      }
      const n = sub * sub, i = (y * s + x) * 4;
      const a = acc[3] / n;
      px[i] = a ? Math.round(acc[0] / (acc[3] / 255)) : 0;
      px[i + 1] = a ? Math.round(acc[1] / (acc[3] / 255)) : 0;
      px[i + 2] = a ? Math.round(acc[2] / (acc[3] / 255)) : 0;
      px[i + 3] = Math.round(a);
    }
  }
  const raw = Buffer.alloc((s * 4 + 1) * s);
  for (let y = 0; y < s; y++) {
    raw[y * (s * 4 + 1)] = 0;
    px.copy(raw, y * (s * 4 + 1) + 1, y * s * 4, (y + 1) * s * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0); ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

function ico(png, size) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(1, 4);
  header[6] = size; header[7] = size; header[8] = 0; header[9] = 0;
  header.writeUInt16LE(1, 10); header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png.length, 14); header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

const out = (dir, name, buf) => { mkdirSync(dir, { recursive: true }); writeFileSync(`${dir}/${name}`, buf); };
out('pwa/public/icons', 'icon-192.png', draw(192));
out('pwa/public/icons', 'icon-512.png', draw(512));
out('pwa/public/icons', 'maskable-192.png', draw(192, { maskable: true }));
out('pwa/public/icons', 'maskable-512.png', draw(512, { maskable: true }));
out('pwa/public/icons', 'apple-touch-icon.png', draw(180, { rounded: false }));
out('pwa/public', 'favicon.ico', ico(draw(32), 32));
for (const n of [16, 32, 48, 128]) out('extension/public/icons', `icon-${n}.png`, draw(n));
console.log('icons written');
