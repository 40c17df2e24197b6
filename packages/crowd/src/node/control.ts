/** Slots of the shared control array of the parallel runner. */
export const CTRL_GENERATION = 0;
export const CTRL_DONE = 1;
export const CTRL_STOP = 2;
/** Next position of the grid order not yet claimed by a thread in this step. */
export const CTRL_NEXT = 3;
export const CTRL_SLOTS = 4;

/**
 * Agents claimed at a time. Threads take blocks until none is left, so a thread that is slowed down
 * (another process on its core, a denser part of the crowd) does less of the step instead of holding the
 * others at the barrier. Which thread computes an agent never changes its result.
 */
export const BLOCK = 512;
