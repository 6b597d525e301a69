import { html, nothing, type TemplateResult } from 'lit';

/** A real `<h2>`–`<h6>` for the widget's own heading, at the level the partner's page needs. */
export function heading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 part=${part} id=${id ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${id ?? nothing}>${content}</h6>`;
    default:
      return html`<h2 part=${part} id=${id ?? nothing}>${content}</h2>`;
  }
}
