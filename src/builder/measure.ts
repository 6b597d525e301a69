// The iframe snippet's height, measured: the snippet's own embed.html address
// loaded in two invisible iframes, 320 px (the narrowest phone, or a wider
// one with the site's margins) and 768 px (a tablet, or a computer's content
// column) wide: the narrowest of each, where a widget is tallest, each reporting its height with embed.html's ally-embed-resize message
// (already rounded up to 50 px). What the partner's iframe will show, in the
// language configured, as first shown. A measurement is final once both
// widgets have rendered and, for a second, neither their heights changed nor
// a file arrived (widgets load some of their text, and the group finder its
// list, after their first render).
export const WIDTHS = { phone: 320, desktop: 768 } as const;
export type Heights = { phone?: number; desktop?: number; final?: boolean };

/** How long both heights must stay the same to count as final. */
const QUIET_MS = 1000;

export class Measure {
  /** The invisible frames live here (a hidden, inert box in the page). */
  readonly box: HTMLElement;
  private url = '';
  private tag = '';
  private heights: Heights = {};
  private loadTimer?: ReturnType<typeof setTimeout>;
  private quietTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly onChange: (heights: Heights) => void) {
    this.box = document.createElement('div');
    this.box.className = 'measure';
    this.box.inert = true;
    this.box.setAttribute('aria-hidden', 'true');
    addEventListener('message', (event: MessageEvent<{ type?: string; height?: number }>) => {
      if (event.data?.type !== 'ally-embed-resize' || typeof event.data.height !== 'number') return;
      for (const frame of this.box.querySelectorAll('iframe')) {
        if (frame.contentWindow !== event.source) continue;
        // As tall as reported, as a partner's resize script makes it.
        frame.style.setProperty('height', `${event.data.height}px`);
        this.heights = { ...this.heights, [frame.dataset.width!]: event.data.height, final: false };
        this.onChange(this.heights);
        this.waitQuiet();
      }
    });
  }

  /** Whether both frames show their widget, rendered. */
  private rendered(): boolean {
    return [...this.box.querySelectorAll('iframe')].every((frame) => {
      try {
        return !!frame.contentDocument?.querySelector(this.tag)?.shadowRoot?.querySelector('[part~="base"]');
      } catch {
        return false;
      }
    });
  }

  /** How many files the frames have loaded so far (a widget's text, strings or list arriving late changes it). */
  private loads(): number {
    let count = 0;
    for (const frame of this.box.querySelectorAll('iframe')) {
      try {
        count += frame.contentWindow?.performance.getEntriesByType('resource').length ?? 0;
      } catch {
        /* not readable: counts as nothing new */
      }
    }
    return count;
  }

  private waitQuiet(): void {
    clearTimeout(this.quietTimer);
    const loads = this.loads();
    this.quietTimer = setTimeout(() => {
      if (this.heights.phone && this.heights.desktop && this.rendered() && this.loads() === loads) {
        this.heights = { ...this.heights, final: true };
        this.onChange(this.heights);
      } else this.waitQuiet();
    }, QUIET_MS);
  }

  /** Measures `url`, a page showing `<tag>` (after typing pauses: each measurement loads two pages). */
  measure(url: string, tag: string): void {
    if (url === this.url) return;
    this.url = url;
    this.tag = tag;
    this.heights = {};
    this.onChange(this.heights);
    clearTimeout(this.loadTimer);
    clearTimeout(this.quietTimer);
    this.loadTimer = setTimeout(() => {
      this.box.replaceChildren(
        ...Object.entries(WIDTHS).map(([name, width]) => {
          const frame = document.createElement('iframe');
          frame.dataset.width = name;
          frame.className = `measure-${name}`;
          frame.title = `${name} ${width}`;
          frame.tabIndex = -1;
          frame.src = url;
          return frame;
        }),
      );
    }, 400);
  }
}
