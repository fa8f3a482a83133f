/**
 * QR codes as inline SVG, encoded at build time by `qrcode` (MIT) and drawn here as
 * filled squares: nothing is fetched and no script runs on the page. `qrcode`'s own
 * SVG draws each row as a stroked line, which print renderers turn into thin stripes
 * no phone can read; filled, pixel-aligned squares print as squares at any size.
 */
import { create } from "qrcode";
// The same every build: a symbol's name comes from its text, not from the order of drawing.
import { fnv1a64 } from "../speech/hash.ts";

/**
 * How much damage a code survives. Posters use M (a crease or a pin hole); tear-off
 * strips use L, which needs fewer, larger modules in the same few centimetres.
 */
export type QrErrorCorrection = "L" | "M";

/** The level of a poster's own code. */
export const posterQrLevel: QrErrorCorrection = "M";
/** The level of the codes on tear-off strips. */
export const tearOffQrLevel: QrErrorCorrection = "L";

/** The quiet zone scanners need around the code, in modules. */
export const qrQuietZone = 4;

/** Each code made once: a poster asks for its size and its drawing (`qrModules`, `qrSvg`). */
const cache = new Map<string, { d: string; side: number; id: string }>();

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
function qrCode(
  text: string,
  errorCorrection: QrErrorCorrection,
): { d: string; side: number; id: string } {
  const key = `${errorCorrection}\n${text}`;
  let code = cache.get(key);
  if (!code) {
    const { d, size } = modulePath(text, errorCorrection);
    code = { d, side: size + 2 * qrQuietZone, id: `qr-${errorCorrection}-${fnv1a64(key)}` };
    cache.set(key, code);
  }
  return code;
}

/** The white square and black modules of a code, in its own units. */
const drawing = ({ d, side }: { d: string; side: number }) =>
  `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/>`;

/** The opening tag of a code's `<svg>`: a viewBox only, so CSS sets its printed size. */
const svgTag = (side: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">`;

/** The number of modules across the code of `text`, quiet zone included. */
export function qrModules(text: string, errorCorrection: QrErrorCorrection = "M"): number {
  return qrCode(text, errorCorrection).side;
}

/** An `<svg>` (viewBox only, so CSS sets its printed size) that encodes `text`. */
export function qrSvg(text: string, errorCorrection: QrErrorCorrection = "M"): string {
  const code = qrCode(text, errorCorrection);
  return `${svgTag(code.side)}${drawing(code)}</svg>`;
}

/** A code to draw once on a page and show many times (`qrSymbols`, `qrUseSvg`). */
export interface QrOnPage {
  text: string;
  errorCorrection: QrErrorCorrection;
}

/**
 * One hidden `<svg>` holding `codes` as symbols, for a page that shows the same codes
 * many times (a poster page: seven variants, each with a code and three tear-off
 * strips). Drawn out, each would be some 4 KB again.
 */
export function qrSymbols(codes: readonly QrOnPage[]): string {
  const symbols = codes.map(({ text, errorCorrection }) => {
    const code = qrCode(text, errorCorrection);
    return `<symbol id="${code.id}" viewBox="0 0 ${code.side} ${code.side}" shape-rendering="crispEdges">${drawing(code)}</symbol>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="qr-symbols" width="0" height="0" aria-hidden="true" focusable="false">${symbols.join("")}</svg>`;
}

/**
 * Like `qrSvg`, showing the symbol that `qrSymbols` drew once on the same page: the
 * page must hold `qrSymbols` with this text and level, or nothing shows.
 */
export function qrUseSvg(text: string, errorCorrection: QrErrorCorrection = "M"): string {
  const code = qrCode(text, errorCorrection);
  return `${svgTag(code.side)}<use href="#${code.id}" width="${code.side}" height="${code.side}"/></svg>`;
}
