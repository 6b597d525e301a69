/** The attributes every widget accepts, with their Storybook controls: shared by every story file. */
export interface CommonArgs {
  lang: string;
  languages: string;
  theme: 'light' | 'dark' | 'auto';
  accent: string;
  'heading-level': number;
}

export const commonArgs: CommonArgs = {
  lang: '',
  languages: '',
  theme: 'light',
  accent: '',
  'heading-level': 2,
};

export const commonArgTypes = {
  lang: { control: 'text' },
  languages: { control: 'text', description: 'space-separated, or "none"' },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  accent: { control: 'color' },
  'heading-level': { control: { type: 'number', min: 2, max: 6 } },
} as const;
