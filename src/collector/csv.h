/*
 * csv: comma-separated values as RFC 4180 writes them (IAM's credential
 * report): records end at CRLF, LF or CR; a field in double quotes may
 * hold commas, line ends and doubled quotes ("" for one). Read leniently
 * where Python's csv module is (its reader is what the reference uses):
 * a quote inside an unquoted field is a character, text after a closing
 * quote is added to the field, empty lines are no records. A quoted field
 * left open at the end and a NUL byte are errors.
 */
#ifndef RW_CSV_H
#define RW_CSV_H

#include <stddef.h>

struct buf;

/* Called with each record's n fields (NUL-terminated, valid during the
 * call); a non-zero return stops the reading and is returned. */
typedef int (*csv_row_fn)(char **fields, size_t n, void *arg);

/* Reads the len bytes of s record by record; 0, the callback's non-zero
 * return, or -1 with err naming the line when s is malformed. */
int	csv_parse(const char *s, size_t len, csv_row_fn fn, void *arg,
	    struct buf *err);

#endif
