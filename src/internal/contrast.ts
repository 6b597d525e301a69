/** An sRGB colour as three 0–255 channels. */
export type Rgb = readonly number[];

/** WCAG 2 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The channels of a computed `rgb()`/`rgba()` colour. */
export function parseRgb(computed: string): Rgb {
  return (computed.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
}

/** A CSS colour as the browser computes it inside `base` (optionally in one colour scheme, for `light-dark()`). */
export function readColour(base: HTMLElement, colour: string, scheme = 'light'): Rgb {
  const probe = document.createElement('i');
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.colorScheme = scheme;
  probe.style.color = colour;
  base.append(probe);
  const rgb = parseRgb(getComputedStyle(probe).color);
  probe.remove();
  return rgb;
}

/**
 * A plain colour and nothing else: `#rgb`…`#rrggbbaa`, a colour name, or one
 * colour function (`rgb()`, `hsl()`, `oklch()` …) with nothing nested in it,
 * so no `var()`, `env()`, `attr()` (and `url()` is no colour); under 100 characters.
 */
export function isPlainColor(value = ''): boolean {
  const v = value.trim();
  return v.length < 100 && !/\(.*\(|(var|env|attr)\(|^(inherit|initial|unset|revert|currentcolor|transparent)\b/i.test(v) && CSS.supports('color', v);
}
