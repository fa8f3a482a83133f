/**
 * QR codes as inline SVG, encoded at build time by `qrcode` (MIT) and drawn here as
 * filled squares: nothing is fetched and no script runs on the page. `qrcode`'s own
 * SVG draws each row as a stroked line, which print renderers turn into thin stripes
 * no phone can read; filled, pixel-aligned squares print as squares at any size.
 */
import { create } from "qrcode";

/**
 * How much damage a code survives. Posters use M (a crease or a pin hole); tear-off
 * strips use L, which needs fewer, larger modules in the same few centimetres.
 */
export type QrErrorCorrection = "L" | "M";

/** The quiet zone scanners need around the code, in modules. */
export const qrQuietZone = 4;

/** Each code made once: a poster asks for its size and its drawing (`qrModules`, `qrSvg`). */
const cache = new Map<string, { svg: string; side: number }>();

/** The dark modules of `text` as one path of filled unit squares, row runs merged. */
function modulePath(
  text: string,
  errorCorrectionLevel: QrErrorCorrection,
): { d: string; size: number } {
  const { modules } = create(text, { errorCorrectionLevel });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    let x = 0;
    while (x < modules.size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < modules.size && modules.get(y, x)) x++;
      parts.push(`M${start + qrQuietZone} ${y + qrQuietZone}h${x - start}v1h${start - x}z`);
    }
  }
  return { d: parts.join(""), size: modules.size };
}

/** The code of `text`, drawn once per build. */
function qrCode(text: string, errorCorrection: QrErrorCorrection): { svg: string; side: number } {
  const key = `${errorCorrection}\n${text}`;
  let code = cache.get(key);
  if (!code) {
    const { d, size } = modulePath(text, errorCorrection);
    const side = size + 2 * qrQuietZone;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
      `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
    code = { svg, side };
    cache.set(key, code);
  }
  return code;
}

/** The number of modules across the code of `text`, quiet zone included. */
export function qrModules(text: string, errorCorrection: QrErrorCorrection = "M"): number {
  return qrCode(text, errorCorrection).side;
}

/** An `<svg>` (viewBox only, so CSS sets its printed size) that encodes `text`. */
export function qrSvg(text: string, errorCorrection: QrErrorCorrection = "M"): string {
  return qrCode(text, errorCorrection).svg;
}
