// Loaded only when a partner sets `accent` (the loader preloads it when it sees
// the attribute, so the colour shows with the first render): applies the accent
// and keeps outlines and links in it visible (WCAG 1.4.11, 3:1 against the
// background) in each theme.
import { isPlainColor, luminance, parseRgb, readColour, type Rgb } from './contrast.js';

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/**
 * A colour for outlines and links drawn in `accent` on `background` (WCAG
 * 1.4.11 asks 3:1): the accent itself when it has that contrast, else the
 * accent mixed towards black (light backgrounds) or white (dark ones), in
 * steps of 5 %, until it does.
 */
export function lineColour(accent: Rgb, background: Rgb): Rgb {
  const target = luminance(background) > 0.18 ? 0 : 255;
  let colour = accent;
  for (let t = 0; contrast(colour, background) < 3.05 && t < 1; ) {
    t += 0.05;
    colour = accent.map((c) => Math.round(c + (target - c) * t));
  }
  return colour;
}

const rgbText = (rgb: Rgb): string => `rgb(${rgb.join(' ')})`;

/**
 * Sets `--ally-accent-line` on the widget's base: per theme (`light-dark()`),
 * the accent where it has 3:1 against that theme's background, else a shade
 * of it that has, with a console note for the themes the widget shows.
 */
export function accentLine(tag: string, base: HTMLElement, accent: string, rgb: Rgb, theme: string): void {
  const lines = ['light', 'dark'].map((scheme) => {
    const background = readColour(base, 'var(--ally-background)', scheme);
    const line = lineColour(rgb, background);
    if (line !== rgb && (theme === 'auto' || theme === scheme)) {
      console.warn(
        `<${tag}>: accent="${accent}" has only ${contrast(rgb, background).toFixed(2)}:1 contrast with the ${scheme} background (outlines and links need 3:1), so they use ${rgbText(line)} there instead.`,
      );
    }
    return rgbText(line);
  });
  base.style.setProperty('--ally-accent-line', `light-dark(${lines[0]}, ${lines[1]})`);
}

/** The colour the browser computes for `value` (`rgb(102, 51, 153)` for rebeccapurple), read from a probe inside `where`. */
function computedColor(value: string, where: Element): string {
  const probe = document.createElement('i');
  // The colour as given, not as Windows forced-colours mode would paint it.
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.color = value;
  where.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * Applies `accent` to a widget's base through the CSSOM (never a `style`
 * attribute, so a strict CSP without 'unsafe-inline' allows it) and picks
 * black or white text on it for WCAG contrast. What is applied is the colour
 * the browser computed (`rgb(…)`), never the partner's text: no `var()`,
 * `url()` or anything else that could load or paint something reaches a
 * `background`. An invalid or absent accent removes it (with a warning through
 * `warn` when given: the attribute just changed).
 */
export function applyAccent(
  base: HTMLElement,
  accent: string | undefined,
  theme: string,
  tag: string,
  warn: false | ((attribute: string, value: string, expected: string) => void),
): void {
  const valid = isPlainColor(accent);
  if (accent != null && !valid && warn) warn('accent', accent, 'a CSS colour such as #0a7 or rebeccapurple');
  const color = valid && computedColor(accent!.trim(), base);
  const style = base.style;
  if (!color) {
    for (const name of ['', '-contrast', '-line']) style.removeProperty(`--ally-accent${name}`);
    return;
  }
  // A computed colour always has its channels first: rgb(r, g, b) or rgba(…).
  const rgb = parseRgb(color);
  style.setProperty('--ally-accent', color);
  style.setProperty('--ally-accent-contrast', luminance(rgb) > 0.179 ? '#000' : '#fff');
  accentLine(tag, base, accent!.trim(), rgb, theme);
}
