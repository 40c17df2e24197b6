/** Slots of the shared control array of the parallel runner. */
export const CTRL_GENERATION = 0;
export const CTRL_DONE = 1;
export const CTRL_STOP = 2;
export const CTRL_SLOTS = 3;
