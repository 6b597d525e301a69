import { addons } from 'storybook/manager-api';

// Storybook's own zoom control logs a deprecation warning (its popover has no label) on every start;
// browser zoom (Ctrl/Cmd +) does the same job, and 200 % zoom is what the widgets are tested at.
addons.setConfig({ toolbar: { zoom: { hidden: true } } });
