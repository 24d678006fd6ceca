/*
 * fake_peer: a scripted collector for tests of the supervisor's children,
 * spool and collect code. It speaks the frame protocol of collector.h
 * correctly or breaks it in one chosen way ("mode"), so the supervisor's
 * reaction to every kind of bad child can be tested. Used by the
 * fake_child program (forked children) and by t_children (in-process).
 */
#ifndef RW_FAKE_PEER_H
#define RW_FAKE_PEER_H

/* The graph of mode "ok" (two GRAPH frames: lines 1+2, line 3) and the
 * line that mode "big" sends 64000 times. */
#define FAKE_LINE1 "{\"id\":\"n1\",\"reported\":{\"kind\":\"graph_root\"}}\n"
#define FAKE_LINE2 "{\"id\":\"n2\",\"reported\":{\"kind\":\"cloud\"}}\n"
#define FAKE_LINE3 "{\"from\":\"n1\",\"to\":\"n2\"}\n"

/* The conversation on fd. mode_of(account id) picks the behaviour for the
 * account of the ACCOUNT frame ("discover:<cloud>" when accounts is []). pump as in
 * collector_serve(). Returns the exit status. Modes: see fake_peer.c. */
int	fake_serve(int fd, void (*pump)(void *), void *arg,
	    const char *(*mode_of)(const char *id, void *), void *marg);

/* The first frame on fd without consuming it (MSG_PEEK): the account id of
 * the ACCOUNT frame ("discover:<cloud>" for []), or NULL when it cannot be
 * read. */
char	*fake_peek_account(int fd);

#endif
