// Every file a partner can load from dist/, with its source and size budget (SPEC §5, bytes gzipped).
export const entries = [
  { name: 'ally-widgets', input: 'src/ally-widgets.ts', budget: 25 * 1024 },
  { name: 'ally-hotline', input: 'src/hotline/ally-hotline.ts', budget: 14 * 1024 },
  { name: 'ally-rights-card', input: 'src/rights-card/ally-rights-card.ts', budget: 14 * 1024 },
  { name: 'ally-five-ds', input: 'src/five-ds/ally-five-ds.ts', budget: 14 * 1024 },
  { name: 'ally-group-finder', input: 'src/group-finder/ally-group-finder.ts', budget: 14 * 1024 },
];
export const LOCALE_BUDGET = 6 * 1024;
