package org.protego.takedown;

/** Where the takedown of one illegal URL item stands. */
public enum TakedownState {
    /** Assessed as illegal; no notice sent yet. */
    AWAITING_NOTICE,
    /** At least one notice sent; the content is taken to be online until removal is confirmed. */
    NOTICE_SENT,
    /** An analyst confirmed the content is gone; the item leaves the block list. */
    REMOVED
}
