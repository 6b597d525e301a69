// Loaded only when a partner sets `accent`: keeps outlines and links in the
// accent colour visible (WCAG 1.4.11, 3:1 against the background) in each theme.
import { luminance, readColour, type Rgb } from './contrast.js';

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
