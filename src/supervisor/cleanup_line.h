/*
 * cleanup_line: one line of the cleanup search's answer (core-protocol.md
 * 7.1) parsed alone, with nothing else of the job: what the line is (node,
 * edge, blank or bad, and why) and the members the job reads. Owns the
 * parsed line until cl_line_free. Separate so that the fuzz target reaches
 * it without the rest of the supervisor.
 */
#ifndef RW_CLEANUP_LINE_H
#define RW_CLEANUP_LINE_H

#include <stddef.h>

#include <json-c/json.h>

enum cl_line_type {
	CL_L_BLANK,		/* empty or white space: skipped */
	CL_L_BAD,		/* why says what is wrong */
	CL_L_NODE,
	CL_L_EDGE,
};

struct cl_line {
	enum cl_line_type	 type;
	json_object		*o;		/* the parsed line */
	/* node: id and kind never NULL */
	const char		*id, *kind;
	const char		*rid;		/* reported.id, NULL if absent */
	int			 flagged;	/* desired.clean is true */
	int			 ancestors;	/* an "ancestors" object is there */
	const char		*cloud, *account;	/* ancestors.*.reported.id */
	const char		*region;
	/* edge: from and to never NULL */
	const char		*from, *to;
	int			 delete_edge;	/* edge_type "delete" */
	char			 why[256];
};

/* Parses len bytes (no newline); returns l->type. Free with cl_line_free
 * whatever the type. */
enum cl_line_type cl_line_parse(const char *s, size_t len, struct cl_line *l);
void	cl_line_free(struct cl_line *);

#endif
