// Everything the group finder needs once it starts loading data, in one
// on-demand chunk: the data layer and the result and filter templates.
export * from './data.js';
export * from './views.js';
export * from './search-index.js';
