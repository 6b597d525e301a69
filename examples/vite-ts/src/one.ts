import 'ally-widgets/ally-hotline.js';
