// Loaded only when the page's CSP refused Lit's Trusted Types policy (see
// trusted-types-notice.ts).
import { sayTrustedTypesAdvice } from './trusted-types-advice.js';

sayTrustedTypesAdvice();
