/**
 * QR codes as inline SVG, made at build time with `qrcode` (MIT): nothing is fetched
 * and no script runs on the page. Error correction M survives a crease or a pin hole;
 * the margin is the 4-module quiet zone scanners need.
 */
import { toString } from "qrcode";

const cache = new Map<string, Promise<string>>();

/** An `<svg>` (viewBox only, so CSS sets its printed size) that encodes `text`. */
export function qrSvg(text: string): Promise<string> {
  let svg = cache.get(text);
  if (!svg) {
    svg = toString(text, { type: "svg", margin: 4, errorCorrectionLevel: "M" });
    cache.set(text, svg);
  }
  return svg;
}
