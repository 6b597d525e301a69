// Every widget: the package root registers them all and exports their classes.
import { AllyHotline, VERSION } from 'ally-widgets';

console.info(`ally-widgets ${VERSION}`, customElements.get('ally-hotline') === AllyHotline);
