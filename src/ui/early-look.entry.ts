import { paintRememberedLook } from './early-look';

// early-look.js, the options page's and the reader tab's first script (see early-look.ts).
paintRememberedLook(document.documentElement);
