// Live checks of what a partner types, through the widgets' own helpers: the
// phone number as the widget will dial it (src/internal/phone.ts), the accent
// colour as the widget reads it and its contrast (src/internal/contrast.ts,
// accent-line.ts), web and e-mail addresses as the widgets accept them
// (src/internal/web-address.ts). An invalid value says why, as the widget's
// console message would.
import { normalizePhone } from '../internal/phone.js';
import { isPlainColor, readColour, luminance, type Rgb } from '../internal/contrast.js';
import { contrast, lineColour } from '../internal/accent-line.js';
import { safeMailto, safeWebsite } from '../internal/web-address.js';
import { SHIPPED } from './languages.js';
import type { AttributeInfo } from './catalog.js';
import { kindOf, numberRange, takesEmail } from './fields.js';
import { t } from './i18n.js';

export interface Check {
  ok: boolean;
  text: string;
}

const LIGHT_BACKGROUND: Rgb = [255, 255, 255];
const DARK_BACKGROUND: Rgb = [0x15, 0x17, 0x1b];
const ratio = (n: number): string => `${(Math.floor(n * 10) / 10).toFixed(1)}:1`;

/** The accent as the widget reads it: the text on its buttons, and its contrast with each theme's background. */
function accentCheck(value: string, where: HTMLElement): Check {
  if (!isPlainColor(value)) return { ok: false, text: t('accentInvalid') };
  const rgb = readColour(where, value.trim());
  // As the widget does: black text on a light accent, white on a dark one.
  const onAccent: Rgb = luminance(rgb) > 0.179 ? [0, 0, 0] : [255, 255, 255];
  const parts = [t('accentText', onAccent[0] ? t('white') : t('black'), ratio(contrast(rgb, onAccent)))];
  for (const [theme, background] of [[t('light'), LIGHT_BACKGROUND], [t('dark'), DARK_BACKGROUND]] as const) {
    const c = contrast(rgb, background);
    parts.push(c >= 3 ? t('accentLineOk', theme, ratio(c)) : t('accentLineShade', theme, ratio(c), ratio(contrast(lineColour(rgb, background), background))));
  }
  return { ok: true, text: parts.join(' ') };
}

/** A check of one attribute's value, or undefined when there is nothing to say. */
export function check(attribute: AttributeInfo, raw: string, where: HTMLElement): Check | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  switch (kindOf(attribute)) {
    case 'phone': {
      const phone = normalizePhone(value);
      return phone ? { ok: true, text: t('phoneOk', phone.display, phone.tel) } : { ok: false, text: t('phoneInvalid', value) };
    }
    case 'colour':
      return accentCheck(value, where);
    case 'url': {
      const mail = takesEmail(attribute) ? safeMailto(value.replace(/^mailto:/i, '')) : undefined;
      const web = /^[/?#]|^\.\.?\//.test(value) ? new URL(value, 'https://your-site.example/').pathname : safeWebsite(value);
      if (mail && value.includes('@') && !value.includes('/')) return { ok: true, text: t('emailOk', mail) };
      if (web) return { ok: true, text: t('urlOk', web) };
      return { ok: false, text: takesEmail(attribute) ? t('urlOrEmailInvalid') : t('urlInvalid') };
    }
    case 'number': {
      const range = numberRange(attribute);
      const n = Number(value);
      if (!Number.isInteger(n) || (range && (n < range[0] || n > range[1]))) return { ok: false, text: t('numberInvalid', range ? `${range[0]}–${range[1]}` : '') };
      return undefined;
    }
    case 'languages': {
      if (value === 'none') return { ok: true, text: t('languagesNone') };
      const unknown = value.split(/\s+/).filter((code) => !SHIPPED.includes(code));
      return unknown.length ? { ok: false, text: t('languagesInvalid', unknown.join(' '), SHIPPED.join(' ')) } : undefined;
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : { ok: false, text: t('dateInvalid') };
    case 'select':
      return attribute.options!.includes(value) ? undefined : { ok: false, text: t('optionInvalid', attribute.options!.join(', ')) };
    default:
      return undefined;
  }
}
