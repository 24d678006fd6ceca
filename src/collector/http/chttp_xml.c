/*
 * chttp_xml.c: XML answers streamed with libxml2's xmlTextReader (see
 * chttp.h): the reader walks the document; at an element of the item
 * path only that element is expanded into nodes, converted to json-c and
 * skipped, so a page of thousands of items never stands as one tree. No
 * network, no DTD loading, no entity substitution.
 *
 * libxml2 is loaded with dlopen by the first collector that needs it, not
 * linked: the supervisor is the same binary, and linking would map
 * libxml2 with libicu, libstdc++ and libm into it for nothing (about
 * 260 KiB of RssAnon and 2.5 MiB of RSS per process).
 */
#include "collector/http/chttp.h"
#include "common/buf.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#define XML_SONAME	"libxml2.so.2"

/* the libxml2 functions we call, through xa. */
#define XML_FUNCS(X)							\
	X(xmlInitParser) X(xmlSetGenericErrorFunc) X(xmlReaderForMemory)	\
	X(xmlTextReaderSetErrorHandler) X(xmlTextReaderRead)		\
	X(xmlTextReaderNext) X(xmlTextReaderNodeType) X(xmlTextReaderDepth) \
	X(xmlTextReaderConstLocalName) X(xmlTextReaderReadString)	\
	X(xmlTextReaderExpand) X(xmlFreeTextReader)			\
	X(xmlTextReaderLocatorLineNumber) X(xmlNodeGetContent)

static struct {
#define XML_FIELD(f)	__typeof__(&f) f;
	XML_FUNCS(XML_FIELD)
#undef XML_FIELD
	xmlFreeFunc	 free;		/* the value of libxml2's xmlFree */
} xa;

#define XML_MAX_DEPTH	64	/* path and item nesting */
#define XML_MAX_PARTS	16	/* components of a path */
#define XML_MAX_LEAVES	8

struct xpath {
	int		 n;
	char		*part[XML_MAX_PARTS];
	char		*copy;
};

static int
xpath_parse(struct xpath *x, const char *path)
{
	char *p, *s;

	memset(x, 0, sizeof(*x));
	if (path == NULL)
		return 0;
	x->copy = xstrdup(path);
	for (s = x->copy; (p = strsep(&s, "/")) != NULL; ) {
		if (*p == '\0')
			continue;
		if (x->n == XML_MAX_PARTS)
			return -1;
		x->part[x->n++] = p;
	}
	return 0;
}

static int
xpath_match(const struct xpath *x, char *const *stack, int depth)
{
	int i;

	if (x->n != depth + 1)
		return 0;
	for (i = 0; i < x->n; i++)
		if (strcmp(x->part[i], "*") != 0 &&
		    strcmp(x->part[i], stack[i]) != 0)
			return 0;
	return 1;
}

static const char *
lname(const xmlNode *n)
{
	return (const char *)n->name;
}

static int
is_list_name(const char *s)
{
	return strcmp(s, "item") == 0 || strcmp(s, "member") == 0 ||
	    strcmp(s, "entry") == 0;
}

/* The element n as json-c (see chttp.h); NULL when nested too deeply. */
static json_object *
node_json(xmlNode *n, int depth)
{
	json_object *o, *v, *old, *arr, **repeats = NULL;
	size_t nrep = 0, i;
	xmlNode *ch;
	int elems = 0, list = 1;
	xmlChar *text;

	if (depth > XML_MAX_DEPTH)
		return NULL;
	for (ch = n->children; ch != NULL; ch = ch->next) {
		if (ch->type != XML_ELEMENT_NODE)
			continue;
		elems++;
		if (!is_list_name(lname(ch)))
			list = 0;
	}
	if (elems == 0) {
		text = xa.xmlNodeGetContent(n);
		o = json_object_new_string(text ? (const char *)text : "");
		xa.free(text);
		return o;
	}
	o = list ? json_object_new_array_ext(elems) : json_object_new_object();
	for (ch = n->children; ch != NULL; ch = ch->next) {
		if (ch->type != XML_ELEMENT_NODE)
			continue;
		if ((v = node_json(ch, depth + 1)) == NULL) {
			json_object_put(o);
			free(repeats);
			return NULL;
		}
		if (list) {
			json_object_array_add(o, v);
			continue;
		}
		if (!json_object_object_get_ex(o, lname(ch), &old)) {
			json_object_object_add(o, lname(ch), v);
			continue;
		}
		/* a repeated name: its values gather in an array of ours */
		for (i = 0; i < nrep && repeats[i] != old; i++)
			;
		if (i < nrep) {
			json_object_array_add(old, v);
			continue;
		}
		arr = json_object_new_array();
		json_object_array_add(arr, json_object_get(old));
		json_object_array_add(arr, v);
		json_object_object_add(o, lname(ch), arr);
		repeats = xrealloc(repeats, (nrep + 1) * sizeof(*repeats));
		repeats[nrep++] = arr;
	}
	free(repeats);
	return o;
}

struct xerr {
	struct buf	*err;
	int		 set;
};

static void
reader_error(void *arg, const char *msg, xmlParserSeverities sev,
    xmlTextReaderLocatorPtr loc)
{
	struct xerr *e = arg;
	size_t n;

	if (e->set || e->err == NULL ||
	    (sev != XML_PARSER_SEVERITY_ERROR &&
	    sev != XML_PARSER_SEVERITY_VALIDITY_ERROR))
		return;
	e->set = 1;
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		n--;
	buf_printf(e->err, "malformed XML at line %d: %.*s",
	    xa.xmlTextReaderLocatorLineNumber(loc), (int)n, msg);
}

static void
quiet(void *ctx, const char *msg, ...)
{
}

int
chttp_xml_init(struct buf *err)
{
	static int state;	/* 0: not tried, 1: loaded, -1: failed */
	static char why[256];
	void *h, *p;

	if (state == 0) {
		state = -1;
		if ((h = dlopen(XML_SONAME, RTLD_NOW | RTLD_LOCAL)) == NULL) {
			snprintf(why, sizeof(why), "%s", dlerror());
			goto out;
		}
#define XML_SYM(f)							\
		if ((p = dlsym(h, #f)) == NULL) {			\
			snprintf(why, sizeof(why), "%s: no %s", XML_SONAME, #f); \
			goto out;					\
		}							\
		memcpy(&xa.f, &p, sizeof(p));
		XML_FUNCS(XML_SYM)
#undef XML_SYM
		if ((p = dlsym(h, "xmlFree")) == NULL) {
			snprintf(why, sizeof(why), "%s: no xmlFree", XML_SONAME);
			goto out;
		}
		xa.free = *(xmlFreeFunc *)p;
		xa.xmlInitParser();
		xa.xmlSetGenericErrorFunc(NULL, quiet);
		state = 1;
	}
out:
	if (state == -1 && err != NULL)
		buf_printf(err, "the XML parser could not be loaded: %s", why);
	return state == 1 ? 0 : -1;
}

int
chttp_xml_items(const char *xml, size_t len, const char *item_path,
    chttp_xml_item_fn fn, void *arg, const char *const *leaves,
    char **values, struct buf *err)
{
	struct xpath ip, lp[XML_MAX_LEAVES];
	struct xerr xe = { err, 0 };
	xmlTextReaderPtr r;
	char *stack[XML_MAX_DEPTH + 1];
	json_object *item;
	xmlNode *node;
	xmlChar *text;
	int nleaves = 0, depth, ret, items = 0, i, fail = 0, skip;

	memset(stack, 0, sizeof(stack));
	memset(&ip, 0, sizeof(ip));
	while (leaves != NULL && leaves[nleaves] != NULL) {
		if (nleaves == XML_MAX_LEAVES) {
			if (err)
				buf_printf(err, "more than %d leaf paths",
				    XML_MAX_LEAVES);
			fail = 1;
			goto out;
		}
		values[nleaves] = NULL;
		if (xpath_parse(&lp[nleaves], leaves[nleaves]) == -1) {
			if (err)
				buf_printf(err, "leaf path %s: more than %d "
				    "names", leaves[nleaves], XML_MAX_PARTS);
			nleaves++;
			fail = 1;
			goto out;
		}
		nleaves++;
	}
	if (chttp_xml_init(err) == -1) {
		fail = 1;
		goto out;
	}
	if (xpath_parse(&ip, item_path) == -1 || len > INT32_MAX) {
		if (err)
			buf_puts(err, "item path too long or document too large");
		fail = 1;
		goto out;
	}
	if (len == 0) {
		if (err)
			buf_puts(err, "empty answer where XML was expected");
		fail = 1;
		goto out;
	}
	r = xa.xmlReaderForMemory(xml, (int)len, NULL, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
	if (r == NULL) {
		if (err)
			buf_puts(err, "XML reader could not start");
		fail = 1;
		goto out;
	}
	xa.xmlTextReaderSetErrorHandler(r, reader_error, &xe);
	for (skip = 0;; skip = 0) {
		/* past an item, Next skips its subtree: the reader frees
		 * the item's nodes as it moves on */
		ret = skip ? xa.xmlTextReaderNext(r) : xa.xmlTextReaderRead(r);
		if (ret != 1)
			break;
		if (xa.xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
			continue;
		depth = xa.xmlTextReaderDepth(r);
		if (depth < 0 || depth > XML_MAX_DEPTH) {
			if (err)
				buf_printf(err, "XML nested deeper than %d "
				    "elements", XML_MAX_DEPTH);
			fail = 1;
			break;
		}
		free(stack[depth]);
		stack[depth] = xstrdup((const char *)
		    xa.xmlTextReaderConstLocalName(r));
		for (i = 0; i < nleaves; i++) {
			if (!xpath_match(&lp[i], stack, depth))
				continue;
			text = xa.xmlTextReaderReadString(r);
			free(values[i]);
			values[i] = xstrdup(text ? (const char *)text : "");
			xa.free(text);
		}
		if (ip.n == 0 || !xpath_match(&ip, stack, depth))
			continue;
		if ((node = xa.xmlTextReaderExpand(r)) == NULL) {
			ret = -1;
			break;
		}
		if ((item = node_json(node, 0)) == NULL) {
			if (err)
				buf_printf(err, "XML item %d nested deeper "
				    "than %d elements", items + 1,
				    XML_MAX_DEPTH);
			fail = 1;
			break;
		}
		items++;
		if (fn(item, err, arg) == -1) {
			fail = 1;
			break;
		}
		skip = 1;
	}
	if (ret == -1 && !fail) {
		if (err && !xe.set)
			buf_puts(err, "malformed or truncated XML");
		fail = 1;
	}
	xa.xmlFreeTextReader(r);
out:
	for (i = 0; i <= XML_MAX_DEPTH; i++)
		free(stack[i]);
	free(ip.copy);
	for (i = 0; i < nleaves; i++) {
		free(lp[i].copy);
		if (fail) {
			free(values[i]);
			values[i] = NULL;
		}
	}
	return fail ? -1 : items;
}
