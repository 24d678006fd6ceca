/*
 * chttp_xml.c: XML answers streamed with libxml2's SAX2 interface (see
 * chttp.h): the parser calls back per element start, text and end; the
 * elements of an item are converted to json-c as they close (a stack of
 * open elements, their text and their finished children), the item is
 * handed on when it closes, and nothing else of the document is kept: no
 * tree, not even of one item. No network, no DTD loading, no entity
 * substitution (an entity other than the five predefined ones and
 * character references adds no text).
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
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#define XML_SONAME	"libxml2.so.2"

/* the libxml2 functions we call, through xa. */
#define XML_FUNCS(X)							\
	X(xmlInitParser) X(xmlSetGenericErrorFunc) X(xmlSAXVersion)	\
	X(xmlCreateIOParserCtxt) X(xmlCtxtUseOptions)			\
	X(xmlParseDocument) X(xmlStopParser) X(xmlFreeParserCtxt)	\
	X(xmlFreeDoc)

static struct {
#define XML_FIELD(f)	__typeof__(&f) f;
	XML_FUNCS(XML_FIELD)
#undef XML_FIELD
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
xpath_match(const struct xpath *x, const char *const *stack, int depth)
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

static int
is_list_name(const char *s)
{
	switch (s[0]) {
	case 'i':
		return strcmp(s, "item") == 0;
	case 'm':
		return strcmp(s, "member") == 0;
	case 'e':
		return strcmp(s, "entry") == 0;
	}
	return 0;
}

/* An element of the item being read that has closed: its name and its
 * value; arr, on the first of a repeated name, the array its values
 * gather in. */
struct kid {
	const char	*name;
	json_object	*v;
	json_object	*arr;
};

/* An open element of the item: where its text and its children start in
 * the walk's text and kids, and whether every child so far is a list
 * name (item, member, entry). */
struct frame {
	const char	*name;
	size_t		 text, kids;
	int		 list;
};

/* One chttp_xml_items walk: the SAX handlers' state (the parser
 * context's _private). Element names are libxml2's dictionary's, valid
 * for the whole parse. */
struct walk {
	xmlParserCtxtPtr ctxt;
	struct xpath	 ip, lp[XML_MAX_LEAVES];
	int		 nleaves;
	char		**values;
	struct buf	*err;
	int		 err_set, fail, items;
	chttp_xml_item_fn fn;
	void		*arg;
	const char	*stack[XML_MAX_DEPTH + 1];	/* names from the root */
	int		 depth;		/* of the open element; -1: none */
	int		 item;		/* depth of the open item; -1: none */
	int		 leaf_depth[XML_MAX_LEAVES];	/* -1: not capturing */
	struct buf	 leaf[XML_MAX_LEAVES];
	int		 capturing;	/* leaves being captured */
	struct frame	 frames[XML_MAX_DEPTH + 1];	/* the item's */
	struct buf	 text;		/* the item's open elements' text */
	struct kid	*kids;		/* their closed children */
	size_t		 nkids, capkids;
	const char	*in;		/* the document not yet read */
	size_t		 left;
};

/* libxml2 reads the document from here */
static int
read_in(void *arg, char *to, int len)
{
	struct walk *w = arg;
	size_t n = w->left < (size_t)len ? w->left : (size_t)len;

	memcpy(to, w->in, n);
	w->in += n;
	w->left -= n;
	return (int)n;
}

/* Stop the parse (the reason is in err). */
static void
walk_stop(struct walk *w)
{
	w->fail = 1;
	xa.xmlStopParser(w->ctxt);
}

static int
same_name(const char *a, const char *b)
{
	/* the dictionary's names are equal as pointers; the rest is
	 * for names that came another way */
	return a == b || (a[0] == b[0] && strcmp(a, b) == 0);
}

/* The value of the item's element f, whose children are kids[f->kids..]
 * (see chttp.h): its text, an array of a list's children, or an object
 * with a repeated name's values in an array. */
static json_object *
frame_value(struct walk *w, const struct frame *f)
{
	struct kid *k, *first;
	size_t n = w->nkids - f->kids, i, j;
	json_object *o;

	if (n == 0)
		return json_object_new_string_len(w->text.data ?
		    w->text.data + f->text : "", (int)(w->text.len - f->text));
	k = w->kids + f->kids;
	if (f->list) {
		o = json_object_new_array_ext((int)n);
		for (i = 0; i < n; i++)
			json_object_array_add(o, k[i].v);
		return o;
	}
	o = json_object_new_object();
	for (i = 0; i < n; i++) {
		k[i].arr = NULL;
		first = NULL;
		/* the first child of that name: few children are looked
		 * through; many by the object's own table */
		if (n <= 32) {
			for (j = 0; j < i && first == NULL; j++)
				if (same_name(k[j].name, k[i].name))
					first = &k[j];
		} else if (json_object_object_get_ex(o, k[i].name, NULL))
			for (j = 0; j < i && first == NULL; j++)
				if (same_name(k[j].name, k[i].name))
					first = &k[j];
		if (first == NULL) {
			json_object_object_add_ex(o, k[i].name, k[i].v,
			    JSON_C_OBJECT_ADD_KEY_IS_NEW);
			continue;
		}
		if (first->arr == NULL) {
			first->arr = json_object_new_array();
			json_object_array_add(first->arr,
			    json_object_get(first->v));
			json_object_object_add(o, k[i].name, first->arr);
		}
		json_object_array_add(first->arr, k[i].v);
	}
	return o;
}

static void
on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
    const xmlChar *uri, int nns, const xmlChar **ns, int nattrs,
    int ndefaulted, const xmlChar **attrs)
{
	struct walk *w = ((xmlParserCtxtPtr)ctx)->_private;
	const char *name = (const char *)localname;
	struct frame *f;
	int d = ++w->depth, i;

	if (w == NULL || w->fail)
		return;
	if (w->item >= 0) {
		if (d - w->item > XML_MAX_DEPTH) {
			if (w->err != NULL)
				buf_printf(w->err, "XML item %d nested deeper "
				    "than %d elements", w->items + 1,
				    XML_MAX_DEPTH);
			walk_stop(w);
			return;
		}
		f = &w->frames[d - w->item];
		if (!is_list_name(name))
			f[-1].list = 0;
		f->name = name;
		f->text = w->text.len;
		f->kids = w->nkids;
		f->list = 1;
		return;
	}
	if (d > XML_MAX_DEPTH) {
		if (w->err != NULL)
			buf_printf(w->err, "XML nested deeper than %d "
			    "elements", XML_MAX_DEPTH);
		walk_stop(w);
		return;
	}
	w->stack[d] = name;
	for (i = 0; i < w->nleaves; i++)
		if (w->leaf_depth[i] < 0 &&
		    xpath_match(&w->lp[i], w->stack, d)) {
			w->leaf_depth[i] = d;
			buf_reset(&w->leaf[i]);
			w->capturing++;
		}
	if (w->ip.n != 0 && xpath_match(&w->ip, w->stack, d)) {
		w->item = d;
		f = &w->frames[0];
		f->name = name;
		f->text = w->text.len = 0;
		f->kids = w->nkids = 0;
		f->list = 1;
	}
}

static void
on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
    const xmlChar *uri)
{
	struct walk *w = ((xmlParserCtxtPtr)ctx)->_private;
	const struct frame *f;
	json_object *v;
	int d = w->depth--, i;

	if (w == NULL || w->fail)
		return;
	if (w->item >= 0) {
		f = &w->frames[d - w->item];
		v = frame_value(w, f);
		w->nkids = f->kids;
		w->text.len = f->text;
		if (d > w->item) {
			if (w->nkids == w->capkids) {
				w->capkids = w->capkids ? w->capkids * 2 : 64;
				w->kids = xrealloc(w->kids,
				    w->capkids * sizeof(*w->kids));
			}
			w->kids[w->nkids].name = f->name;
			w->kids[w->nkids++].v = v;
			return;
		}
		w->item = -1;
		w->items++;
		if (w->fn(v, w->err, w->arg) == -1) {
			walk_stop(w);
			return;
		}
	}
	for (i = 0; w->capturing && i < w->nleaves; i++)
		if (w->leaf_depth[i] == d) {
			free(w->values[i]);
			w->values[i] = xstrdup(buf_str(&w->leaf[i]));
			w->leaf_depth[i] = -1;
			w->capturing--;
		}
}

static void
on_text(void *ctx, const xmlChar *ch, int len)
{
	struct walk *w = ((xmlParserCtxtPtr)ctx)->_private;
	int i;

	if (w == NULL || w->fail)
		return;
	if (w->item >= 0)
		buf_add(&w->text, ch, (size_t)len);
	for (i = 0; w->capturing && i < w->nleaves; i++)
		if (w->leaf_depth[i] >= 0)
			buf_add(&w->leaf[i], ch, (size_t)len);
}

/* libxml2's errors: the first one (not a warning) is the reason. */
static void
on_error(void *ctx, xmlErrorPtr e)
{
	struct walk *w = ((xmlParserCtxtPtr)ctx)->_private;
	size_t n;

	if (w == NULL || w->fail || w->err_set || w->err == NULL || e == NULL ||
	    e->level < XML_ERR_ERROR)
		return;
	w->err_set = 1;
	n = e->message ? strlen(e->message) : 0;
	while (n > 0 && (e->message[n - 1] == '\n' || e->message[n - 1] == ' '))
		n--;
	buf_printf(w->err, "malformed XML at line %d: %.*s", e->line, (int)n,
	    e->message ? e->message : "");
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
	struct walk *w = xcalloc(1, sizeof(*w));
	xmlSAXHandler sax;
	xmlParserCtxtPtr ctxt;
	size_t k;
	int i, items;

	w->err = err;
	w->values = values;
	w->fn = fn;
	w->arg = arg;
	w->depth = w->item = -1;
	while (leaves != NULL && leaves[w->nleaves] != NULL) {
		if (w->nleaves == XML_MAX_LEAVES) {
			if (err)
				buf_printf(err, "more than %d leaf paths",
				    XML_MAX_LEAVES);
			w->fail = 1;
			goto out;
		}
		values[w->nleaves] = NULL;
		w->leaf_depth[w->nleaves] = -1;
		if (xpath_parse(&w->lp[w->nleaves],
		    leaves[w->nleaves]) == -1) {
			if (err)
				buf_printf(err, "leaf path %s: more than %d "
				    "names", leaves[w->nleaves], XML_MAX_PARTS);
			w->nleaves++;
			w->fail = 1;
			goto out;
		}
		w->nleaves++;
	}
	if (chttp_xml_init(err) == -1) {
		w->fail = 1;
		goto out;
	}
	if (xpath_parse(&w->ip, item_path) == -1 || len > INT32_MAX) {
		if (err)
			buf_puts(err, "item path too long or document too large");
		w->fail = 1;
		goto out;
	}
	if (len == 0) {
		if (err)
			buf_puts(err, "empty answer where XML was expected");
		w->fail = 1;
		goto out;
	}
	/* libxml2's SAX2 handlers (entity declarations and look-ups,
	 * the document) with ours for elements, text and errors */
	xa.xmlSAXVersion(&sax, 2);
	sax.startElementNs = on_start;
	sax.endElementNs = on_end;
	sax.characters = sax.cdataBlock = sax.ignorableWhitespace = on_text;
	sax.serror = on_error;
	sax.startElement = NULL;
	sax.endElement = NULL;
	sax.reference = NULL;
	sax.comment = NULL;
	sax.processingInstruction = NULL;
	/* the document is read from where it is, a chunk at a time: a
	 * memory parser would copy the whole answer first */
	w->in = xml;
	w->left = len;
	if ((ctxt = xa.xmlCreateIOParserCtxt(&sax, NULL, read_in, NULL, w,
	    XML_CHAR_ENCODING_NONE)) == NULL) {
		if (err)
			buf_puts(err, "XML parser could not start");
		w->fail = 1;
		goto out;
	}
	ctxt->_private = w;
	w->ctxt = ctxt;
	xa.xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
	if ((xa.xmlParseDocument(ctxt) == -1 || !ctxt->wellFormed) &&
	    !w->fail) {
		if (err && !w->err_set)
			buf_puts(err, "malformed or truncated XML");
		w->fail = 1;
	}
	if (ctxt->myDoc != NULL)
		xa.xmlFreeDoc(ctxt->myDoc);
	xa.xmlFreeParserCtxt(ctxt);
out:
	for (k = 0; k < w->nkids; k++)
		json_object_put(w->kids[k].v);
	free(w->kids);
	buf_free(&w->text);
	free(w->ip.copy);
	for (i = 0; i < w->nleaves; i++) {
		free(w->lp[i].copy);
		buf_free(&w->leaf[i]);
		if (w->fail) {
			free(values[i]);
			values[i] = NULL;
		}
	}
	items = w->fail ? -1 : w->items;
	free(w);
	return items;
}

/* The start of "</name>" ending at end (after trailing blanks), or NULL. */
static const char *
close_tag_before(const char *xml, const char *end, const char *name)
{
	size_t n = strlen(name);
	const char *p;

	while (end > xml && (end[-1] == ' ' || end[-1] == '\n' ||
	    end[-1] == '\t' || end[-1] == '\r'))
		end--;
	if (end - xml < (ptrdiff_t)n + 3 || end[-1] != '>')
		return NULL;
	p = end - 1 - n;
	if (strcmp(name, "*") == 0) {	/* any name without a prefix */
		for (p = end - 1; p > xml && p[-1] != '/' && p[-1] != '<' &&
		    p[-1] != ':'; p--)
			;
		if (p == end - 1)
			return NULL;
	} else if (memcmp(p, name, n) != 0)
		return NULL;
	if (p - xml < 2 || p[-1] != '/' || p[-2] != '<')
		return NULL;
	return p - 2;
}

int
chttp_xml_tail_leaf(const char *xml, size_t len, const char *path,
    struct buf *out)
{
	struct xpath x;
	const char *end = xml + len, *text, *open;
	size_t n;
	int i, ok = 0;

	if (xpath_parse(&x, path) == -1 || x.n < 2)
		goto out;
	/* the closing tags from the root's inwards, the leaf's last */
	for (i = 0; i < x.n; i++)
		if ((end = close_tag_before(xml, end, x.part[i])) == NULL)
			goto out;
	/* the leaf's text: nothing that would need decoding, ASCII (the
	 * parser would transcode a document of another encoding) */
	for (text = end; text > xml && text[-1] != '>' && text[-1] != '<' &&
	    text[-1] != '&' && text[-1] != '\r' &&
	    (unsigned char)text[-1] < 0x80; text--)
		;
	if (text == xml || text[-1] != '>')
		goto out;
	n = strlen(x.part[x.n - 1]);
	open = text - 1 - n;
	if (strcmp(x.part[x.n - 1], "*") == 0 || open - xml < 1 ||
	    open[-1] != '<' || memcmp(open, x.part[x.n - 1], n) != 0)
		goto out;
	buf_reset(out);
	buf_add(out, text, (size_t)(end - text));
	buf_str(out);
	ok = 1;
out:
	free(x.copy);
	return ok;
}
