/** What a share card says: a small label, an optional line of context, and the words themselves. */
export interface ShareCardContent {
  eyebrow: string;
  context?: string;
  text: string;
}

/** Splits text into lines that fit `width` in the canvas's current font; keeps the person's own line breaks. */
export function wrapLines(measure: (s: string) => number, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (measure(next) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * At most `max` lines; when text had to be cut, the last line kept ends in "…" (shortened,
 * word by word and then letter by letter, until it fits `width`), so a reader can see that
 * more was written.
 */
export function clampLines(measure: (s: string) => number, lines: readonly string[], max: number, width: number): string[] {
  if (lines.length <= max) return [...lines];
  if (max <= 0) return [];
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!.trimEnd();
  while (last && measure(`${last}…`) > width) {
    const shorter = last.replace(/\s*\S+$/, '');
    last = shorter && shorter !== last ? shorter : [...last].slice(0, -1).join('');
  }
  kept[max - 1] = `${last.replace(/[\s.,;:!?]+$/, '')}…`;
  return kept;
}

/**
 * Draws a share card as a square PNG (1080 × 1080, black on a warm white) on the device.
 * The text shrinks to fit, and ends in "…" where even the smallest size cannot hold it all;
 * nothing is sent anywhere.
 */
export async function shareCardImage(card: ShareCardContent): Promise<Blob> {
  const size = 1080;
  const pad = 96;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot make images. You can print the card instead.');
  const font = (px: number, weight = 400) => `${weight} ${px}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
  ctx.fillStyle = '#faf6f1';
  ctx.fillRect(0, 0, size, size);
  ctx.fillStyle = '#1d6561';
  ctx.fillRect(0, 0, 24, size);

  ctx.textBaseline = 'top';
  ctx.fillStyle = '#1d6561';
  ctx.font = font(40, 700);
  ctx.fillText(card.eyebrow.toUpperCase(), pad, pad);
  let y = pad + 72;
  if (card.context) {
    ctx.fillStyle = '#5a5048';
    ctx.font = font(34);
    const measure = (s: string) => ctx.measureText(s).width;
    for (const line of clampLines(measure, wrapLines(measure, card.context, size - 2 * pad), 3, size - 2 * pad)) {
      ctx.fillText(line, pad, y);
      y += 46;
    }
    y += 24;
  }
  // The largest size at which the words fit above the footer.
  const room = size - pad - 80 - y;
  let px = 72;
  let lines: string[] = [];
  for (; px >= 24; px -= 4) {
    ctx.font = font(px, 600);
    lines = wrapLines((s) => ctx.measureText(s).width, card.text, size - 2 * pad);
    if (lines.length * px * 1.3 <= room) break;
  }
  ctx.fillStyle = '#2a2420';
  const fits = Math.max(1, Math.floor((size - pad - 60 - y) / (px * 1.3)));
  for (const line of clampLines((s) => ctx.measureText(s).width, lines, fits, size - 2 * pad)) {
    ctx.fillText(line, pad, y);
    y += px * 1.3;
  }
  ctx.fillStyle = '#5a5048';
  ctx.font = font(30);
  ctx.fillText('Alongside', pad, size - pad - 10);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made. You can print the card instead.'))), 'image/png'),
  );
}
