import { svg, type SVGTemplateResult } from 'lit';
import { generate } from 'lean-qr/nano';

/**
 * A QR code as inline SVG (one path, no images, no `innerHTML`), so it renders
 * under a strict CSP and Trusted Types and scales crisply for any camera.
 */
export function qrCode(text: string, label: string): SVGTemplateResult {
  const code = generate(text);
  const size = code.size;
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  }
  const quiet = 4;
  const box = size + quiet * 2;
  return svg`<svg part="qr-image" class="qr-image" viewBox="${-quiet} ${-quiet} ${box} ${box}" role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect x=${-quiet} y=${-quiet} width=${box} height=${box} fill="#fff"></rect>
    <path d=${d} fill="#000"></path>
  </svg>`;
}
