// Two widgets, each imported alone (only their code is bundled), and a typed handler for the hotline's event.
import 'ally-widgets/ally-hotline.js';
import 'ally-widgets/ally-group-finder.js';
import type { AllyCallEvent, AllySearchEvent, HotlineVariant } from 'ally-widgets';

const calls = document.querySelector<HTMLOutputElement>('#calls')!;
document.addEventListener('ally-call', (event: AllyCallEvent) => {
  calls.value = `${calls.value} ${event.detail.number}`.trim();
});
document.addEventListener('ally-search', (event: AllySearchEvent) => {
  document.body.dataset.results = String(event.detail.count);
});

// The attributes that take one of a few values are unions: a typo does not compile.
const hotline = document.querySelector('ally-hotline')!;
const variant: HotlineVariant = 'banner';
hotline.variant = variant;
// @ts-expect-error 'nonsense' is not a HotlineVariant
hotline.variant = 'nonsense';
hotline.variant = variant;
