/** The reason recorded on each task-force end of 2012-12-31 (rules.ts); pages word it in their language (agency.timeline.sentences.notRenewed2012). */
export const NON_RENEWAL_REASON = "Not renewed: ICE decided on Dec 21, 2012 not to renew any 287(g) task-force agreement; on ICE's roster of 2012-10-16, absent from the roster of 2012-12-31."
