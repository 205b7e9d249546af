import { describeConfigFuzz } from './config-fuzz.js';
import { GENERIC_NESTING } from './mutations.js';

// RTX configs are flat command lists (a `pp select` or `tunnel select` changes context, it does
// not nest), so the generic nesting stands for whatever a broken export might hold.
describeConfigFuzz('rtx', GENERIC_NESTING);
