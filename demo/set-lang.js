// Demo helper: languages.html?lang=es sets the page language before the widgets load.
const lang = new URLSearchParams(location.search).get('lang');
if (lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;
